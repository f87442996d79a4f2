import type { Day } from '../domain/day.js';
import { addDays, day } from '../domain/day.js';
import type { ForecastOptions } from './options.js';

/**
 * When an open invoice's cash is expected: the later of its due date (or issue date when it has none),
 * issue + delay and, for a client with enough history, issue + the client's median days-to-pay. A date already past at as-of makes the invoice overdue, expected after the grace period.
 */
export function expectedCashDay(
  issued: Day,
  due: Day | undefined,
  options: Pick<ForecastOptions, 'asOf' | 'delayDays' | 'overdueGraceDays'>,
  learnedDays?: number,
): { date: Day; overdue: boolean } {
  // A client's own history can only make the expected day later than the rule, never earlier.
  const expected = Math.max(due ?? issued, issued + options.delayDays, learnedDays === undefined ? -Infinity : issued + learnedDays);
  if (expected < options.asOf) return { date: addDays(options.asOf, options.overdueGraceDays), overdue: true };
  return { date: day(expected), overdue: false };
}
