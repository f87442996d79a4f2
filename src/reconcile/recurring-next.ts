import type { Day } from '../domain/day.js';
import { addDays, partsOf } from '../domain/day.js';
import { expand, occurrence } from '../domain/recurrence.js';
import type { PeriodFit } from './recurring-period.js';

/**
 * The rule's next occurrence on or after `asOf`, and the day an expenses row must start from to give it: the same day,
 * except when that month clamps the rule (the 31st falls on April 30), since cashflow counts every occurrence from the
 * row's start and a row starting on April 30 would pay on the 30th ever after. Then the start is the last occurrence on
 * the rule's own day before it (March 31) — a past day, whose occurrences before as-of the forecast skips.
 * @example nextOccurrence(fitOf(monthly on the 31st), d('2027-04-02')) // { date: 2027-04-30, start: 2027-03-31 }
 */
export function nextOccurrence(fit: PeriodFit, asOf: Day): { date: Day; start: Day } {
  const { repeat, longest } = fit.period;
  const rule = { start: fit.anchor, repeat, until: undefined };
  // One period past as-of (or past the anchor, for an as-of before the statement) always holds an occurrence.
  const next = expand(rule, { from: asOf, to: addDays(asOf > fit.anchor ? asOf : fit.anchor, longest) })[0]!;
  if (fit.dayOfMonth === undefined) return { date: next.day, start: next.day };
  let index = next.index;
  let start = next.day;
  // The anchor is on the rule's own day, so the walk ends at index 0 at the latest.
  while (partsOf(start).dayOfMonth !== fit.dayOfMonth && index > 0) {
    index -= 1;
    start = occurrence(fit.anchor, repeat, index);
  }
  return { date: next.day, start };
}
