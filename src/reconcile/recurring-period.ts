import type { Day } from '../domain/day.js';
import { day, daysFromCivil, daysInMonth, partsOf } from '../domain/day.js';
import type { Repeat } from '../domain/recurrence.js';
import { clampedDay } from '../domain/recurrence.js';

/** A period a series can have, as cashflow's recurrence names it, with how far a payment may stray from its day. */
export interface Period {
  readonly repeat: Exclude<Repeat, 'none'>;
  /** Whole calendar months per step (monthly 1, quarterly 3, yearly 12); undefined for the periods counted in days. */
  readonly months: number | undefined;
  /** The shortest and longest one step can be, in days. */
  readonly shortest: number;
  readonly longest: number;
  /** Its length for recency (a monthly series is stopped 45 days after its last payment: 1.5 × 30). */
  readonly nominalDays: number;
  /** Days a payment may fall from its scheduled day: a bank pays a weekend's debit up to 3 days late (Sat 25 → Tue 28 after a
   * Monday holiday) or early; a weekly rule gets less, or every shopping trip would pass for one. */
  readonly tolerance: number;
}

export const PERIODS: readonly Period[] = [
  { repeat: 'weekly', months: undefined, shortest: 7, longest: 7, nominalDays: 7, tolerance: 2 },
  { repeat: 'biweekly', months: undefined, shortest: 14, longest: 14, nominalDays: 14, tolerance: 3 },
  { repeat: 'monthly', months: 1, shortest: 28, longest: 31, nominalDays: 30, tolerance: 3 },
  { repeat: 'quarterly', months: 3, shortest: 89, longest: 92, nominalDays: 91, tolerance: 3 },
  { repeat: 'yearly', months: 12, shortest: 365, longest: 366, nominalDays: 365, tolerance: 3 },
];

/** A fraction of the periods between the first and last payment may be missing, not more: 3 of 4 must be paid. */
const LEAST_COVERAGE = 0.75;

/** How a series of days fits a period: the rule it follows and how each day strays from it. */
export interface PeriodFit {
  readonly period: Period;
  /** For periods in months, the rule's day of the month (31: the last day, since cashflow clamps a 31st to the month's end). */
  readonly dayOfMonth: number | undefined;
  /** A scheduled day on the rule's own day of the month (never clamped), from which occurrence(anchor, repeat, k) counts. */
  readonly anchor: Day;
  /** Per day: how many days it is after (+) or before (−) its scheduled day. */
  readonly deviations: readonly number[];
  /** Days that are on schedule, or off it only by a weekend the bank skipped (in the series' one direction). */
  readonly explained: number;
  /** The days the others are off their schedule, summed: what no weekend explains. */
  readonly strayDays: number;
  /** Payments made over the periods from the first to the last: 1 when none was skipped. */
  readonly coverage: number;
}

/**
 * The period that the days (ascending, at least 3) follow, or undefined when none fits: every day within the period's
 * tolerance of its own scheduled day, no two on one, at least 3 of 4 periods paid. Among rules of one period the one
 * that explains the most days wins (`25th` over `26th` when the 26th and 27th paid are a Sunday's and a Saturday's
 * 25th), then the smallest total deviation. Linear in the days for each of at most 14 candidate rules.
 */
export function fitPeriod(days: readonly Day[]): PeriodFit | undefined {
  if (days.length < 3) return undefined;
  let best: PeriodFit | undefined;
  for (const period of plausiblePeriods(days)) {
    const fit = period.months === undefined ? fitDays(days, period) : fitMonths(days, period, period.months);
    if (fit !== undefined && (best === undefined || fit.coverage > best.coverage)) best = fit;
  }
  return best;
}

// A cheap screen so that a daily coffee never reaches a rule search: the closest two days must be a period apart (less
// twice the tolerance), and the days must be enough to cover 3 in 4 of the periods their span holds.
function plausiblePeriods(days: readonly Day[]): Period[] {
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < days.length; i += 1) closest = Math.min(closest, days[i]! - days[i - 1]!);
  const span = days[days.length - 1]! - days[0]!;
  return PERIODS.filter((period) => {
    if (closest < period.shortest - 2 * period.tolerance) return false;
    const fewestSlots = Math.floor((span - 2 * period.tolerance) / period.longest) + 1;
    return days.length >= LEAST_COVERAGE * fewestSlots;
  });
}

interface Candidate {
  readonly anchor: Day;
  readonly dayOfMonth: number | undefined;
  readonly deviations: number[];
  readonly slots: number[];
}

function fitDays(days: readonly Day[], period: Period): PeriodFit | undefined {
  const step = period.shortest;
  let best: PeriodFit | undefined;
  for (let offset = 0; offset < step; offset += 1) {
    const anchor = day(days[0]! - period.tolerance + offset);
    const deviations: number[] = [];
    const slots: number[] = [];
    for (const paid of days) {
      const slot = Math.round((paid - anchor) / step);
      deviations.push(paid - (anchor + slot * step));
      slots.push(slot);
    }
    // Counted from the first payment's scheduled day, so the rule does not start after its own first payment.
    best = better(best, judge(period, days, { anchor: day(anchor + slots[0]! * step), dayOfMonth: undefined, deviations, slots }));
  }
  return best;
}

function fitMonths(days: readonly Day[], period: Period, months: number): PeriodFit | undefined {
  const ownMonths = days.map(monthIndexOf);
  // Slots are looked up to one step before the first payment's month and after the last one's.
  const base = ownMonths[0]! - 2 * months;
  const length = ownMonths[ownMonths.length - 1]! + 2 * months - base;
  let best: PeriodFit | undefined;
  rules: for (const [phase, dayOfMonth] of monthRules(days[0]!, period.tolerance, months)) {
    // The rule's scheduled day per month, computed once (NaN until then). Every month has days 1 to 28; a later day
    // goes through clampedDay, the one month-end clamp, which builds a Date and would be most of the time spent here.
    const scheduled = new Float64Array(length).fill(Number.NaN);
    const slotDay = (monthIndex: number): number => {
      let found = scheduled[monthIndex - base]!;
      if (Number.isNaN(found)) {
        const year = Math.floor(monthIndex / 12);
        const month = (monthIndex % 12) + 1;
        found = dayOfMonth <= 28 ? daysFromCivil(year, month, dayOfMonth) : clampedDay(year, month, dayOfMonth);
        scheduled[monthIndex - base] = found;
      }
      return found;
    };
    const deviations: number[] = [];
    const slots: number[] = [];
    for (let i = 0; i < days.length; i += 1) {
      const paid = days[i]!;
      const nearest = ownMonths[i]! - mod(ownMonths[i]! - phase, months);
      let chosen = nearest;
      for (const monthIndex of [nearest - months, nearest + months]) {
        if (Math.abs(paid - slotDay(monthIndex)) < Math.abs(paid - slotDay(chosen))) chosen = monthIndex;
      }
      const deviation = paid - slotDay(chosen);
      if (Math.abs(deviation) > period.tolerance) continue rules;
      deviations.push(deviation);
      slots.push((chosen - phase) / months);
    }
    const anchor = unclampedAnchor(slots[0]! * months + phase, dayOfMonth, months);
    best = better(best, judge(period, days, { anchor, dayOfMonth, deviations, slots }));
  }
  return best;
}

// The rules worth trying. Every rule that fits has a scheduled day within the tolerance of the first payment, so that
// payment moved by up to the tolerance either way gives them all: a day of the month and a month phase each, and a
// month's last day also stands for every later day of the month (the 30th and 31st clamp to it).
function monthRules(first: Day, tolerance: number, months: number): Array<readonly [phase: number, dayOfMonth: number]> {
  const rules: Array<readonly [phase: number, dayOfMonth: number]> = [];
  for (let shift = -tolerance; shift <= tolerance; shift += 1) {
    const { year, month, dayOfMonth } = partsOf(day(first + shift));
    const phase = mod(year * 12 + month - 1, months);
    // A yearly rule on April 31 has no day to start from: the longest its month gets (February 29) is the end.
    const last = dayOfMonth === daysInMonth(year, month) ? (months === 12 ? daysInMonth(2000, month) : 31) : dayOfMonth;
    for (let rule = dayOfMonth; rule <= last; rule += 1) {
      if (!rules.some(([p, r]) => p === phase && r === rule)) rules.push([phase, rule]);
    }
  }
  return rules;
}

// occurrence() counts from its start, so the start must carry the rule's own day: the last scheduled month long enough,
// on or before the first payment's, so that no occurrence after it is skipped (monthRules offers only days some month of
// the phase has; a February 29 is at most 8 years back).
function unclampedAnchor(monthIndex: number, dayOfMonth: number, months: number): Day {
  let index = monthIndex;
  while (daysInMonth(Math.floor(index / 12), (index % 12) + 1) < dayOfMonth) index -= months;
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, dayOfMonth);
}

function judge(period: Period, days: readonly Day[], candidate: Candidate): PeriodFit | undefined {
  const { deviations, slots } = candidate;
  // A payer's bank keeps one convention, the next business day (most) or the one before: the shifts of one direction
  // explain, the other direction's count as strays.
  let onDay = 0;
  let offDays = 0;
  // Per direction (0 later, 1 earlier): how many payments a weekend moved, and by how many days in all.
  const moved = [0, 0];
  const movedDays = [0, 0];
  for (let i = 0; i < slots.length; i += 1) {
    const deviation = deviations[i]!;
    if (Math.abs(deviation) > period.tolerance || (i > 0 && slots[i] === slots[i - 1])) return undefined;
    offDays += Math.abs(deviation);
    if (deviation === 0) onDay += 1;
    else if (onlyWeekendBetween(days[i]!, deviation)) {
      const direction = deviation > 0 ? 0 : 1;
      moved[direction]! += 1;
      movedDays[direction]! += Math.abs(deviation);
    }
  }
  const convention = moved[0]! >= moved[1]! ? 0 : 1;
  const explained = onDay + moved[convention]!;
  const strayDays = offDays - movedDays[convention]!;
  const coverage = slots.length / (slots[slots.length - 1]! - slots[0]! + 1);
  if (coverage < LEAST_COVERAGE) return undefined;
  return { period, dayOfMonth: candidate.dayOfMonth, anchor: candidate.anchor, deviations, explained, strayDays, coverage };
}

// A payment moved off its day by a bank's business-day rule: every day from the scheduled one up to (not including)
// the paid one is a Saturday or Sunday. Public holidays are not known here; they only lower the score, not the fit.
function onlyWeekendBetween(paid: Day, deviation: number): boolean {
  const direction = Math.sign(deviation);
  for (let step = 1; step <= Math.abs(deviation); step += 1) {
    if (!isWeekend(paid - direction * step)) return false;
  }
  return true;
}

/** 1970-01-01 was a Thursday: day numbers give the weekday by arithmetic (0 Sunday … 6 Saturday). */
function isWeekend(dayNumber: number): boolean {
  const weekday = mod(dayNumber + 4, 7);
  return weekday === 0 || weekday === 6;
}

function better(best: PeriodFit | undefined, fit: PeriodFit | undefined): PeriodFit | undefined {
  if (fit === undefined) return best;
  if (best === undefined) return fit;
  if (fit.explained !== best.explained) return fit.explained > best.explained ? fit : best;
  return totalDeviation(fit) < totalDeviation(best) ? fit : best;
}

function totalDeviation(fit: PeriodFit): number {
  return fit.deviations.reduce((sum, deviation) => sum + Math.abs(deviation), 0);
}

function monthIndexOf(dayNumber: Day): number {
  const { year, month } = partsOf(dayNumber);
  return year * 12 + month - 1;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
