import type { Day } from '../domain/day.js';
import { formatDay, partsOf } from '../domain/day.js';
import type { Lang } from './lang.js';

/** A day in a table column: `2026-12-01` in every language, so columns align and sort as text. */
export function tableDay(day: Day): string {
  return formatDay(day);
}

/**
 * A day in a sentence. Korean: `12월 25일`, with the year (`2027년 1월 5일`) when it is not the as-of day's year.
 * English keeps the ISO day its messages have always printed.
 */
export function proseDay(day: Day, asOf: Day, lang: Lang): string {
  if (lang === 'en') return formatDay(day);
  const { year, month, dayOfMonth } = partsOf(day);
  const monthDay = `${month}월 ${dayOfMonth}일`;
  return year === partsOf(asOf).year ? monthDay : `${year}년 ${monthDay}`;
}
