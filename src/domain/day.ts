/**
 * A calendar day with no time and no zone, as the number of days since 1970-01-01.
 * Cash moves on days, and counting days is then plain subtraction: `due - issued` is the term.
 */
export type Day = number & { readonly [dayNumber]: true };

declare const dayNumber: unique symbol;

/** A day number as Day (no run-time cost): for arithmetic the type checker cannot follow, e.g. `start + index`. */
export function day(number: number): Day {
  return number as Day;
}

/** The day `days` later (earlier when negative). */
export function addDays(from: Day, days: number): Day {
  return (from + days) as Day;
}

const MS_PER_DAY = 86_400_000;

/** The day for a year, month (1–12) and day of month, or undefined when no such day exists (2026-02-30). */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  if (dayOfMonth > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, dayOfMonth);
}

/** 28–31: the days of `month` (1–12) in `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

// Days are counted with Howard Hinnant's civil-calendar algorithms (proleptic Gregorian, exact integer arithmetic)
// rather than through Date: a file of a million rows reads and prints a few million dates, and a Date costs an
// allocation and a trip through the runtime each time. test/unit/amounts-and-dates.test.ts holds them to Date.
const DAYS_0000_TO_1970 = 719_468; // 0000-03-01 to 1970-01-01
const DAYS_PER_ERA = 146_097; // 400 Gregorian years

/**
 * The day number of a valid calendar date, without dayFromParts' 1900–2999 bounds (those are for what users
 * type): recurrence arithmetic may step past 2999 and must still get a later day, so every loop ends.
 */
export function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * DAYS_PER_ERA + dayOfEra - DAYS_0000_TO_1970) as Day;
}

export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
}

export function partsOf(day: Day): DayParts {
  // Years 0000–9999 by arithmetic; anything else (never a day this tool makes) the way Date sees it.
  if (!Number.isSafeInteger(day) || day < -DAYS_0000_TO_1970 || day > 2_932_896) {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
  }
  const z = day + DAYS_0000_TO_1970;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months counted from March
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD`; undefined for any other text or an impossible day. */
export function parseIsoDay(text: string): Day | undefined {
  const match = ISO.exec(text.trim());
  if (match === null) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  const { year, month, dayOfMonth } = partsOf(day);
  if (year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}
