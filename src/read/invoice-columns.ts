import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { Invoice } from '../domain/types.js';
import { mapColumns } from './columns.js';
import { sniffDelimiter } from './csv-table.js';
import { isTotalRow } from './header-row.js';
import { INVOICE_FIELDS } from './invoices.js';
import { lineById } from './line-by-id.js';
import { plainPositiveAmount } from './plain-cells.js';
import { isTrimmedAway } from './plain-csv.js';
import { plainIsoDay } from './plain-iso-day.js';
import type { ReadSettings } from './read-settings.js';
import { decimalStyleDetector } from './read-settings.js';
import { mayBeTotalCell } from './total-rows.js';

// The invoices file a bookkeeper's script writes — a header of cashflow's own field names, then a million rows of
// ids, clients, plain amounts and ISO days — read in one pass over the text into columns: no record, cell array,
// cell map or row object per row, one string per client. The reader of record (parseInvoices: csv-table,
// readTable, readRows, zod) stays the judge: this takes only a file it can prove that reader reads without a single
// issue, and gives up (undefined) at the first thing it is not sure of, leaving the whole file to it.
// test/unit/invoice-columns.test.ts holds the two to each other on every fixture and on fuzzed files.

const QUOTE = 34; // "
const NEWLINE = 10; // \n
const COMMA = 44; // ,

/** Stands for a day a row leaves blank (a due or paid cell) in the Int32Array columns. */
export const NO_DAY = -0x80000000;

/** The fields this reader knows: what a plain row holds. Any other column sends the file to the reader of record. */
const PLAIN_FIELDS = new Set(['id', 'client', 'amount', 'issued', 'due', 'paid']);

/**
 * One invoices file as columns: row k's amount, days and client are `amount[k]`, `issued[k]`…, `clients[client[k]]`;
 * its id is `text.slice(idStart[k], idEnd[k])` and it starts on line `line[k]`.
 */
export interface InvoiceColumns {
  readonly count: number;
  readonly amount: Float64Array;
  readonly issued: Int32Array;
  /** NO_DAY when blank. */
  readonly due: Int32Array;
  /** NO_DAY when blank. */
  readonly paid: Int32Array;
  readonly client: Int32Array;
  /** Each client once, in order of first appearance. */
  readonly clients: readonly string[];
  readonly line: Int32Array;
  readonly ids: readonly string[];
}

/** The text's invoices as parseInvoices reads them, or undefined when the file is not one this reader may take. */
export function plainInvoiceFile(text: string, file: string, settings: ReadSettings): Invoice[] | undefined {
  const columns = readInvoiceColumns(text, settings);
  return columns === undefined ? undefined : invoicesOf(columns, file);
}

/** The invoices of the columns, each as parseInvoices builds it (same fields, same order of keys). */
export function invoicesOf(columns: InvoiceColumns, file: string): Invoice[] {
  const invoices: Invoice[] = new Array(columns.count);
  for (let row = 0; row < columns.count; row += 1) {
    const amount = minor(columns.amount[row]!);
    const due = columns.due[row]!;
    const paid = columns.paid[row]!;
    invoices[row] = {
      id: columns.ids[row]!,
      client: columns.clients[columns.client[row]!]!,
      amount,
      gross: amount,
      withheld: ZERO,
      vat: ZERO,
      original: undefined,
      issued: columns.issued[row]! as Day,
      due: due === NO_DAY ? undefined : (due as Day),
      paid: paid === NO_DAY ? undefined : (paid as Day),
      repeat: 'none',
      until: undefined,
      source: { file, line: columns.line[row]! },
    };
  }
  return invoices;
}

const ZERO: Minor = minor(0);

/** Whether the settings leave a plain row as it is: no withholding to take out, no chosen columns, no forced comma. */
function plainSettings(settings: ReadSettings): boolean {
  return (
    settings.withholding === undefined &&
    settings.decimalComma !== true &&
    (settings.invoiceColumns === undefined || Object.keys(settings.invoiceColumns).length === 0)
  );
}

/** Whether a cell keeps its every code unit through String.prototype.trim (what cellsByField does to it). */
function untrimmed(cell: string): boolean {
  return cell !== '' && !isTrimmedAway(cell.charCodeAt(0)) && !isTrimmedAway(cell.charCodeAt(cell.length - 1));
}

/** The file as columns, or undefined at the first thing the reader of record might read otherwise. */
export function readInvoiceColumns(text: string, settings: ReadSettings): InvoiceColumns | undefined {
  if (!plainSettings(settings)) return undefined;
  // What csvLayout would change (a BOM, \r, a sep= line) or unreadableCells would report, and a delimiter other
  // than the comma, are the reader of record's.
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r') || text.includes('\uFFFD') || /^"?sep=/i.test(text)) return undefined;
  if (sniffDelimiter(text) !== ',') return undefined;
  const headerEnd = text.indexOf('\n');
  if (headerEnd <= 0) return undefined;
  const header = text.slice(0, headerEnd).split(',');
  if (!header.every((heading) => PLAIN_FIELDS.has(heading))) return undefined;
  const mapped = mapColumns({ file: '', header, records: { forEach: () => undefined } }, INVOICE_FIELDS);
  if (mapped.issues.length > 0) return undefined;
  const at = (field: string) => mapped.columns.get(field as never) ?? -1;
  const idColumn = at('id');
  const clientColumn = at('client');
  const amountColumn = at('amount');
  const issuedColumn = at('issued');
  const dueColumn = at('due');
  const paidColumn = at('paid');
  const width = header.length;
  const { currency, asOf } = settings;

  let capacity = 1 << 12;
  let amount = new Float64Array(capacity);
  let issued = new Int32Array(capacity);
  let due = new Int32Array(capacity);
  let paid = new Int32Array(capacity);
  let client = new Int32Array(capacity);
  let line = new Int32Array(capacity);
  const ids: string[] = [];
  const clients: string[] = [];
  const clientIndex = new Map<string, number>();
  const seen = lineById();
  const detector = decimalStyleDetector(settings.decimalComma);
  const cells: string[] = new Array(width);
  const end = text.length;
  let count = 0;
  let lineNumber = 2;
  let position = headerEnd + 1;
  while (position < end) {
    if (text.charCodeAt(position) === NEWLINE) {
      position += 1;
      lineNumber += 1;
      continue;
    }
    // One record: exactly `width` fields, each bare (no quote) or wholly quoted without a quote or newline inside.
    for (let column = 0; ; column += 1) {
      if (column === width) return undefined;
      let cell: string;
      if (text.charCodeAt(position) === QUOTE) {
        const close = text.indexOf('"', position + 1);
        if (close === -1) return undefined;
        cell = text.slice(position + 1, close);
        if (cell.includes('\n')) return undefined;
        position = close + 1;
      } else {
        const start = position;
        let code = position < end ? text.charCodeAt(position) : NEWLINE;
        while (code !== COMMA && code !== NEWLINE) {
          if (code === QUOTE) return undefined;
          position += 1;
          code = position < end ? text.charCodeAt(position) : NEWLINE;
        }
        cell = text.slice(start, position);
      }
      cells[column] = cell;
      const next = position < end ? text.charCodeAt(position) : NEWLINE;
      position += 1;
      if (next === NEWLINE) {
        if (column !== width - 1) return undefined;
        break;
      }
      if (next !== COMMA) return undefined; // text after a closing quote
    }
    // Every cell is as cellsByField hands it on: a blank due or paid is absent; any other blank, or a blank around
    // a cell's text, is the reader of record's.
    const id = cells[idColumn]!;
    const name = cells[clientColumn]!;
    const amountCell = cells[amountColumn]!;
    const issuedCell = cells[issuedColumn]!;
    const dueCell = dueColumn < 0 ? '' : cells[dueColumn]!;
    const paidCell = paidColumn < 0 ? '' : cells[paidColumn]!;
    if (!untrimmed(id) || !untrimmed(name) || !untrimmed(amountCell) || !untrimmed(issuedCell)) return undefined;
    if ((dueCell !== '' && !untrimmed(dueCell)) || (paidCell !== '' && !untrimmed(paidCell))) return undefined;
    if (id.length > 500 || name.length > 500) return undefined;
    // A total row would be left out: its first cell (never blank here) says whether it can be one.
    if (mayBeTotalCell(cells[0]!) && isTotalRow(cells)) return undefined;
    detector.see(amountCell);
    // Read as a point-style column; a column the detector finds comma-style is the reader of record's.
    const value = plainPositiveAmount(amountCell, currency, 'point');
    const issuedDay = plainIsoDay(issuedCell);
    const dueDay = dueCell === '' ? undefined : plainIsoDay(dueCell);
    const paidDay = paidCell === '' ? undefined : plainIsoDay(paidCell);
    if (value === undefined || issuedDay === undefined || (dueCell !== '' && dueDay === undefined) || (paidCell !== '' && paidDay === undefined))
      return undefined;
    // Every problem parseInvoices finds in a row so read: a paid day after as-of or before issue, a due day before
    // issue, an id seen before.
    if (paidDay !== undefined && (paidDay > asOf || paidDay < issuedDay)) return undefined;
    if (dueDay !== undefined && dueDay < issuedDay) return undefined;
    if (seen.get(id) !== undefined) return undefined;
    seen.set(id, lineNumber);
    if (count === capacity) {
      capacity *= 2;
      amount = grown(amount, capacity);
      issued = grown(issued, capacity);
      due = grown(due, capacity);
      paid = grown(paid, capacity);
      client = grown(client, capacity);
      line = grown(line, capacity);
    }
    let index = clientIndex.get(name);
    if (index === undefined) {
      index = clients.length;
      clients.push(name);
      clientIndex.set(name, index);
    }
    amount[count] = value;
    issued[count] = issuedDay;
    due[count] = dueDay ?? NO_DAY;
    paid[count] = paidDay ?? NO_DAY;
    client[count] = index;
    line[count] = lineNumber;
    ids.push(id);
    count += 1;
    lineNumber += 1;
  }
  // A header-only file has its warning; a comma-style amount column its own reading.
  if (count === 0 || detector.style() !== 'point') return undefined;
  return { count, amount, issued, due, paid, client, clients, line, ids };
}

function grown<T extends Float64Array | Int32Array>(column: T, capacity: number): T {
  const larger = new (column.constructor as new (length: number) => T)(capacity);
  larger.set(column);
  return larger;
}
