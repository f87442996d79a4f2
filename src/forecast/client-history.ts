import type { Invoices } from '../domain/invoice-book.js';
import { bookOf, NO_DAY } from '../domain/invoice-book.js';
import { expectedCashDay } from './expected-cash-day.js';
import type { ForecastOptions } from './options.js';
import { percentile } from './percentile.js';

/** Median, 80th percentile and maximum of a list of day counts (percentile method: see percentile.ts). */
export interface Spread {
  readonly median: number;
  readonly p80: number;
  readonly max: number;
}

/** How a client has paid: learned from the paid invoices of the invoices file. */
export interface ClientHistory {
  readonly client: string;
  readonly paidCount: number;
  /** paid − issued, in days, sorted: the sample the simulation draws from. */
  readonly daysToPay: readonly number[];
  readonly daysToPaySpread: Spread | undefined;
  /** paid − due, in days, for paid invoices that had a due date. */
  readonly latenessSpread: Spread | undefined;
  readonly open: number;
  /** Open invoices whose expected day (by the forecast rule) had passed at as-of. */
  readonly overdue: number;
}

function spread(sorted: readonly number[]): Spread | undefined {
  if (sorted.length === 0) return undefined;
  return { median: percentile(sorted, 0.5), p80: percentile(sorted, 0.8), max: sorted[sorted.length - 1]! };
}

/** One client's history as it is gathered, in one pass over the invoices. */
interface Gathered {
  readonly daysToPay: number[];
  readonly lateness: number[];
  open: number;
  overdue: number;
}

/** Every client's payment history, in order of first appearance in the file. */
export function clientHistories(invoices: Invoices, options: Pick<ForecastOptions, 'asOf' | 'delayDays' | 'overdueGraceDays'>): ClientHistory[] {
  // One pass, each invoice counted into its client's figures as it comes: a bookkeeper's file holds a million
  // invoices, and a list of them per client was a million pushes only to be walked again.
  const byClient = new Map<string, Gathered>();
  const book = bookOf(invoices);
  if (book.columns !== undefined) {
    // The file's clients first, in its order (its paid rows are not in `rows`), then the paid rows from the columns.
    const { clients, client, issued, due, paid, count } = book.columns.of;
    const gathered = clients.map((name): Gathered => {
      const entry = { daysToPay: [], lateness: [], open: 0, overdue: 0 };
      byClient.set(name, entry);
      return entry;
    });
    for (let row = 0; row < count; row += 1) {
      const paidDay = paid[row]!;
      if (paidDay === NO_DAY) continue;
      const entry = gathered[client[row]!]!;
      entry.daysToPay.push(paidDay - issued[row]!);
      if (due[row] !== NO_DAY) entry.lateness.push(paidDay - due[row]!);
    }
  }
  for (const invoice of book.rows) {
    let gathered = byClient.get(invoice.client);
    if (gathered === undefined) {
      gathered = { daysToPay: [], lateness: [], open: 0, overdue: 0 };
      byClient.set(invoice.client, gathered);
    }
    if (invoice.paid !== undefined) {
      gathered.daysToPay.push(invoice.paid - invoice.issued);
      if (invoice.due !== undefined) gathered.lateness.push(invoice.paid - invoice.due);
    } else if (invoice.repeat === 'none') {
      gathered.open += 1;
      if (expectedCashDay(invoice.issued, invoice.due, options).overdue) gathered.overdue += 1;
    }
  }
  return [...byClient].map(([client, gathered]) => {
    const { open, overdue } = gathered;
    const daysToPay = sortedNumbers(gathered.daysToPay);
    const lateness = sortedNumbers(gathered.lateness);
    return {
      client,
      paidCount: daysToPay.length,
      daysToPay,
      daysToPaySpread: spread(daysToPay),
      latenessSpread: spread(lateness),
      open,
      overdue,
    };
  });
}

/**
 * The day counts in ascending order, as `list.sort((a, b) => a - b)` puts them, without a call back into JavaScript
 * per comparison (a million paid invoices took ~180 ms that way): counted per value when they span no more than a
 * few times their number (a client's delays fall within months), else a typed array's own numeric sort.
 */
export function sortedNumbers(list: readonly number[]): number[] {
  const numbers: number[] = new Array(list.length);
  if (list.length === 0) return numbers;
  let low = list[0]!;
  let high = low;
  for (const value of list) {
    if (value < low) low = value;
    else if (value > high) high = value;
  }
  if (high - low <= 4 * list.length + 64) {
    const counts = new Int32Array(high - low + 1);
    for (const value of list) counts[value - low] = counts[value - low]! + 1;
    let at = 0;
    for (let value = 0; value < counts.length; value += 1) for (let left = counts[value]!; left > 0; left -= 1) numbers[at++] = value + low;
    return numbers;
  }
  // Differences of two calendar days (years of four digits) are well inside 32 bits.
  const sorted = Int32Array.from(list).sort();
  for (let index = 0; index < sorted.length; index += 1) numbers[index] = sorted[index]!;
  return numbers;
}

/** The learned delay the forecast applies to a client: a whole number of days, the median rounded up. */
export interface LearnedDelay {
  readonly medianDays: number;
  readonly paidCount: number;
}

/** Clients with at least `minHistory` paid invoices, and the delay their history gives. */
export function learnedDelays(histories: readonly ClientHistory[], minHistory: number): Map<string, LearnedDelay> {
  const learned = new Map<string, LearnedDelay>();
  for (const history of histories) {
    if (history.paidCount >= minHistory && history.daysToPaySpread !== undefined) {
      learned.set(history.client, { medianDays: Math.ceil(history.daysToPaySpread.median), paidCount: history.paidCount });
    }
  }
  return learned;
}
