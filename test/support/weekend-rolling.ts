import type { Day } from '../../src/domain/day.js';
import { addDays } from '../../src/domain/day.js';

/**
 * The next day on or after `day` that is not a Saturday or Sunday: the tax calendars take business-day rolling
 * as an argument, and the holiday table is another module's, so their tests roll over weekends only.
 * Day 0 (1970-01-01) was a Thursday.
 */
export function weekendsOnly(day: Day): Day {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}
