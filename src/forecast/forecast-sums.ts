import type { Addends } from '../domain/exact-sums.js';
import { assertExactSums, oneAddend } from '../domain/exact-sums.js';
import type { Minor } from '../domain/money.js';
import type { RangeLabel } from '../domain/range-words.js';
import type { CashEvent, Source } from '../domain/types.js';
import type { ForecastOptions } from './options.js';

type SumOptions = Pick<ForecastOptions, 'openingBalance' | 'buffer' | 'currency'>;

/** `the invoice at invoices.csv:2`: where a hint about an amount sends the user. */
export function rowLabel(kind: 'invoice' | 'expense', source: Source): RangeLabel {
  return { kind: 'row', row: kind, at: `${source.file}:${source.line}` };
}

function eventAddends(events: readonly CashEvent[]): Addends {
  return {
    count: events.length,
    amount: (index) => events[index]!.amount,
    label: (index) => {
      const event = events[index]!;
      return event.kind === 'tax' ? { kind: 'tax', description: event.description, name: event.name } : rowLabel(event.kind, event.source);
    },
  };
}

/**
 * Throws an AmountRangeError unless every balance, daily total and gap the forecast (or anything after it) can form
 * from the opening balance, the buffer and `events` is exact.
 */
export function assertForecastSums(options: SumOptions, events: readonly CashEvent[]): void {
  assertExactSums(
    { kind: 'forecast', events: events.length },
    [oneAddend({ kind: 'opening' }, options.openingBalance), oneAddend({ kind: 'buffer' }, options.buffer), eventAddends(events)],
    options.currency,
  );
}

/**
 * The same for a simulation, whose runs may bring any open invoice into the horizon: `fixed` are the events every
 * run shares (expenses, VAT) and `invoices` the open invoices it draws a day for.
 */
export function assertSimulationSums(
  options: SumOptions,
  fixed: readonly CashEvent[],
  invoices: { readonly count: number; amount(index: number): Minor; source(index: number): Source },
): void {
  assertExactSums(
    { kind: 'simulation', others: fixed.length, invoices: invoices.count },
    [
      oneAddend({ kind: 'opening' }, options.openingBalance),
      oneAddend({ kind: 'buffer' }, options.buffer),
      eventAddends(fixed),
      { count: invoices.count, amount: (index) => invoices.amount(index), label: (index) => rowLabel('invoice', invoices.source(index)) },
    ],
    options.currency,
  );
}
