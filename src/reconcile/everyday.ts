import type { Day } from '../domain/day.js';
import { daysFromCivil, daysInMonth, partsOf } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { addMinor, minor } from '../domain/money.js';
import type { BankTransaction } from '../domain/statement.js';
import { isLarge, largeFloor, largeThreshold } from './everyday-large.js';
import { twiceMedian } from './recurring-amounts.js';
import type { LearnSettings } from './recurring-settings.js';
import { coveredSpan } from './recurring-settings.js';

/** A typical month's spending outside the recurring expenses, and the months it is the median of (`2026-11`). */
export interface EverydaySpending {
  readonly perMonth: Minor;
  readonly months: readonly string[];
}

/** The debits that are neither part of a series nor large: everyday spending; and the large ones: one-offs. */
export interface SortedDebits {
  readonly everyday: readonly BankTransaction[];
  readonly oneOffs: readonly BankTransaction[];
}

/**
 * Splits the debits (amount < 0; credits are ignored, refunds included) that no series paid into everyday spending and
 * large one-offs (everyday-large). A series is known by its rows' sources, so pass stopped series too: a subscription
 * cancelled in June is not everyday spending in the months before.
 */
export function sortDebits(
  transactions: readonly BankTransaction[],
  series: readonly { readonly sources: readonly string[] }[],
  settings: LearnSettings,
): SortedDebits {
  const inSeries = new Set(series.flatMap((found) => found.sources));
  const threshold = largeThreshold(
    transactions.filter((row) => row.amount < 0).map((row) => -row.amount),
    settings.largeFloor ?? largeFloor(settings.currency),
  );
  const everyday: BankTransaction[] = [];
  const oneOffs: BankTransaction[] = [];
  for (const row of transactions) {
    if (row.amount >= 0 || inSeries.has(row.source)) continue;
    (isLarge(-row.amount, threshold) ? oneOffs : everyday).push(row);
  }
  return { everyday, oneOffs };
}

/**
 * The median of the everyday debits' monthly totals over the months the statement covers in full (settings from/to,
 * else the first and last row's days): a month it covers in part would pull the median down, so it is left out, and
 * a month covered in full with no everyday debit counts as 0. The median of an even count is rounded half up to the
 * minor unit. No complete month gives 0 and no months: the caller says the statement is too short.
 * @example everydaySpending(rows, [...learned.recurring, ...learned.stopped], settings) // { perMonth: 452000, months: ['2026-01', …] }
 */
export function everydaySpending(
  transactions: readonly BankTransaction[],
  series: readonly { readonly sources: readonly string[] }[],
  settings: LearnSettings,
): EverydaySpending {
  return monthlyMedian(sortDebits(transactions, series, settings).everyday, coveredSpan(transactions, settings));
}

/** everydaySpending for debits already sorted (sortDebits' everyday) over the statement's span. */
export function monthlyMedian(everyday: readonly BankTransaction[], span: { readonly from: Day; readonly to: Day } | undefined): EverydaySpending {
  if (span === undefined) return { perMonth: minor(0), months: [] };
  const totals = new Map<number, Minor>();
  const first = partsOf(span.from);
  const last = partsOf(span.to);
  for (let index = first.year * 12 + first.month - 1; index <= last.year * 12 + last.month - 1; index += 1) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (daysFromCivil(year, month, 1) >= span.from && daysFromCivil(year, month, daysInMonth(year, month)) <= span.to) totals.set(index, minor(0));
  }
  for (const row of everyday) {
    const { year, month } = partsOf(row.day);
    const total = totals.get(year * 12 + month - 1);
    if (total !== undefined) totals.set(year * 12 + month - 1, addMinor(total, minor(-row.amount)));
  }
  if (totals.size === 0) return { perMonth: minor(0), months: [] };
  const doubled = twiceMedian([...totals.values()].sort((a, b) => a - b));
  return {
    perMonth: minor(Math.floor((doubled + 1) / 2)),
    months: [...totals.keys()].map((index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`),
  };
}
