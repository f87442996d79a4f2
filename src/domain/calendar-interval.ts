import type { Day } from './day.js';
import { addCalendarMonths } from './recurrence.js';

/**
 * Time from `start` to `end` in years by the EU APRC rule (2011/90/EU, kept in 2023/2225 Annex III I(c)):
 * whole months counted backwards from `end`, then the leftover days divided by the days (365 or 366)
 * of the year that ends where the leftover stretch ends.
 */
export function euYearsBetween(start: Day, end: Day): number {
  let months = 0;
  while (addCalendarMonths(end, -(months + 1)) >= start) months += 1;
  const cursor = addCalendarMonths(end, -months);
  const yearBack = cursor - addCalendarMonths(cursor, -12);
  return months / 12 + (cursor - start) / yearBack;
}
