import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import { minor, subMinor } from '../domain/money.js';
import { mulDiv } from '../domain/ratio.js';
import type { Expense, InvoiceEvent } from '../domain/types.js';
import type { LearnedDelay } from './client-history.js';
import { expectedCashDay } from './expected-cash-day.js';
import type { ForecastOptions } from './options.js';
import { horizonEnd } from './options.js';
import type { DayBalance } from './projection.js';
import { projectBalances } from './projection.js';
import { invoicingRunRate } from './run-rate.js';
import { openOccurrences, scheduleEvents } from './schedule.js';
import type { ShortfallWindow } from './shortfalls.js';

/** How far past the horizon the books are followed to find the day an open window recovers. */
export const MAX_DAYS_PAST_HORIZON = 366;

/**
 * Judges the window still open on the last horizon day, the only one that can be (the others are returned as they
 * are). Following the same books past the horizon, if the invoices they list bring the balance back to the buffer
 * within MAX_DAYS_PAST_HORIZON, the window recovers then, after the horizon: a timing gap, not structural. Otherwise
 * the horizon's spending a month is compared with the invoicing run-rate: above it, structural; at or below it, the
 * gap is likely covered by work not yet invoiced.
 */
export function judgeOpenWindow(
  windows: readonly ShortfallWindow[],
  days: readonly DayBalance[],
  books: { readonly invoices: Invoices; readonly expenses: readonly Expense[]; readonly learned: ReadonlyMap<string, LearnedDelay> },
  options: ForecastOptions,
): ShortfallWindow[] {
  const last = windows[windows.length - 1];
  if (last === undefined || last.recovery !== undefined) return [...windows];
  const recovers = recoveryAfterHorizon(books, options);
  const runRate = invoicingRunRate(books.invoices, options.asOf);
  const spendingPerMonth = monthlySpending(days);
  // Without a whole month of invoicing there is nothing to say the gap will be covered.
  const above = runRate === undefined || spendingPerMonth > runRate.perMonth;
  const judged: ShortfallWindow = {
    ...last,
    recoversAfterHorizon: recovers,
    runRate: recovers === undefined ? runRate : undefined,
    spendingPerMonth,
    structural: recovers === undefined && above,
  };
  return [...windows.slice(0, -1), judged];
}

/** What left the account over the horizon, a month of 365/12 days: outflow × 365 ÷ (12 × days), rounded half up. */
export function monthlySpending(days: readonly DayBalance[]): Minor {
  let outflow = 0n;
  for (const day of days) outflow += BigInt(day.outflow);
  return minor(Number(mulDiv(outflow, 365n, 12n * BigInt(days.length), 'round')));
}

/** Where an open window ends when the books are followed past the horizon, and the invoice that ends it. */
export interface AfterHorizonRecovery {
  /** The first day after the horizon whose end-of-day balance is back at the buffer. */
  readonly date: Day;
  readonly invoice: string;
  readonly client: string;
  /** buffer − balance for each day from the day after the horizon to the day before `date`. */
  readonly gaps: readonly Minor[];
}

function recoveryAfterHorizon(
  books: { readonly invoices: Invoices; readonly expenses: readonly Expense[]; readonly learned: ReadonlyMap<string, LearnedDelay> },
  options: ForecastOptions,
): AfterHorizonRecovery | undefined {
  const end = horizonEnd(options);
  let latest = end;
  for (const { invoice, issued, due } of openOccurrences(books.invoices, options)) {
    const expected = addDays(expectedCashDay(issued, due, options, books.learned.get(invoice.client)?.medianDays).date, options.extraDelayDays ?? 0);
    if (expected > latest) latest = expected;
  }
  if (latest === end) return undefined;
  const longer: ForecastOptions = { ...options, days: options.days + Math.min(latest - end, MAX_DAYS_PAST_HORIZON) };
  const events = scheduleEvents(books.invoices, books.expenses, longer, books.learned);
  const balances = projectBalances(events, options.asOf, longer.days, options.openingBalance);
  const back = balances.findIndex((day, index) => index >= options.days && day.balance >= options.buffer);
  if (back < 0) return undefined;
  const date = balances[back]!.date;
  // Only an invoice brings cash in, so one lands that day; the largest is named.
  let invoice: InvoiceEvent | undefined;
  for (const event of events) if (event.kind === 'invoice' && event.date === date && (invoice === undefined || event.amount > invoice.amount)) invoice = event;
  if (invoice === undefined) throw new Error('a balance rose on a day without an invoice');
  return {
    date,
    invoice: invoice.id,
    client: invoice.client,
    gaps: balances.slice(options.days, back).map((day) => subMinor(options.buffer, day.balance)),
  };
}
