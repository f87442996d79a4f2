import type { Day } from './day.js';
import type { Minor } from './money.js';
import { minor } from './money.js';
import type { Invoice } from './types.js';

/** Stands for a day a row leaves blank (a due or paid cell) in the Int32Array columns. */
export const NO_DAY = -0x80000000;

/**
 * A large plain invoices file as columns (see src/read/invoice-columns.ts): row k's amount, days and client are
 * `amount[k]`, `issued[k]`…, `clients[client[k]]`, its id `idAt(columns, k)`, its line `line[k]`. Every row is a
 * one-off invoice in the forecast currency, its gross its amount, with no VAT, no withholding and no status.
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
  /**
   * Every row's id, one after another, row k's ending at `idEnd[k]`: one flat string, not a million small ones
   * (~40 MB and a million objects for GC to mark through the forecast); most rows, the paid ones, never need theirs.
   */
  readonly idText: string;
  readonly idEnd: Int32Array;
}

/** Row `row`'s id. */
export function idAt(columns: Pick<InvoiceColumns, 'idText' | 'idEnd'>, row: number): string {
  return columns.idText.slice(row === 0 ? 0 : columns.idEnd[row - 1]!, columns.idEnd[row]!);
}

/**
 * The invoices as the forecast reads them. From a large plain file the paid rows — most of a long history — stay in
 * `columns` and never become objects (a million objects cost ~1 s of allocation and GC): the forecast learns from
 * them there, and `rows` holds only the unpaid ones. Otherwise `rows` is every invoice and `columns` is undefined.
 */
export interface InvoiceBook {
  /** In file order: every invoice, or with `columns` those it leaves unpaid. */
  readonly rows: readonly Invoice[];
  /** Every row of the file, paid or not, with the file they cite. */
  readonly columns?: { readonly of: InvoiceColumns; readonly file: string } | undefined;
}

/** What the forecast takes: the invoices themselves, or a book of them. */
export type Invoices = readonly Invoice[] | InvoiceBook;

export function bookOf(invoices: Invoices): InvoiceBook {
  return isBook(invoices) ? invoices : { rows: invoices };
}

function isBook(invoices: Invoices): invoices is InvoiceBook {
  return !Array.isArray(invoices);
}

/** The book of a columns file: the unpaid rows made objects, the paid ones left in the columns. */
export function columnsBook(columns: InvoiceColumns, file: string): InvoiceBook {
  const rows: Invoice[] = [];
  for (let row = 0; row < columns.count; row += 1) if (columns.paid[row] === NO_DAY) rows.push(invoiceAt(columns, file, row));
  return { rows, columns: { of: columns, file } };
}

const every = new WeakMap<InvoiceBook, readonly Invoice[]>();

/**
 * Every invoice as an object, in file order: for the few uses that need each paid row too (a reconciliation, the
 * tax calendar), made once per book.
 */
export function everyInvoice(invoices: Invoices): readonly Invoice[] {
  if (!isBook(invoices)) return invoices;
  if (invoices.columns === undefined) return invoices.rows;
  let all = every.get(invoices);
  if (all === undefined) {
    const { of: columns, file } = invoices.columns;
    const made: Invoice[] = new Array(columns.count);
    let open = 0;
    for (let row = 0; row < columns.count; row += 1) made[row] = columns.paid[row] === NO_DAY ? invoices.rows[open++]! : invoiceAt(columns, file, row);
    all = made;
    every.set(invoices, all);
  }
  return all;
}

/** Row `row` of the columns as parseInvoices builds it (same fields, same order of keys). */
export function invoiceAt(columns: InvoiceColumns, file: string, row: number): Invoice {
  const amount = minor(columns.amount[row]!);
  const due = columns.due[row]!;
  const paid = columns.paid[row]!;
  return {
    id: idAt(columns, row),
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

const ZERO: Minor = minor(0);
