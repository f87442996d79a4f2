import { convertMinor } from '../domain/convert-money.js';
import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import { vatIncluded, withhold } from '../domain/korean-tax.js';
import type { DecimalStyle, Minor } from '../domain/money.js';
import { MAX_MINOR, minor } from '../domain/money.js';
import type { Invoice, InvoiceStatus } from '../domain/types.js';
import { appendAll } from './append-all.js';
import { dayCell, positiveAmountCell, rateCell, repeatCell, textCell, vatCell } from './cell-schemas.js';
import type { FieldSpec } from './columns.js';
import { onceEachColumn, readTable } from './columns.js';
import type { CsvRecord, CsvRecords, CsvTable } from './csv-table.js';
import { dayOrderDetector } from './day-order.js';
import { INVOICE_ALIASES } from './field-aliases.js';
import type { InputIssue, Read } from './input-issue.js';
import { plainInvoiceFile } from './invoice-columns.js';
import type { InputRef, IssueWords } from './issue-words.js';
import { ref, said } from './issue-words.js';
import { lineById } from './line-by-id.js';
import { missingRateIssues, oneForeignSignIssue } from './missing-rates.js';
import { plainPositiveAmount } from './plain-cells.js';
import { plainIsoDay } from './plain-iso-day.js';
import type { ReadSettings } from './read-settings.js';
import { decimalStyleDetector } from './read-settings.js';
import { recurrenceProblem } from './recurrence-cells.js';
import { readRows, saidCellIssue } from './row-reader.js';
import { failWith, z } from './zod.js';

const FIELDS = ['id', 'client', 'amount', 'issued', 'due', 'paid', 'currency', 'repeat', 'until', 'withholding', 'vat', 'status'] as const;
const REQUIRED = new Set(['id', 'client', 'amount', 'issued']);
type InvoiceField = (typeof FIELDS)[number];
const DATE_FIELDS: readonly InvoiceField[] = ['issued', 'due', 'paid', 'until'];

// Kept here rather than in field-aliases.ts: only the invoices file has a status.
const STATUS_ALIASES = ['state', 'invoice status', '상태', '진행상태', '채권상태'] as const;

/** The words a status cell may hold, lower-cased and without spaces; blank is a normal invoice. */
export const INVOICE_FIELDS: readonly FieldSpec<InvoiceField>[] = FIELDS.map((name) => ({
  name,
  required: REQUIRED.has(name),
  aliases: name === 'status' ? STATUS_ALIASES : INVOICE_ALIASES[name],
}));

const STATUS_WORDS: Readonly<Record<string, InvoiceStatus | 'normal'>> = {
  normal: 'normal',
  open: 'normal',
  정상: 'normal',
  disputed: 'disputed',
  dispute: 'disputed',
  분쟁: 'disputed',
  분쟁중: 'disputed',
  이의: 'disputed',
  'written-off': 'written-off',
  writtenoff: 'written-off',
  'write-off': 'written-off',
  writeoff: 'written-off',
  대손: 'written-off',
  대손처리: 'written-off',
  회수불능: 'written-off',
};

const statusCell = z.string().transform((text, ctx) => {
  const word = STATUS_WORDS[text.trim().toLowerCase().replaceAll(/[\s_]/g, '')];
  if (word !== undefined) return word === 'normal' ? undefined : word;
  return failWith(ctx, text, ref('notAStatus'), ref('notAStatusHint'));
});

export function invoiceRowSchema(currency: Currency, style: DecimalStyle, settings: ReadSettings) {
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
    status: statusCell.optional(),
  });
}

/** The size from which parseInvoices tries the columnar reader: ~15,000 rows. */
export const COLUMNAR_CHARS = 1 << 20;

/**
 * Reads an invoices CSV into invoices in the forecast currency, with every problem found: amounts in other
 * currencies are converted at the given rates, withholding and VAT are taken out. Pure: `text` is the file's
 * content and `file` the name to cite in messages; `columnar` false reads even a plain file row by row (for tests).
 */
export function parseInvoices(text: string | CsvTable, file: string, settings: ReadSettings, columnar = true): Read<Invoice[]> {
  // A large plain file is read in one pass into columns when that reads it exactly as below (see invoice-columns,
  // which is in the chunk dist/bank.cjs: a small file gains nothing worth loading it for).
  const plain = columnar && typeof text === 'string' && text.length >= COLUMNAR_CHARS ? plainInvoiceFile(text, file, settings) : undefined;
  if (plain !== undefined) return { values: plain, issues: [] };
  const tableIssues: InputIssue[] = [];
  const read = readTable<InvoiceField>(text, file, INVOICE_FIELDS, tableIssues, settings.invoiceColumns);
  const issues = onceEachColumn(tableIssues, settings.ignoreColumns);
  if (read === undefined) return { values: [], issues };
  const { table, columns } = read;
  const atSaid = (record: CsvRecord, field: InvoiceField, message: InputRef, hintMessage: InputRef) => {
    const index = columns.get(field);
    return saidCellIssue(table, record, index, index === undefined ? undefined : record.cells[index]?.trim(), message, hintMessage);
  };

  // Rows are read by their own currency, since that decides how many decimals an amount may have: a first pass
  // finds the currencies (in order of first appearance) and the amount column's decimal style, then one pass per
  // currency reads its rows. Plain files are read afresh on each pass rather than held (see csv-table).
  const currencyColumn = columns.get('currency');
  const codeOf = (record: CsvRecord) =>
    (currencyColumn === undefined ? '' : (record.cells[currencyColumn]?.trim() ?? '')).toUpperCase() || settings.currency.code;
  const readable: string[] = [];
  const unknownRate = new Map<string, CsvRecord[]>();
  const detector = decimalStyleDetector(settings.decimalComma);
  const amountColumn = columns.get('amount')!;
  const dayOrder = dayOrderDetector();
  const dateColumns = settings.dayOrder === undefined ? DATE_FIELDS.flatMap((field) => columns.get(field) ?? []) : [];
  table.records.forEach((record) => {
    detector.see(record.cells[amountColumn] ?? '');
    for (const column of dateColumns) dayOrder.see(record, column);
    const code = codeOf(record);
    if (currencyOf(code) === undefined) {
      issues.push(atSaid(record, 'currency', ref('notACurrency'), ref('currencyFlagHint')));
      return;
    }
    if (code !== settings.currency.code && settings.fx?.get(code) === undefined && settings.datesOnly !== true) {
      if (!unknownRate.has(code)) unknownRate.set(code, []);
      unknownRate.get(code)!.push(record);
      return;
    }
    if (!readable.includes(code)) readable.push(code);
  });
  appendAll(
    issues,
    missingRateIssues(
      unknownRate,
      readable.length > 0,
      settings.currency,
      (record, words) => atSaid(record, 'currency', words.message, words.hintMessage),
      (record) => record.cells[columns.get('id')!]?.trim() ?? '',
    ),
  );

  const settled = dayOrder.settle(table);
  // Dates read in a guessed order would be wrong row by row: the file is not read until it writes them one way.
  if ('issue' in settled) return { values: [], issues: [...issues, settled.issue] };
  const dated: ReadSettings = { ...settings, dayOrder: settings.dayOrder ?? settled.order };
  const style = detector.style();
  const invoices: Invoice[] = [];
  const seen = lineById();
  // A bookkeeper's file names the same few clients a million times; one string per client is enough.
  const clients = new Map<string, string>();
  for (const code of readable) {
    const currency = currencyOf(code)!;
    const records: CsvRecords = {
      forEach: (visit) =>
        table.records.forEach((record) => {
          if (codeOf(record) === code) visit(record);
        }),
    };
    const plain = (cells: Partial<Record<InvoiceField, string>>) => plainInvoiceRow(cells, currency, style);
    readRows(
      { ...table, records },
      columns,
      invoiceRowSchema(currency, style, dated),
      issues,
      (row, record) => {
        const problems: InputIssue[] = [];
        if (row.paid !== undefined && row.paid > settings.asOf) {
          problems.push(atSaid(record, 'paid', ref('paidAfterAsOf', settings.asOf), ref('paidAfterAsOfHint')));
        }
        if (row.paid !== undefined && row.paid < row.issued) {
          problems.push(atSaid(record, 'paid', ref('beforeIssued', row.issued), ref('paidBeforeIssuedHint')));
        }
        if (row.due !== undefined && row.due < row.issued) {
          problems.push(atSaid(record, 'due', ref('beforeIssued', row.issued), ref('dueBeforeIssuedHint')));
        }
        if (row.repeat !== 'none' && row.paid !== undefined) {
          problems.push(atSaid(record, 'paid', ref('paidOnRepeating'), ref('paidOnRepeatingHint')));
        }
        const recurrence = recurrenceProblem(row.issued, row.repeat, row.until);
        if (recurrence !== undefined) problems.push(atSaid(record, recurrence.field, recurrence.message, recurrence.hintMessage));
        const gross = grossOf(row.amount, currency, settings);
        if (typeof gross !== 'number') problems.push(atSaid(record, 'amount', gross.message, gross.hintMessage));
        const earlier = seen.get(row.id);
        if (earlier !== undefined) {
          problems.push(atSaid(record, 'id', ref('repeatsInvoice', earlier), ref('repeatsInvoiceHint')));
        }
        if (problems.length > 0 || typeof gross !== 'number') {
          appendAll(issues, problems);
          return;
        }
        seen.set(row.id, record.line);
        let client = clients.get(row.client);
        if (client === undefined) {
          client = row.client;
          clients.set(client, client);
        }
        invoices.push(invoiceOf(row, gross, client, currency, settings, { file, line: record.line }));
      },
      plain,
    );
  }
  invoices.sort((a, b) => a.source.line - b.source.line);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { values: invoices, issues: invoices.length > 0 ? issues : oneForeignSignIssue(issues, table.header[amountColumn]) };
}

type InvoiceRow = z.output<ReturnType<typeof invoiceRowSchema>>;

/**
 * The row invoiceRowSchema gives, read without zod when every cell is in its plainest form (see plain-cells):
 * ISO dates, a plain amount, no repeat, withholding or VAT cells. Undefined sends the row to zod.
 */
export function plainInvoiceRow(cells: Partial<Record<InvoiceField, string>>, currency: Currency, style: DecimalStyle): InvoiceRow | undefined {
  const { id, client } = cells;
  if (id === undefined || client === undefined || id.length > 500 || client.length > 500) return undefined;
  if (cells.repeat !== undefined || cells.until !== undefined || cells.withholding !== undefined || cells.vat !== undefined || cells.status !== undefined)
    return undefined;
  const amount = cells.amount === undefined ? undefined : plainPositiveAmount(cells.amount, currency, style);
  const issued = cells.issued === undefined ? undefined : plainIsoDay(cells.issued);
  if (amount === undefined || issued === undefined) return undefined;
  const due = cells.due === undefined ? undefined : plainIsoDay(cells.due);
  const paid = cells.paid === undefined ? undefined : plainIsoDay(cells.paid);
  if ((cells.due !== undefined && due === undefined) || (cells.paid !== undefined && paid === undefined)) return undefined;
  return {
    id,
    client,
    amount,
    issued,
    due,
    paid,
    currency: cells.currency,
    repeat: 'none',
    until: undefined,
    withholding: undefined,
    vat: false,
    status: undefined,
  };
}

/**
 * The invoiced amount in the forecast currency. A conversion that gives 0 (a rate too small for the amount) or more
 * than a Minor holds is the row's problem: either would put a figure in the forecast that the invoice does not say.
 */
function grossOf(amount: Minor, currency: Currency, settings: ReadSettings): Minor | IssueWords {
  const target = settings.currency;
  const rate = settings.fx?.get(currency.code);
  // Without a rate only when settings.datesOnly let the row through: its amount is never shown.
  if (currency.code === target.code || rate === undefined) return amount;
  const converted = convertMinor(amount, currency, target, rate);
  if (converted === 0n) {
    return said(ref('convertsToZero', target, currency.code), ref('convertsToZeroHint', target.code, currency.code));
  }
  if (converted > BigInt(MAX_MINOR)) {
    return said(ref('convertsBeyond', String(converted), target), ref('convertsBeyondHint', target.code, currency.code));
  }
  return minor(Number(converted));
}

/** The invoice in the forecast currency: `gross` converted, then VAT and withholding taken out of it. */
function invoiceOf(row: InvoiceRow, gross: Minor, client: string, currency: Currency, settings: ReadSettings, source: Invoice['source']): Invoice {
  const target = settings.currency;
  const vat = row.vat ? vatIncluded(gross) : minor(0);
  const rate = row.withholding ?? settings.withholding;
  const { withheld, received } = rate === undefined ? { withheld: minor(0), received: gross } : withhold(gross, minor(gross - vat), rate, target);
  return {
    id: row.id,
    client,
    amount: received,
    gross,
    withheld,
    vat,
    original: currency.code === target.code ? undefined : { amount: row.amount, currency: currency.code },
    issued: row.issued,
    due: row.due,
    paid: row.paid,
    repeat: row.repeat,
    until: row.until,
    source,
    ...(row.status === undefined ? {} : { status: row.status }),
  };
}
