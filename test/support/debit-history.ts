import type { Day } from '../../src/domain/day.js';
import { formatDay, parseIsoDay } from '../../src/domain/day.js';
import type { Minor } from '../../src/domain/money.js';
import type { BankTransaction } from '../../src/domain/statement.js';

/** A statement row as a test writes it: an ISO day, a signed amount, who and what; the source is filled in by `rows`. */
export interface RowSpec {
  readonly day: string;
  readonly amount: number;
  readonly counterparty: string;
  readonly memo?: string;
  /** What the test knows the row is: a series' name, 'everyday', 'one-off' or 'income'. */
  readonly kind: string;
}

/** Rows as a statement holds them: oldest first, each at `bank.csv:<line>` (line 2 onwards, after the header). */
export function rows(specs: readonly RowSpec[]): Array<BankTransaction & { readonly kind: string }> {
  return [...specs]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((spec, index) => ({
      day: parseIsoDay(spec.day)!,
      time: undefined,
      amount: spec.amount as Minor,
      balance: undefined,
      counterparty: spec.counterparty,
      memo: spec.memo ?? '',
      source: `bank.csv:${index + 2}`,
      kind: spec.kind,
    }));
}

/** Mulberry32: a seeded generator, so a generated history is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The ISO day of year-month-day, through Date (UTC), independently of the code under test. */
export function iso(year: number, month: number, dayOfMonth: number): string {
  return new Date(Date.UTC(year, month - 1, dayOfMonth)).toISOString().slice(0, 10);
}

/** The first day on or after `text` that is neither a Saturday, a Sunday nor one of `holidays` (ISO days). */
export function businessDayFrom(text: string, holidays: readonly string[] = []): string {
  const date = new Date(`${text}T00:00:00Z`);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6 || holidays.includes(date.toISOString().slice(0, 10))) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return date.toISOString().slice(0, 10);
}

export const isoOf = (day: Day): string => formatDay(day);
