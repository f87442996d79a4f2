import { y2024, y2025, y2026, y2027 } from '@hyunbinseo/holidays-kr/all';
import type { Day } from './day.js';
import { addDays, parseIsoDay, partsOf } from './day.js';

// 국세기본법 제5조①: a deadline on a 공휴일, a Saturday or a Sunday (or 근로자의 날) is the next day that is none of
// them. The public holidays, substitute holidays and one-off ones (an election day) are the official gazette's,
// as @hyunbinseo/holidays-kr publishes them per year: ~1 KB a year in the main bundle, so only the years a
// forecast's deadlines can fall in (a catch-up reaches months back, not years) are taken.
const YEARS = [y2024, y2025, y2026, y2027];

/** The first and last year the holiday table covers; other years roll over weekends only. */
export const HOLIDAY_YEARS = { first: 2024, last: 2027 } as const;

let holidays: ReadonlySet<Day> | undefined;

function holidaySet(): ReadonlySet<Day> {
  // Built on first use: only a KRW book with a dated tax event asks.
  holidays ??= new Set(YEARS.flatMap((year) => Object.keys(year)).map((text) => parseIsoDay(text)!));
  return holidays;
}

/** Whether the gazette table knows the public holidays of `year`. */
export function holidaysKnown(year: number): boolean {
  return year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last;
}

/** 0 for Sunday … 6 for Saturday: day 0, 1970-01-01, was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A Korean business day: not a Saturday, a Sunday or a public holiday of the gazette table. */
export function isKrBusinessDay(day: Day): boolean {
  const dayOfWeek = weekday(day);
  return dayOfWeek !== 0 && dayOfWeek !== 6 && !holidaySet().has(day);
}

/** The Korean business day on or after `day`: where a statutory deadline lands. */
export function krNextBusinessDay(day: Day): Day {
  let next = day;
  while (!isKrBusinessDay(next)) next = addDays(next, 1);
  return next;
}

/** Whether rolling `day` rested on a year the holiday table does not cover (weekends only then). */
export function rollingUnconfirmed(day: Day): boolean {
  return !holidaysKnown(partsOf(day).year);
}
