import type { Day } from '../domain/day.js';
import { addDays, daysFromCivil, partsOf } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import { bookOf, NO_DAY } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import { mulDiv } from '../domain/ratio.js';
import { addCalendarMonths, expand } from '../domain/recurrence.js';

/** How much the user invoiced a month on average: gross (VAT and withholding included) over whole calendar months. */
export interface RunRate {
  /** Gross invoiced ÷ months, rounded half up to a minor unit. */
  readonly perMonth: Minor;
  /** The whole months counted, 1 to 12. */
  readonly months: number;
  /** The first day of the first month and the last day of the last one. */
  readonly from: Day;
  readonly to: Day;
}

/** The most recent whole months a run-rate looks at. */
export const RUN_RATE_MONTHS = 12;

/**
 * The invoicing run-rate over the last 12 whole calendar months before as-of's month — or, when the books start
 * later, from the month of the first invoice: every invoice issued in them counts, paid or open, and each
 * occurrence of a retainer. Undefined when no invoice was issued before as-of's month (no whole month of history).
 * @example invoices of ₩3M in Oct and ₩5M in Nov 2026, as-of 2026-12-15 → { perMonth: ₩4M, months: 2, from: 10-01, to: 11-30 }
 */
export function invoicingRunRate(invoices: Invoices, asOf: Day): RunRate | undefined {
  const { year, month } = partsOf(asOf);
  const thisMonth = daysFromCivil(year, month, 1);
  const to = addDays(thisMonth, -1);
  const book = bookOf(invoices);
  // The paid rows a book keeps as columns count too: one-off invoices, their gross their amount.
  const paidColumns = book.columns?.of;
  let first: Day | undefined;
  for (const invoice of book.rows) if (invoice.issued <= to && (first === undefined || invoice.issued < first)) first = invoice.issued;
  if (paidColumns !== undefined)
    for (let row = 0; row < paidColumns.count; row += 1) {
      const issued = paidColumns.issued[row]! as Day;
      if (paidColumns.paid[row] !== NO_DAY && issued <= to && (first === undefined || issued < first)) first = issued;
    }
  if (first === undefined) return undefined;
  const firstMonth = daysFromCivil(partsOf(first).year, partsOf(first).month, 1);
  const from = Math.max(firstMonth, addCalendarMonths(thisMonth, -RUN_RATE_MONTHS)) as Day;
  const months = monthsBetween(from, thisMonth);
  let gross = 0n;
  for (const invoice of book.rows) {
    const issues = expand({ start: invoice.issued, repeat: invoice.repeat, until: invoice.until }, { from, to }).length;
    gross += BigInt(invoice.gross) * BigInt(issues);
  }
  if (paidColumns !== undefined) {
    // Summed as a double while the sum stays a safe integer (each amount is one), carried into the BigInt before
    // it would not.
    let sum = 0;
    for (let row = 0; row < paidColumns.count; row += 1) {
      const issued = paidColumns.issued[row]!;
      if (paidColumns.paid[row] === NO_DAY || issued < from || issued > to) continue;
      const amount = paidColumns.amount[row]!;
      if (sum + amount > Number.MAX_SAFE_INTEGER) {
        gross += BigInt(sum);
        sum = 0;
      }
      sum += amount;
    }
    gross += BigInt(sum);
  }
  return { perMonth: minor(Number(mulDiv(gross, 1n, BigInt(months), 'round'))), months, from, to };
}

/** Whole calendar months from one first-of-month to another. */
function monthsBetween(from: Day, to: Day): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
