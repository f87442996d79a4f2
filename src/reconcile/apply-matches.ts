import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { Invoice } from '../domain/types.js';
import type { Receivable, Reconciliation } from './reconciliation.js';

/** What the forecast takes from a reconciliation: the books as the statement shows them. */
export interface BooksFromStatement {
  /**
   * The invoices with every matched one paid on its deposit's day (before as-of: the cash is in the balance or in a
   * later row of a statement), a part-paid one open for what is left, and each matched period of a retainer as a
   * paid row of its own (`RET-01@2026-11-05`) — history only: no VAT, no event — so its days-to-pay are learned too.
   */
  readonly invoices: Invoice[];
  /** The invoices whose paid cell the statement filled, by id: what the report says it took from the bank. */
  readonly paidFromStatement: ReadonlyMap<string, Day>;
}

export function booksFromStatement(invoices: readonly Invoice[], reconciliation: Reconciliation, asOf: Day): BooksFromStatement {
  const paidOn = new Map<string, Day>();
  const periods = new Map<string, Receivable>();
  for (const match of reconciliation.matched) {
    if (match.sheetPaid || match.paidOn >= asOf) continue;
    paidOn.set(match.invoice.id, match.paidOn);
    periods.set(match.invoice.id, match.invoice);
  }
  const remaining = new Map(reconciliation.partial.map((entry) => [entry.invoice.id, entry.remaining]));
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const books: Invoice[] = [];
  for (const invoice of invoices) {
    const paid = invoice.repeat === 'none' ? paidOn.get(invoice.id) : undefined;
    const left = invoice.repeat === 'none' && invoice.paid === undefined ? remaining.get(invoice.id) : undefined;
    if (paid !== undefined) books.push({ ...invoice, paid });
    else if (left !== undefined) books.push({ ...invoice, amount: minor(left) });
    else books.push(invoice);
  }
  // A retainer's matched periods only teach: the row keeps scheduling its periods from the balance's day on, so a
  // period issued after that day and paid in a later row of another account would still be projected (rare; known).
  for (const [id, paid] of paidOn) {
    const at = id.indexOf('@');
    const template = at < 0 ? undefined : byId.get(id.slice(0, at));
    if (template === undefined || template.repeat === 'none') continue;
    const period = periods.get(id)!;
    books.push({ ...template, id, issued: period.issued, due: period.due, paid, repeat: 'none', until: undefined, vat: minor(0) });
  }
  return { invoices: books, paidFromStatement: paidOn };
}
