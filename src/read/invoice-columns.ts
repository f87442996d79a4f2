import type { Day } from '../domain/day.js';
import { daysFromCivil } from '../domain/day.js';
import type { InvoiceBook, InvoiceColumns } from '../domain/invoice-book.js';
import { columnsBook, idAt, invoiceAt, NO_DAY } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import type { Invoice } from '../domain/types.js';
import { mapColumns } from './columns.js';
import { sniffDelimiter } from './csv-table.js';
import { isTotalRow } from './header-row.js';
import { INVOICE_FIELDS } from './invoices.js';
import { plainPositiveAmount } from './plain-cells.js';
import { isTrimmedAway } from './plain-csv.js';
import { plainIsoDay } from './plain-iso-day.js';
import type { ReadSettings } from './read-settings.js';
import { decimalStyleDetector } from './read-settings.js';
import { mayBeTotalCell } from './total-rows.js';

// The invoices file a bookkeeper's script writes — a header of cashflow's own field names, then a million rows of
// ids, clients, plain amounts and ISO days — read in one pass over the text into columns: no record, cell array,
// cell map, row object or id string per row, one string per client. The reader of record (parseInvoices: csv-table,
// readTable, readRows, zod) stays the judge: this takes only a file it can prove that reader reads without a single
// issue, and gives up (undefined) at the first thing it is not sure of, leaving the whole file to it.
// test/unit/invoice-columns.test.ts holds the two to each other on every fixture and on fuzzed files.

const QUOTE = 34; // "
const NEWLINE = 10; // \n
const COMMA = 44; // ,

export type { InvoiceColumns } from '../domain/invoice-book.js';
export { NO_DAY };

/** The fields this reader knows: what a plain row holds. Any other column sends the file to the reader of record. */
const PLAIN_FIELDS = new Set(['id', 'client', 'amount', 'issued', 'due', 'paid']);

/** The text's invoices as parseInvoices reads them, or undefined when the file is not one this reader may take. */
export function plainInvoiceFile(text: string, file: string, settings: ReadSettings): Invoice[] | undefined {
  const columns = readInvoiceColumns(text, settings);
  return columns === undefined ? undefined : invoicesOf(columns, file);
}

/** The text's invoices as a book whose paid rows stay columns (see InvoiceBook), or undefined as plainInvoiceFile. */
export function plainInvoiceBook(text: string, file: string, settings: ReadSettings): InvoiceBook | undefined {
  const columns = readInvoiceColumns(text, settings);
  return columns === undefined ? undefined : columnsBook(columns, file);
}

/** The invoices of the columns, each as parseInvoices builds it (same fields, same order of keys). */
export function invoicesOf(columns: InvoiceColumns, file: string): Invoice[] {
  const invoices: Invoice[] = new Array(columns.count);
  for (let row = 0; row < columns.count; row += 1) invoices[row] = invoiceAt(columns, file, row);
  return invoices;
}

/** Whether the settings leave a plain row as it is: no withholding to take out, no chosen columns, no forced comma. */
function plainSettings(settings: ReadSettings): boolean {
  return (
    settings.withholding === undefined &&
    settings.decimalComma !== true &&
    (settings.invoiceColumns === undefined || Object.keys(settings.invoiceColumns).length === 0)
  );
}

/** Whether the cell text[start, end) keeps its every code unit through String.prototype.trim (cellsByField's). */
function untrimmedAt(text: string, start: number, end: number): boolean {
  return end > start && !isTrimmedAway(text.charCodeAt(start)) && !isTrimmedAway(text.charCodeAt(end - 1));
}

const ZERO_CODE = 48; // 0
const DASH = 45; // -
const DIGIT_LIMIT = 15; // digits that, with two decimals, stay below 2^53

/**
 * plainPositiveAmount of text[start, end) in a point-style column, read from its code units, for a cell of plain
 * digits with or without thousands separators (`1500000`, `1,500,000`; at most 15 digits); undefined for any other
 * cell, which is then read as a string. Such a cell tells decimalStyleDetector nothing: a comma there is followed by
 * three digits.
 */
function amountAt(text: string, start: number, end: number, decimals: number): Minor | undefined {
  let value = 0;
  let digits = 0;
  let group = -1; // digits since the last comma; -1 before the first
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === COMMA) {
      if ((group === -1 ? digits < 1 || digits > 3 : group !== 3) || at === end - 1) return undefined;
      group = 0;
      continue;
    }
    const digit = code - ZERO_CODE;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
    digits += 1;
    if (group >= 0) group += 1;
  }
  if (digits === 0 || digits > DIGIT_LIMIT || (group !== -1 && group !== 3)) return undefined;
  const amount = value * 10 ** decimals;
  return Number.isSafeInteger(amount) && amount > 0 ? (amount as Minor) : undefined;
}

/** plainIsoDay of the cell text[start, end) when it is exactly `YYYY-MM-DD`, read from its code units; else undefined. */
function dayAt(text: string, start: number, end: number, firsts: Int32Array): Day | undefined {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) return undefined;
  const y0 = text.charCodeAt(start) - ZERO_CODE;
  const y1 = text.charCodeAt(start + 1) - ZERO_CODE;
  const y2 = text.charCodeAt(start + 2) - ZERO_CODE;
  const y3 = text.charCodeAt(start + 3) - ZERO_CODE;
  if (!(y0 >= 0 && y0 <= 9 && y1 >= 0 && y1 <= 9 && y2 >= 0 && y2 <= 9 && y3 >= 0 && y3 <= 9)) return undefined;
  const m0 = text.charCodeAt(start + 5) - ZERO_CODE;
  const m1 = text.charCodeAt(start + 6) - ZERO_CODE;
  const d0 = text.charCodeAt(start + 8) - ZERO_CODE;
  const d1 = text.charCodeAt(start + 9) - ZERO_CODE;
  if (!(m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9)) return undefined;
  // dayFromParts' checks (1900–2999, a month, a day of that month) and its day, from a table of months' first days.
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const dayOfMonth = d0 * 10 + d1;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  const first = firsts[index]!;
  return dayOfMonth > firsts[index + 1]! - first ? undefined : ((first + dayOfMonth - 1) as Day);
}

const FIRST_YEAR = 1900; // dayFromParts' bounds
const LAST_YEAR = 2999;
let monthStarts: Int32Array | undefined;

/**
 * The day of the first of every month of 1900–2999, and of 1 January 3000 after them: a row's day is then a lookup
 * and an add, not daysInMonth and daysFromCivil's divisions (~3 million days in a million rows). Made once, ~13,000
 * entries.
 */
function monthStartDays(): Int32Array {
  if (monthStarts !== undefined) return monthStarts;
  const starts = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12 + 1);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    for (let month = 1; month <= 12; month += 1) starts[(year - FIRST_YEAR) * 12 + month - 1] = daysFromCivil(year, month, 1);
  }
  starts[starts.length - 1] = daysFromCivil(LAST_YEAR + 1, 1, 1);
  monthStarts = starts;
  return starts;
}

/**
 * The rows' ids, each text[start, end) copied once into a small block of code units (one byte each until a wider
 * one comes) that becomes a piece of one flat string when full, with its FNV-1a hash: no string per id while
 * reading, one string of them all at the end (see InvoiceColumns.idText), and no buffer the size of the ids for GC
 * to free later. A repeated id is found at the end, not per row: the hashes sorted, and only ids whose hash another
 * shares compared. A hash table probed per row cost ~0.25 µs an id at 1M rows, nearly all of it cache misses in a
 * table of 16 MB; sorting a million hashes reads them in order.
 */
function idRanges(text: string, rows: number) {
  let block: Uint8Array | Uint16Array = new Uint8Array(ID_PIECE);
  let filled = 0;
  let used = 0; // code units of every id so far
  const pieces: string[] = [];
  let ends = new Int32Array(rows);
  let hashes = new Int32Array(rows);
  let count = 0;
  let idText: string | undefined;
  let ascii = true; // whether the block holds only code units below 0x80, which UTF-8 decodes as themselves
  const flush = () => {
    const units = block.subarray(0, filled);
    pieces.push(ascii && units instanceof Uint8Array ? ASCII.decode(units) : String.fromCharCode.apply(null, units as unknown as number[]));
    filled = 0;
    ascii = true;
  };
  const finish = (): string => {
    if (idText === undefined) {
      flush();
      idText = pieces.join('');
    }
    return idText;
  };
  return {
    /** Takes text[start, end) as the next row's id. */
    add(start: number, end: number): void {
      let hash = 0x811c9dc5;
      for (let at = start; at < end; at += 1) {
        const code = text.charCodeAt(at);
        hash = Math.imul(hash ^ code, 0x01000193);
        if (filled === block.length) flush();
        if (code > 0x7f) {
          ascii = false;
          if (code > 0xff && block instanceof Uint8Array) block = Uint16Array.from(block);
        }
        block[filled] = code;
        filled += 1;
      }
      used += end - start;
      if (count === ends.length) {
        ends = grown(ends, count * 2);
        hashes = grown(hashes, count * 2);
      }
      ends[count] = used;
      hashes[count] = hash;
      count += 1;
    },
    /** Whether two rows have the same id. */
    repeated(): boolean {
      const sorted = radixSorted(hashes, count);
      const shared = new Set<number>();
      for (let at = 1; at < count; at += 1) if (sorted[at] === sorted[at - 1]) shared.add(sorted[at]!);
      if (shared.size === 0) return false;
      // A few ids in a million share a 32-bit hash by chance: those alone are compared.
      const ids = { idText: finish(), idEnd: ends };
      const seen = new Set<string>();
      for (let row = 0; row < count; row += 1) {
        if (!shared.has(hashes[row]!)) continue;
        const id = idAt(ids, row);
        if (seen.has(id)) return true;
        seen.add(id);
      }
      return false;
    },
    /** The ids as InvoiceColumns holds them. */
    finish(): { idText: string; idEnd: Int32Array } {
      return { idText: finish(), idEnd: ends };
    },
  };
}

/**
 * The first `count` values in an order where equal values are side by side (ascending as unsigned 32-bit numbers):
 * two passes of a 16-bit radix sort, ~4× faster than a typed array's own sort on a million hashes.
 */
function radixSorted(values: Int32Array, count: number): Int32Array {
  const low = new Int32Array(count);
  const sorted = new Int32Array(count);
  radixPass(values, low, count, 0);
  radixPass(low, sorted, count, 16);
  return sorted;
}

/** One stable counting pass of radixSorted: `from` into `to` by the 16 bits at `shift`. */
function radixPass(from: Int32Array, to: Int32Array, count: number, shift: number): void {
  const starts = new Int32Array(1 << 16);
  for (let at = 0; at < count; at += 1) {
    const digit = (from[at]! >>> shift) & 0xffff;
    starts[digit] = starts[digit]! + 1;
  }
  for (let digit = 0, total = 0; digit < starts.length; digit += 1) {
    const here = starts[digit]!;
    starts[digit] = total;
    total += here;
  }
  for (let at = 0; at < count; at += 1) {
    const digit = (from[at]! >>> shift) & 0xffff;
    const place = starts[digit]!;
    to[place] = from[at]!;
    starts[digit] = place + 1;
  }
}

/** Decodes a block of ASCII ids natively, not by String.fromCharCode over its code units as arguments. */
const ASCII = new TextDecoder();

/** Code units per piece of the ids' string, each one String.fromCharCode call: well under any engine's limit on a call's arguments. */
const ID_PIECE = 1 << 13;

/**
 * Each distinct cell text[start, end) once, by index in order of first appearance, without slicing a cell already
 * seen: a million rows name a few hundred clients. Open addressing over FNV-1a hashes of the code units, each kept,
 * so that growing the table hashes no cell again.
 */
function rangeInterner(text: string): { indexOf(start: number, end: number): number; readonly cells: string[] } {
  const cells: string[] = [];
  let capacity = 1 << 8;
  let slots = new Int32Array(capacity).fill(-1);
  const hashes: number[] = [];
  const place = (table: Int32Array, hash: number, index: number) => {
    let slot = hash & (table.length - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (table.length - 1);
    table[slot] = index;
  };
  return {
    cells,
    indexOf(start, end) {
      let hash = 0x811c9dc5;
      for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
      hash >>>= 0;
      const length = end - start;
      for (let slot = hash & (capacity - 1); ; slot = (slot + 1) & (capacity - 1)) {
        const held = slots[slot]!;
        if (held === -1) break;
        const cell = cells[held]!;
        if (hashes[held] === hash && cell.length === length && text.startsWith(cell, start)) return held;
      }
      const index = cells.length;
      cells.push(text.slice(start, end));
      hashes.push(hash);
      if (cells.length * 2 > capacity) {
        capacity *= 2;
        slots = new Int32Array(capacity).fill(-1);
        for (let held = 0; held < cells.length; held += 1) place(slots, hashes[held]!, held);
      } else place(slots, hash, index);
      return index;
    },
  };
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

  let capacity = likelyRows(text, headerEnd + 1);
  let amount = new Float64Array(capacity);
  let issued = new Int32Array(capacity);
  let due = new Int32Array(capacity);
  let paid = new Int32Array(capacity);
  let client = new Int32Array(capacity);
  let line = new Int32Array(capacity);
  const clientIndex = rangeInterner(text);
  // The ids, one per row in row order: a row whose id is not new to it is a duplicate, the reader of record's.
  const ids = idRanges(text, capacity);
  const days = monthStartDays();
  const detector = decimalStyleDetector(settings.decimalComma);
  // A cell amountAt does not read, read as a point-style column (one the detector finds comma-style is the reader
  // of record's); amountAt's cells tell the detector nothing.
  const otherAmount = (cell: string) => {
    detector.see(cell);
    return plainPositiveAmount(cell, currency, 'point');
  };
  // Each cell of the record being read as a range of the text: most are read from their code units, unsliced.
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const cellAt = (column: number) => text.slice(starts[column]!, ends[column]!);
  const end = text.length;
  let count = 0;
  let lineNumber = 2;
  let position = headerEnd + 1;
  // The next quote at or after `position` (end when none): a bare cell must hold none. The record's end, the next
  // comma and this are found by indexOf, which scans for one character natively, not a code unit at a time.
  let quote = -1;
  while (position < end) {
    if (text.charCodeAt(position) === NEWLINE) {
      position += 1;
      lineNumber += 1;
      continue;
    }
    const newline = text.indexOf('\n', position);
    const lineEnd = newline === -1 ? end : newline;
    // One record: exactly `width` fields, each bare (no quote) or wholly quoted without a quote or newline inside.
    for (let column = 0; ; column += 1) {
      if (column === width) return undefined;
      if (text.charCodeAt(position) === QUOTE) {
        const close = text.indexOf('"', position + 1);
        if (close === -1 || close > lineEnd) return undefined;
        starts[column] = position + 1;
        ends[column] = close;
        position = close + 1;
      } else {
        starts[column] = position;
        const comma = text.indexOf(',', position);
        const cellEnd = comma === -1 || comma > lineEnd ? lineEnd : comma;
        if (quote < position) {
          quote = text.indexOf('"', position);
          if (quote === -1) quote = end;
        }
        if (quote < cellEnd) return undefined;
        position = cellEnd;
        ends[column] = position;
      }
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
    if (!untrimmedAt(text, starts[idColumn]!, ends[idColumn]!) || !untrimmedAt(text, starts[clientColumn]!, ends[clientColumn]!)) return undefined;
    if (!untrimmedAt(text, starts[amountColumn]!, ends[amountColumn]!) || !untrimmedAt(text, starts[issuedColumn]!, ends[issuedColumn]!)) return undefined;
    const dueBlank = dueColumn < 0 || starts[dueColumn] === ends[dueColumn];
    const paidBlank = paidColumn < 0 || starts[paidColumn] === ends[paidColumn];
    if ((!dueBlank && !untrimmedAt(text, starts[dueColumn]!, ends[dueColumn]!)) || (!paidBlank && !untrimmedAt(text, starts[paidColumn]!, ends[paidColumn]!)))
      return undefined;
    if (ends[idColumn]! - starts[idColumn]! > 500 || ends[clientColumn]! - starts[clientColumn]! > 500) return undefined;
    // A total row would be left out: the first character of its first cell says whether it can be one.
    if (mayBeTotalCell(starts[0] === ends[0] ? '' : text[starts[0]!]!) && isTotalRow(Array.from({ length: width }, (_, column) => cellAt(column))))
      return undefined;
    const value = amountAt(text, starts[amountColumn]!, ends[amountColumn]!, currency.decimals) ?? otherAmount(cellAt(amountColumn));
    const issuedDay = dayAt(text, starts[issuedColumn]!, ends[issuedColumn]!, days) ?? plainIsoDay(cellAt(issuedColumn));
    const dueDay = dueBlank ? undefined : (dayAt(text, starts[dueColumn]!, ends[dueColumn]!, days) ?? plainIsoDay(cellAt(dueColumn)));
    const paidDay = paidBlank ? undefined : (dayAt(text, starts[paidColumn]!, ends[paidColumn]!, days) ?? plainIsoDay(cellAt(paidColumn)));
    if (value === undefined || issuedDay === undefined || (!dueBlank && dueDay === undefined) || (!paidBlank && paidDay === undefined)) return undefined;
    // Every problem parseInvoices finds in a row so read: a paid day after as-of or before issue, a due day before
    // issue (and, once every row is read, an id seen before).
    if (paidDay !== undefined && (paidDay > asOf || paidDay < issuedDay)) return undefined;
    if (dueDay !== undefined && dueDay < issuedDay) return undefined;
    if (count === capacity) {
      capacity *= 2;
      amount = grown(amount, capacity);
      issued = grown(issued, capacity);
      due = grown(due, capacity);
      paid = grown(paid, capacity);
      client = grown(client, capacity);
      line = grown(line, capacity);
    }
    const index = clientIndex.indexOf(starts[clientColumn]!, ends[clientColumn]!);
    ids.add(starts[idColumn]!, ends[idColumn]!);
    amount[count] = value;
    issued[count] = issuedDay;
    due[count] = dueDay ?? NO_DAY;
    paid[count] = paidDay ?? NO_DAY;
    client[count] = index;
    line[count] = lineNumber;
    count += 1;
    lineNumber += 1;
  }
  // A header-only file has its warning; a comma-style amount column its own reading.
  if (count === 0 || detector.style() !== 'point' || ids.repeated()) return undefined;
  return { count, amount, issued, due, paid, client, clients: clientIndex.cells, line, ...ids.finish() };
}

/**
 * About how many records the text holds after `from`, a little over: its length over the first records' mean length.
 * The columns are made that long at once, not doubled from a few thousand: each doubling left the old arrays to GC
 * (~30 MB outside the heap at 1M rows), enough to start a major GC while the file's text is still alive, which then
 * sets how far the heap grows before the next (about four times what that GC found alive).
 */
function likelyRows(text: string, from: number): number {
  let end = from;
  let records = 0;
  for (; records < SAMPLE_RECORDS; records += 1) {
    const newline = text.indexOf('\n', end);
    if (newline === -1) break;
    end = newline + 1;
  }
  if (records < SAMPLE_RECORDS) return MIN_ROWS;
  return Math.max(MIN_ROWS, Math.ceil(((text.length - from) / (end - from)) * records * 1.05) + SAMPLE_RECORDS);
}

const SAMPLE_RECORDS = 256;
const MIN_ROWS = 1 << 12;

function grown<T extends Float64Array | Int32Array>(column: T, capacity: number): T {
  const larger = new (column.constructor as new (length: number) => T)(capacity);
  larger.set(column);
  return larger;
}
