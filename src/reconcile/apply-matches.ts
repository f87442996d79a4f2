import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { Invoice } from '../domain/types.js';
import type { Deposit, Receivable, Reconciliation } from './reconciliation.js';

/** What the forecast takes from a reconciliation: the books as the statement shows them. */
export interface BooksFromStatement {
  /**
   * The invoices with every invoice the statement paid before as-of paid on its deposit's day (a sheet's own paid date
   * gives way to the deposit's: the cash is in the balance from that day), an invoice paid in part before as-of open
   * for what is left, and each paid period of a retainer as a paid row of its own (`RET-01@2026-11-05`) — history
   * for the learned delay, no VAT, and the retainer no longer projects that period.
   */
  readonly invoices: Invoice[];
  /** What of that the report tells: the invoices paid, and those paid in part (open for the rest). */
  readonly paid: readonly { readonly invoice: string; readonly client: string; readonly paidOn: Day; readonly received: Minor }[];
  readonly partial: readonly { readonly invoice: string; readonly client: string; readonly received: Minor; readonly remaining: Minor }[];
}

/**
 * Deposits on or after as-of are not yet cash for the forecast: a statement that reaches past as-of is carried back
 * to as-of − 1 and the horizon schedules those days (see starting-balance). So only the parts before as-of count.
 */
export function booksFromStatement(invoices: readonly Invoice[], reconciliation: Reconciliation, asOf: Day): BooksFromStatement {
  const paidOn = new Map<string, Day>();
  const received = new Map<string, number>();
  const periods = new Map<string, Receivable>();
  const before = (deposits: readonly Deposit[]) => deposits.filter((deposit) => deposit.day < asOf);
  for (const match of reconciliation.matched) {
    const id = match.invoice.id;
    const early = before(match.deposits);
    if (early.length === match.deposits.length) {
      paidOn.set(id, match.paidOn);
      periods.set(id, match.invoice);
    } else if (early.length > 0) {
      received.set(
        id,
        early.reduce((sum, deposit) => sum + deposit.amount, 0),
      );
    }
  }
  for (const entry of reconciliation.partial) {
    const early = before(entry.deposits).reduce((sum, deposit) => sum + deposit.amount, 0);
    if (early > 0) received.set(entry.invoice.id, early);
  }
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const books: Invoice[] = [];
  const paid: BooksFromStatement['paid'][number][] = [];
  const partial: BooksFromStatement['partial'][number][] = [];
  for (const match of reconciliation.matched) {
    // A sheet's own paid invoice is news only when the statement moves its day.
    const day = paidOn.get(match.invoice.id);
    if (day !== undefined && (!match.sheetPaid || match.invoice.paid !== day))
      paid.push({ invoice: match.invoice.id, client: match.invoice.client, paidOn: day, received: match.received });
  }
  for (const [id, got] of received) {
    const invoice = byId.get(id);
    if (invoice !== undefined && invoice.paid === undefined)
      partial.push({ invoice: id, client: invoice.client, received: minor(got), remaining: minor(Math.max(0, invoice.amount - got)) });
  }
  for (const invoice of invoices) {
    const day = invoice.repeat === 'none' ? paidOn.get(invoice.id) : undefined;
    const got = invoice.repeat === 'none' && day === undefined ? received.get(invoice.id) : undefined;
    if (day !== undefined) books.push({ ...invoice, paid: day });
    else if (got !== undefined && invoice.paid === undefined) books.push({ ...invoice, amount: minor(Math.max(0, invoice.amount - got)) });
    else books.push(invoice);
  }
  for (const [id, day] of paidOn) {
    const at = id.indexOf('@');
    const template = at < 0 ? undefined : byId.get(id.slice(0, at));
    if (template === undefined || template.repeat === 'none') continue;
    const period = periods.get(id)!;
    books.push({ ...template, id, issued: period.issued, due: period.due, paid: day, repeat: 'none', until: undefined, vat: minor(0) });
  }
  return { invoices: books, paid, partial };
}
