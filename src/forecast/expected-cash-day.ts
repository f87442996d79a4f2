import type { Day } from '../domain/day.js';
import type { ForecastOptions } from './options.js';

/**
 * When an open invoice's cash is expected: the later of its due date (or issue date when it has none)
 * and issue + delay. A date already past at as-of makes the invoice overdue, expected after the grace period.
 */
export function expectedCashDay(
  issued: Day, due: Day | undefined, options: Pick<ForecastOptions, 'asOf' | 'delayDays' | 'overdueGraceDays'>,
): { date: Day; overdue: boolean } {
  const expected = Math.max(due ?? issued, issued + options.delayDays);
  if (expected < options.asOf) return { date: options.asOf + options.overdueGraceDays, overdue: true };
  return { date: expected, overdue: false };
}
