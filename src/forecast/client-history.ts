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
  return [...byClient].map(([client, list]) => {
    const paid = list.filter((invoice) => invoice.paid !== undefined);
    const daysToPay = paid.map((invoice) => invoice.paid! - invoice.issued).sort((a, b) => a - b);
    const open = list.filter((invoice) => invoice.paid === undefined && invoice.repeat === 'none');
    return {
      client,
      paidCount: paid.length,
      daysToPay,
      daysToPaySpread: spread(daysToPay),
      latenessSpread: spread(paid.filter((invoice) => invoice.due !== undefined).map((invoice) => invoice.paid! - invoice.due!)),
      open: open.length,
      overdue: open.filter((invoice) => expectedCashDay(invoice.issued, invoice.due, options).overdue).length,
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
