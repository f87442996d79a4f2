import type { Day } from './day.js';
import { addDays, daysFromCivil, daysInMonth, partsOf } from './day.js';

export const REPEATS = ['none', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** A dated rule: once on `start`, or every period from `start` up to and including `until`. */
export interface Recurrence {
  readonly start: Day;
  readonly repeat: Repeat;
  readonly until: Day | undefined;
}

/** An inclusive range of days. */
export interface Span {
  readonly from: Day;
  readonly to: Day;
}

/** One occurrence of a rule: its day and which one it is (0 is the start), so every event can say where it came from. */
export interface Occurrence {
  readonly day: Day;
  readonly index: number;
}

/**
 * The same day of the month `months` later (earlier when negative), clamped to the month's last day: the one
 * month-end clamp that recurrences, loan terms and billing cycles all go through (date-fns' addMonths rule, which
 * test/unit/calendar-months.test.ts holds it to). Counted in whole months as integers, like day.ts counts days:
 * pricing a catalogue moves tens of thousands of days by months, and a Date each time cost ~15 ms of a 90 ms run.
 * No 1900–2999 bounds, so a rule stepping past 2999 still gets a later day and its loop ends.
 */
export function addCalendarMonths(day: Day, months: number): Day {
  const { year, month, dayOfMonth } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return daysFromCivil(toYear, toMonth, Math.min(dayOfMonth, daysInMonth(toYear, toMonth)));
}

/** Day `dayOfMonth` of a month, or the month's last day when it is shorter (a due day of 31 in April is the 30th). */
export function clampedDay(year: number, month: number, dayOfMonth: number): Day {
  return daysFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

const MONTHS: Partial<Record<Repeat, number>> = { monthly: 1, quarterly: 3, yearly: 12 };
const DAYS: Partial<Record<Repeat, number>> = { weekly: 7, biweekly: 14 };

/**
 * Occurrence k of a rule that starts on `start`: start + k periods, always counted from the start so a
 * monthly rule from Jan 31 gives Feb 28 (29), Mar 31, Apr 30 and never drifts to the 28th.
 * Strictly increasing in k for every repeat but `none`, at any year: loops over it always end.
 */
export function occurrence(start: Day, repeat: Repeat, k: number): Day {
  const days = DAYS[repeat];
  if (days !== undefined) return addDays(start, days * k);
  const months = MONTHS[repeat];
  return months === undefined ? start : addCalendarMonths(start, months * k);
}

/**
 * Every occurrence of `rule` that falls in `span` (inclusive), in order: the one expansion of recurring invoices,
 * expenses and tax reserves. A one-off is its start day when that day is in the span.
 * @example expand({ start: d('2026-10-31'), repeat: 'monthly', until: undefined }, { from: d('2026-12-01'), to: d('2027-01-31') })
 *   // [{ day: 2026-12-31, index: 2 }, { day: 2027-01-31, index: 3 }]
 */
export function expand(rule: Recurrence, span: Span): Occurrence[] {
  const last = rule.until === undefined ? span.to : Math.min(rule.until, span.to);
  const found: Occurrence[] = [];
  if (rule.repeat === 'none') {
    if (rule.start >= span.from && rule.start <= last) found.push({ day: rule.start, index: 0 });
    return found;
  }
  // Jump close to the span instead of walking every period from a start years back; then step.
  // A period is at most 7, 14 or 31 days a month long, so occurrence k below lands before the span.
  const longest = DAYS[rule.repeat] ?? 31 * MONTHS[rule.repeat]!;
  let k = Math.max(0, Math.floor((span.from - rule.start) / longest) - 1);
  for (let day = occurrence(rule.start, rule.repeat, k); day <= last; k += 1, day = occurrence(rule.start, rule.repeat, k)) {
    if (day >= span.from) found.push({ day, index: k });
  }
  return found;
}
