import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import { addMinor } from '../domain/money.js';
import type { Expense, ExpenseEvent, TaxEvent } from '../domain/types.js';
import type { ForecastOptions } from './options.js';
import type { PaidEvent } from './schedule.js';
import { caughtUpEvents } from './schedule.js';
import type { StartingBalance } from './starting-balance.js';

/** A statement row applied in the catch-up: it happened. */
export interface StatementEvent {
  readonly kind: 'statement';
  readonly date: Day;
  readonly amount: Minor;
  readonly file: string;
  readonly counterparty: string;
  readonly memo: string;
  /** `nh.csv:14`, `kb.xls!A7`. */
  readonly source: string;
}

/** One movement between the balance's day and as-of, with the balance just after it. */
export type CaughtUpEvent = (((ExpenseEvent | TaxEvent | PaidEvent) & { readonly assumed: true }) | (StatementEvent & { readonly assumed: false })) & {
  readonly balance: Minor;
};

/** The balance carried from its own day to the start of as-of. */
export interface CatchUp {
  /** The balance at the start of as-of: the forecast's opening balance. */
  readonly opening: Minor;
  /** Statement rows after the balance's day (actual) and what the books schedule on those days (assumed), by date. */
  readonly events: readonly CaughtUpEvent[];
  /**
   * When the horizon opens below the buffer: the first day of the run of days before as-of that all ended below it
   * (the balance's own day included), so the report can say how long the user has been short. Undefined otherwise.
   */
  readonly shortSince: Day | undefined;
}

/**
 * Carries a starting balance to as-of: the later statement rows as they happened, and the expenses, VAT payments and
 * paid invoices the books schedule on the days in between as if they happened. `options.balanceDay` must be the
 * balance's day, so the horizon leaves those days to this. Pure.
 *
 * A book event a later statement row accounts for is that row, not a second movement: an expense (rent in the
 * other account's rows) or a paid invoice (its deposit) is dropped when an unused row of the same direction lies
 * within ACCOUNTED_DAYS of it and differs by at most ACCOUNTED_SHARE of its amount (a fee, a varying bill).
 */
export function catchUp(invoices: Invoices, expenses: readonly Expense[], options: ForecastOptions, start: StartingBalance): CatchUp {
  const actual = start.later.map(
    ({ file, row }): StatementEvent => ({
      kind: 'statement',
      date: row.day,
      amount: row.amount,
      file,
      counterparty: row.counterparty,
      memo: row.memo,
      source: row.source,
    }),
  );
  const booked = withoutAccountedFor(caughtUpEvents(invoices, expenses, options), actual);
  // Stable sort: on one day the bank's rows come first, then the books' events.
  const merged = [...actual.map((event) => ({ ...event, assumed: false as const })), ...booked.map((event) => ({ ...event, assumed: true as const }))].sort(
    (a, b) => a.date - b.date,
  );
  let balance = start.amount;
  const events = merged.map((event): CaughtUpEvent => {
    balance = addMinor(balance, event.amount);
    return { ...event, balance };
  });
  return { opening: balance, events, shortSince: start.dated ? shortSince(start, events, options) : undefined };
}

const ACCOUNTED_DAYS = 3;
const ACCOUNTED_SHARE = 0.05;

/** The book events no statement row accounts for, each row accounting for one event at most (the nearest first). */
function withoutAccountedFor<Event extends { readonly date: Day; readonly amount: Minor }>(booked: readonly Event[], rows: readonly StatementEvent[]): Event[] {
  const used = new Set<StatementEvent>();
  return booked.filter((event) => {
    let best: StatementEvent | undefined;
    for (const row of rows) {
      if (used.has(row) || Math.sign(row.amount) !== Math.sign(event.amount) || Math.abs(row.date - event.date) > ACCOUNTED_DAYS) continue;
      if (Math.abs(row.amount - event.amount) > Math.abs(event.amount) * ACCOUNTED_SHARE) continue;
      if (best === undefined || Math.abs(row.date - event.date) < Math.abs(best.date - event.date)) best = row;
    }
    if (best === undefined) return true;
    used.add(best);
    return false;
  });
}

function shortSince(start: StartingBalance, events: readonly CaughtUpEvent[], options: ForecastOptions): Day | undefined {
  const endOfDay = new Map<Day, Minor>([[start.day, start.amount]]);
  for (const event of events) endOfDay.set(event.date, event.balance);
  let since: Day | undefined;
  let balance = start.amount;
  for (let day = start.day; day < options.asOf; day = addDays(day, 1)) {
    balance = endOfDay.get(day) ?? balance;
    if (balance >= options.buffer) since = undefined;
    else since ??= day;
  }
  return since;
}
