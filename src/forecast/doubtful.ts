import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Invoice, Source } from '../domain/types.js';
import type { ForecastOptions } from './options.js';
import type { OpenOccurrence } from './schedule.js';

/**
 * An open invoice this many days past due is doubtful unless told otherwise. Without a due date it is due by the
 * forecast's default term (issue + --delay), as the forecast itself expects it.
 */
export const DEFAULT_DOUBTFUL_AFTER_DAYS = 90;

/** An open invoice the deterministic forecast does not count on: the client disputes it, or it is far past due. */
export interface DoubtfulInvoice {
  readonly id: string;
  readonly client: string;
  readonly amount: Minor;
  readonly due: Day | undefined;
  /** as-of − due date (issue + delay without one), never below 0: a disputed invoice may not be due yet. */
  readonly daysLate: number;
  readonly reason: 'disputed' | 'late';
  readonly source: Source;
}

/** Why an open occurrence is doubtful, or undefined when the forecast counts on its cash. */
export function doubtfulReason(occurrence: OpenOccurrence, options: DoubtfulOptions): 'disputed' | 'late' | undefined {
  if (occurrence.invoice.status === 'disputed') return 'disputed';
  return daysLate(occurrence, options) >= (options.doubtfulAfterDays ?? DEFAULT_DOUBTFUL_AFTER_DAYS) ? 'late' : undefined;
}

type DoubtfulOptions = Pick<ForecastOptions, 'asOf' | 'delayDays' | 'doubtfulAfterDays'>;

function daysLate(occurrence: OpenOccurrence, options: DoubtfulOptions): number {
  return options.asOf - (occurrence.due ?? occurrence.issued + options.delayDays);
}

/** Of the open occurrences (openOccurrences), those the forecast leaves out as doubtful, in file order. */
export function doubtfulInvoices(occurrences: readonly OpenOccurrence[], options: DoubtfulOptions): DoubtfulInvoice[] {
  const doubtful: DoubtfulInvoice[] = [];
  for (const occurrence of occurrences) {
    const reason = doubtfulReason(occurrence, options);
    if (reason === undefined) continue;
    doubtful.push({
      id: occurrence.id,
      client: occurrence.invoice.client,
      amount: occurrence.invoice.amount,
      due: occurrence.due,
      daysLate: Math.max(0, daysLate(occurrence, options)),
      reason,
      source: occurrence.invoice.source,
    });
  }
  return doubtful;
}

/** Open invoices the user wrote off (status written-off): no cash is expected from them anywhere. */
export function writtenOffInvoices(invoices: readonly Invoice[]): Invoice[] {
  return invoices.filter((invoice) => invoice.paid === undefined && invoice.status === 'written-off');
}
