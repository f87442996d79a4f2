import type { Day } from '../domain/day.js';
import { addDays, formatDay } from '../domain/day.js';
import { expand } from '../domain/recurrence.js';
import type { Invoice } from '../domain/types.js';
import type { Receivable } from './reconciliation.js';

/** When a client's cash is expected for an invoice issued on `issued`: the forecast's rule, given by the caller. */
export type ExpectedDayOf = (client: string, issued: Day, due: Day | undefined) => Day;

/**
 * What the statement can pay: every one-off invoice (paid ones too — their deposits must not pay another), and each
 * period of a retainer issued inside the statement's span (`RET-01@2026-11-05`, as the forecast names it; a deposit
 * for an earlier period — issued before the statement begins, paid inside it — is listed as unmatched income, not
 * guessed, since those periods' own payments are not in the statement to tell them apart). `converted` marks invoices written in another currency.
 */
export function receivablesOf(invoices: readonly Invoice[], span: { from: Day; to: Day }, expectedDayOf: ExpectedDayOf): Receivable[] {
  const receivables: Receivable[] = [];
  for (const invoice of invoices) {
    const term = invoice.due === undefined ? undefined : invoice.due - invoice.issued;
    const issues =
      invoice.repeat === 'none'
        ? [invoice.issued]
        : expand({ start: invoice.issued, repeat: invoice.repeat, until: invoice.until }, span).map((entry) => entry.day);
    for (const issued of issues) {
      const due = term === undefined ? undefined : addDays(issued, term);
      receivables.push({
        id: invoice.repeat === 'none' ? invoice.id : `${invoice.id}@${formatDay(issued)}`,
        client: invoice.client,
        issued,
        due,
        expected: invoice.amount,
        converted: invoice.original !== undefined,
        paid: invoice.paid,
        expectedDay: expectedDayOf(invoice.client, issued, due),
        source: invoice.source,
      });
    }
  }
  return receivables;
}
