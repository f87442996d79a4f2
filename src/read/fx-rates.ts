import { currencyOf } from '../domain/currency.js';
import { parseExchangeRate } from '../domain/parse-rate.js';
import type { Ratio } from '../domain/ratio.js';
import { readTable } from './columns.js';
import type { InputIssue, Read } from './input-issue.js';
import { ref } from './issue-words.js';
import { readRows } from './row-reader.js';
import { failWith, z } from './zod.js';

const FIELDS = [
  { name: 'currency', required: true, aliases: ['code', 'ccy', '통화'] },
  { name: 'rate', required: true, aliases: ['fx', 'exchange rate', '환율'] },
] as const;

const rowSchema = z.object({
  currency: z
    .string()
    .transform((code, ctx) => (currencyOf(code) === undefined ? failWith(ctx, code, ref('notACurrency'), ref('notACurrencyHint')) : code.trim().toUpperCase())),
  rate: z.string().transform((text, ctx): Ratio => {
    const parsed = parseExchangeRate(text);
    return parsed.ok ? parsed.rate : failWith(ctx, text, parsed.reason, parsed.hintReason);
  }),
});

/** Reads an exchange-rate CSV (`currency,rate`: forecast-currency units per 1 unit) into a map. Pure. */
export function parseFxRates(text: string, file: string): Read<Map<string, Ratio>> {
  const issues: InputIssue[] = [];
  const read = readTable(text, file, FIELDS, issues);
  if (read === undefined) return { values: new Map(), issues };
  const values = new Map<string, Ratio>();
  readRows(read.table, read.columns, rowSchema, issues, (row) => values.set(row.currency, row.rate));
  return { values, issues };
}
