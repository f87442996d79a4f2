import { addMonths, addWeeks, addYears } from 'date-fns';
import type { Day } from './day.js';
import { dayFromParts, partsOf } from './day.js';

export const REPEATS = ['none', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Repeat = (typeof REPEATS)[number];

/**
 * Occurrence k of a rule that starts on `start`: start + k periods, always counted from the start so a
 * monthly rule from Jan 31 gives Feb 28 (29), Mar 31, Apr 30 and never drifts to the 28th.
 * date-fns clamps a month-end overflow to the last day of the shorter month, which is what we want.
 */
export function occurrence(start: Day, repeat: Repeat, k: number): Day {
  if (repeat === 'none') return start;
  const { year, month, dayOfMonth } = partsOf(start);
  // A local Date is only a carrier of year/month/day here: date-fns' calendar arithmetic keeps the
  // calendar fields, which we read straight back, so the process time zone cannot shift the result.
  const carrier = new Date(year, month - 1, dayOfMonth);
  const moved = (() => {
    switch (repeat) {
      case 'weekly': return addWeeks(carrier, k);
      case 'biweekly': return addWeeks(carrier, 2 * k);
      case 'monthly': return addMonths(carrier, k);
      case 'quarterly': return addMonths(carrier, 3 * k);
      case 'yearly': return addYears(carrier, k);
    }
  })();
  return dayFromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate())!;
}

/**
 * Every occurrence of the rule that falls in `[from, to]` and on or before `until` (inclusive), in order.
 * A one-off (`none`) is its start day when that day is in range.
 */
export function occurrencesBetween(start: Day, repeat: Repeat, until: Day | undefined, from: Day, to: Day): Day[] {
  const last = until === undefined ? to : Math.min(until, to);
  const days: Day[] = [];
  if (repeat === 'none') {
    if (start >= from && start <= last) days.push(start);
    return days;
  }
  for (let k = 0; ; k += 1) {
    const day = occurrence(start, repeat, k);
    if (day > last) break;
    if (day >= from) days.push(day);
  }
  return days;
}
