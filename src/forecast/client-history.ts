import type { Invoice } from '../domain/types.js';
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

function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p80: percentile(sorted, 0.8), max: sorted[sorted.length - 1]! };
}

/** Every client's payment history, in order of first appearance in the file. */
export function clientHistories(invoices: readonly Invoice[], options: Pick<ForecastOptions, 'asOf' | 'delayDays' | 'overdueGraceDays'>): ClientHistory[] {
  const byClient = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (!byClient.has(invoice.client)) byClient.set(invoice.client, []);
    byClient.get(invoice.client)!.push(invoice);
  }
  // One loop per client rather than a chain of filters: a bookkeeper's file holds a million invoices.
  return [...byClient].map(([client, list]) => {
    const daysToPay: number[] = [];
    const lateness: number[] = [];
    let open = 0;
    let overdue = 0;
    for (const invoice of list) {
      if (invoice.paid !== undefined) {
        daysToPay.push(invoice.paid - invoice.issued);
        if (invoice.due !== undefined) lateness.push(invoice.paid - invoice.due);
      } else if (invoice.repeat === 'none') {
        open += 1;
        if (expectedCashDay(invoice.issued, invoice.due, options).overdue) overdue += 1;
      }
    }
    daysToPay.sort((a, b) => a - b);
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
