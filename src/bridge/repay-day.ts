import type { Day } from '../domain/day.js';
import { addDays, dayFromParts, partsOf } from '../domain/day.js';
import { addCalendarMonths, clampedDay } from '../domain/recurrence.js';
import type { TermRule } from '../read/catalogue-schema.js';
import type { BridgeReason } from './bridge-reason.js';
import { because } from './bridge-reason.js';
import type { LinkableInvoice, Need } from './need.js';

/**
 * The payment day of the card or phone bill that a charge on `draw` lands on: the cycle that contains
 * the draw closes on `closeDay` (or the month's last day), and its bill is due on `dueDay`,
 * `dueMonthOffset` months after the closing month.
 */
export function billingDueDay(draw: Day, closeDay: number | 'last', dueDay: number, dueMonthOffset: number): Day {
  const { year, month, dayOfMonth } = partsOf(draw);
  const closesThisMonth = closeDay === 'last' || dayOfMonth <= closeDay;
  const closeMonth = addCalendarMonths(dayFromParts(year, month, 1)!, closesThisMonth ? 0 : 1);
  const due = partsOf(addCalendarMonths(closeMonth, dueMonthOffset));
  return clampedDay(due.year, due.month, dueDay);
}

/**
 * The day(s) a bridge drawn on the need's first day is repaid, by its term; or why the term cannot serve
 * the need. Repayment must come after the window: rolling a bridge over is not modelled.
 */
export function repaymentDays(term: TermRule, need: Need, invoice: LinkableInvoice | undefined): Day[] | BridgeReason {
  const after = need.end + 1;
  const inside = (day: Day) => because('repayInside', day, need.asOf);
  switch (term.kind) {
    case 'flexible':
    case 'deferral': {
      if (term.maxDays !== undefined && after - need.start > term.maxDays) return because('termTooShort', term.maxDays, after - need.start);
      // A minimum term is charged in full even when the money could go back sooner.
      const minimum = term.kind === 'flexible' ? (term.minDays ?? 0) : 0;
      return [addDays(need.start, Math.max(after - need.start, minimum))];
    }
    case 'fixed_days': {
      const repay = addDays(need.start, term.days);
      return repay <= need.end ? inside(repay) : [repay];
    }
    case 'billing_cycle': {
      const day = billingDueDay(need.start, term.closeDay, term.dueDay, term.dueMonthOffset);
      return day <= need.end ? inside(day) : [day];
    }
    case 'until_invoice_paid':
      if (invoice === undefined) return because('needsInvoice');
      if (invoice.issued > need.start) return because('invoiceIssuedLate', invoice.issued, need.asOf);
      return invoice.expected <= need.end ? because('invoiceExpectedInside', invoice.expected, need.asOf) : [invoice.expected];
    case 'installments': {
      const days = Array.from({ length: term.count }, (_, k) => addCalendarMonths(need.start, (k + 1) * term.everyMonths));
      return days[0]! <= need.end ? inside(days[0]!) : days;
    }
  }
}
