/**
 * A calendar day with no time and no zone, as the number of days since 1970-01-01.
 * Cash moves on days, and counting days is then plain subtraction: `due - issued` is the term.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day for a year, month (1–12) and day of month, or undefined when no such day exists (2026-02-30). */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const day = ms / MS_PER_DAY;
  // Date.UTC rolls 2026-02-30 over to March; a round trip tells a real day from an impossible one.
  return partsOf(day).dayOfMonth === dayOfMonth ? day : undefined;
}

export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
}

export function partsOf(day: Day): DayParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
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
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
