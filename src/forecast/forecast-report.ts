import type { Day } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import { bookOf, everyInvoice } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import { addMinor } from '../domain/money.js';
import type { CashEvent, Expense, Invoice } from '../domain/types.js';
import type { ClientHistory, LearnedDelay } from './client-history.js';
import { clientHistories, learnedDelays } from './client-history.js';
import type { DoubtfulInvoice } from './doubtful.js';
import { doubtfulInvoices, writtenOffInvoices } from './doubtful.js';
import { assertForecastSums } from './forecast-sums.js';
import { judgeOpenWindow } from './open-window.js';
import type { ForecastOptions } from './options.js';
import { horizonEnd } from './options.js';
import type { DayBalance } from './projection.js';
import { projectBalances } from './projection.js';
import { openOccurrences, scheduleEvents } from './schedule.js';
import type { ShortfallWindow } from './shortfalls.js';
import { findShortfalls } from './shortfalls.js';
import { taxCalendarApplies } from './tax-calendar/applies.js';
import type { CoveredTaxEstimate } from './tax-calendar/tax-events.js';
import { taxCalendarOf } from './tax-calendar/tax-events.js';

/** A cash event with the balance just after it, in the order events are listed. */
export type LedgerEvent = CashEvent & { readonly balance: Minor };

export interface ForecastSummary {
  readonly lowestBalance: Minor;
  readonly lowestDate: Day;
  readonly firstShortfall: Day | undefined;
  readonly shortfallCount: number;
  readonly closingBalance: Minor;
}

/** The projection of one forecast: what the bridge layer plans on and the report layer (src/report) presents. */
export interface ForecastReport {
  readonly options: ForecastOptions;
  readonly horizon: { readonly start: Day; readonly end: Day; readonly days: number };
  readonly summary: ForecastSummary;
  readonly events: readonly LedgerEvent[];
  readonly days: readonly DayBalance[];
  readonly shortfalls: readonly ShortfallWindow[];
  /** Every client's payment history, the source of the learned delays. */
  readonly clients: readonly ClientHistory[];
  /** The delay learned for each client with enough history, as the schedule applied it. */
  readonly learned: ReadonlyMap<string, LearnedDelay>;
  /** Open invoices left out of the cash as doubtful (disputed, or far past due). */
  readonly doubtful: readonly DoubtfulInvoice[];
  /** Open invoices the user wrote off: in no cash, and not doubtful either. */
  readonly writtenOff: readonly Invoice[];
  /** Tax calendar estimates in the horizon left out because an expenses row already stands for them. */
  readonly taxCovered: readonly CoveredTaxEstimate[];
}

/** Schedules, projects and finds the shortfall windows of one forecast. Pure. */
export function buildForecast(invoices: Invoices, expenses: readonly Expense[], options: ForecastOptions): ForecastReport {
  if (!Number.isInteger(options.days) || options.days < 1) throw new RangeError(`horizon must be at least 1 day, got ${options.days}`);
  const clients = clientHistories(invoices, options);
  const learned = learnedDelays(clients, options.minHistory ?? Infinity);
  const open = openOccurrences(invoices, options);
  const events = scheduleEvents(invoices, expenses, options, learned, open);
  // From here on every balance and gap (the ledger's running balance below too) is proven exact.
  assertForecastSums(options, events);
  const days = projectBalances(events, options.asOf, options.days, options.openingBalance);
  const shortfalls = judgeOpenWindow(findShortfalls(days, options.buffer), days, { invoices, expenses, learned }, options);
  let lowest = days[0]!;
  for (const day of days) if (day.balance < lowest.balance) lowest = day;
  let running = options.openingBalance;
  // Each event takes its balance in place: the events were made above for this ledger alone, and a spread copy of
  // each (`{ ...event, balance }`) came out of V8 in dictionary mode, ~730 bytes an event (134 MB for a large file's
  // 183,000 events) against ~230 for the event itself.
  const ledger = events.map((event): LedgerEvent => {
    running = addMinor(running, event.amount);
    return Object.assign(event, { balance: running });
  });
  return {
    options,
    horizon: { start: options.asOf, end: horizonEnd(options), days: options.days },
    summary: {
      lowestBalance: lowest.balance,
      lowestDate: lowest.date,
      firstShortfall: shortfalls[0]?.start,
      shortfallCount: shortfalls.length,
      closingBalance: days[days.length - 1]!.balance,
    },
    events: ledger,
    days,
    shortfalls,
    clients,
    learned,
    doubtful: doubtfulInvoices(open, options),
    writtenOff: writtenOffInvoices(bookOf(invoices).rows),
    taxCovered: taxCalendarApplies(options) ? taxCalendarOf(everyInvoice(invoices), expenses, options, options.asOf, horizonEnd(options)).covered : [],
  };
}
