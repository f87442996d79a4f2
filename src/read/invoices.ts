import { z } from './zod.js';
import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import { vatIncluded, withhold } from '../domain/korean-tax.js';
import type { DecimalStyle, Minor } from '../domain/money.js';
import { mulDiv } from '../domain/ratio.js';
import type { Invoice } from '../domain/types.js';
import type { FieldSpec } from './columns.js';
import { readTable } from './columns.js';
import { dayCell, positiveAmountCell, rateCell, repeatCell, textCell, vatCell } from './cell-schemas.js';
import type { CsvRecord, CsvTable } from './csv-table.js';
import { INVOICE_ALIASES } from './field-aliases.js';
import type { InputIssue, Read } from './input-issue.js';
import type { ReadSettings } from './read-settings.js';
import { decimalStyleOf } from './read-settings.js';
import { recurrenceProblem } from './recurrence-cells.js';
import { cellIssue, readRows } from './row-reader.js';

const FIELDS = ['id', 'client', 'amount', 'issued', 'due', 'paid', 'currency', 'repeat', 'until', 'withholding', 'vat'] as const;
const REQUIRED = new Set(['id', 'client', 'amount', 'issued']);
type InvoiceField = (typeof FIELDS)[number];

export const INVOICE_FIELDS: readonly FieldSpec<InvoiceField>[] = FIELDS.map((name) => ({
  name, required: REQUIRED.has(name), aliases: INVOICE_ALIASES[name],
}));

function invoiceRowSchema(currency: Currency, style: DecimalStyle, settings: ReadSettings) {
  const day = dayCell(settings.dayOrder);
  return z.object({
    id: textCell,
    client: textCell,
    amount: positiveAmountCell(currency, style),
    issued: day,
    due: day.optional(),
    paid: day.optional(),
    currency: z.string().optional(),
    repeat: repeatCell.default('none'),
    until: day.optional(),
    withholding: rateCell.optional(),
    vat: vatCell.default(false),
  });
}

/**
 * Reads an invoices CSV into invoices in the forecast currency, with every problem found: amounts in other
 * currencies are converted at the given rates, withholding and VAT are taken out. Pure: `text` is the file's
 * content and `file` the name to cite in messages.
 */
export function parseInvoices(text: string, file: string, settings: ReadSettings): Read<Invoice[]> {
  const issues: InputIssue[] = [];
  const read = readTable<InvoiceField>(text, file, INVOICE_FIELDS, issues, settings.invoiceColumns);
  if (read === undefined) return { values: [], issues };
  const { table, columns } = read;
  const at = (record: CsvRecord, field: InvoiceField, problem: string, hint: string) => {
    const index = columns.get(field);
    return cellIssue(table, record, index, index === undefined ? undefined : record.cells[index]?.trim(), problem, hint);
  };

  // Rows are grouped by their own currency, since that decides how many decimals an amount may have.
  const currencyColumn = columns.get('currency');
  const byCurrency = new Map<string, CsvRecord[]>();
  const unknownRate = new Map<string, CsvRecord[]>();
  for (const record of table.records) {
    const code = (currencyColumn === undefined ? '' : record.cells[currencyColumn]?.trim() ?? '').toUpperCase() || settings.currency.code;
    if (currencyOf(code) === undefined) {
      issues.push(at(record, 'currency', 'is not a currency code', 'use a three-letter ISO 4217 code such as KRW, USD or EUR'));
      continue;
    }
    if (code !== settings.currency.code && settings.fx?.get(code) === undefined) {
      if (!unknownRate.has(code)) unknownRate.set(code, []);
      unknownRate.get(code)!.push(record);
      continue;
    }
    if (!byCurrency.has(code)) byCurrency.set(code, []);
    byCurrency.get(code)!.push(record);
  }
  for (const [code, records] of unknownRate) {
    const ids = records.map((record) => record.cells[columns.get('id')!]?.trim()).join(', ');
    for (const record of records) {
      issues.push(at(record, 'currency', `has no exchange rate to ${settings.currency.code} (invoices in ${code}: ${ids})`,
        `give one with --fx ${code}=RATE (${settings.currency.code} per 1 ${code}) or an --fx-rates file`));
    }
  }

  const style = decimalStyleOf(table.records.map((record) => record.cells[columns.get('amount')!] ?? ''), settings.decimalComma);
  const invoices: Invoice[] = [];
  const seen = new Map<string, number>();
  for (const [code, records] of byCurrency) {
    const currency = currencyOf(code)!;
    const rows = readRows({ ...table, records } satisfies CsvTable, columns, invoiceRowSchema(currency, style, settings));
    issues.push(...rows.issues);
    for (const { row, record } of rows.rows) {
      const problems: InputIssue[] = [];
      if (row.paid !== undefined && row.paid > settings.asOf) {
        problems.push(at(record, 'paid', `is after the as-of date ${formatDay(settings.asOf)}`, 'a paid date records cash that has arrived: clear it if the invoice is still open, or check --as-of'));
      }
      if (row.paid !== undefined && row.paid < row.issued) {
        problems.push(at(record, 'paid', `is before the issued date ${formatDay(row.issued)}`, 'check the two dates: an invoice is paid on or after the day it is issued'));
      }
      if (row.due !== undefined && row.due < row.issued) {
        problems.push(at(record, 'due', `is before the issued date ${formatDay(row.issued)}`, 'check the two dates; the due date must be on or after the issued date'));
      }
      if (row.repeat !== 'none' && row.paid !== undefined) {
        problems.push(at(record, 'paid', 'is set on a repeating invoice', 'list each paid occurrence as its own row, and keep the repeating row for the ones to come'));
      }
      const recurrence = recurrenceProblem(row.issued, row.repeat, row.until);
      if (recurrence !== undefined) problems.push(at(record, recurrence.field, recurrence.problem, recurrence.hint));
      const earlier = seen.get(row.id);
      if (earlier !== undefined) {
        problems.push(at(record, 'id', `repeats the invoice on line ${earlier}`, 'give every invoice its own id; a retainer is one row with repeat and until'));
      }
      if (problems.length > 0) {
        issues.push(...problems);
        continue;
      }
      seen.set(row.id, record.line);
      invoices.push(invoiceOf(row, currency, settings, { file, line: record.line }));
    }
  }
  invoices.sort((a, b) => a.source.line - b.source.line);
  return { values: invoices, issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

type InvoiceRow = z.output<ReturnType<typeof invoiceRowSchema>>;

/** The invoice in the forecast currency: converted, then VAT and withholding taken out of the gross. */
function invoiceOf(row: InvoiceRow, currency: Currency, settings: ReadSettings, source: Invoice['source']): Invoice {
  const target = settings.currency;
  let gross: Minor = row.amount;
  if (currency.code !== target.code) {
    // units × rate, moved between the two currencies' minor units, rounded half up once.
    const rate = settings.fx!.get(currency.code)!;
    const scale = 10n ** BigInt(Math.abs(target.decimals - currency.decimals));
    const up = target.decimals >= currency.decimals;
    gross = Number(mulDiv(BigInt(row.amount) * (up ? scale : 1n), rate.num, rate.den * (up ? 1n : scale), 'round'));
  }
  const vat = row.vat ? vatIncluded(gross) : 0;
  const rate = row.withholding ?? settings.withholding;
  const { withheld, received } = rate === undefined ? { withheld: 0, received: gross } : withhold(gross, gross - vat, rate, target);
  return {
    id: row.id, client: row.client, amount: received, gross, withheld, vat,
    original: currency.code === target.code ? undefined : { amount: row.amount, currency: currency.code },
    issued: row.issued, due: row.due, paid: row.paid, repeat: row.repeat, until: row.until, source,
  };
}
