import type { Minor } from '../domain/money.js';

/**
 * Twice the median of amounts sorted ascending: the median of an even count is half a minor unit at worst, so doubling
 * keeps it an exact integer and no rounding has to be chosen for a value that is only compared against.
 * @example twiceMedian([10, 20, 40, 50]) // 60 (the median is 30)
 */
export function twiceMedian(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) throw new RangeError('median of no amounts');
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? 2 * sorted[middle]! : sorted[middle - 1]! + sorted[middle]!;
}

/**
 * The amounts sorted ascending, for twiceMedian: a typed array sorts numbers natively, several times faster than an
 * array with a comparator, and holds every safe integer exactly.
 */
export function sortedAmounts<T>(items: readonly T[], amountOf: (item: T) => number): Float64Array {
  const amounts = new Float64Array(items.length);
  for (let i = 0; i < items.length; i += 1) amounts[i] = amountOf(items[i]!);
  return amounts.sort();
}

/** Whether `amount` is within `percent` % of the median whose double is `doubled`, exactly (bigint: no product rounds). */
export function withinPercentOfMedian(amount: number, doubled: number, percent: number): boolean {
  const gap = BigInt(2 * amount - doubled);
  return (gap < 0n ? -gap : gap) * 100n <= BigInt(percent) * BigInt(doubled);
}

/** The largest distance of an amount from the median, as a share of the median (0.04 = 4 %): a score, not money. */
export function relativeSpread(amounts: readonly number[], doubled: number): number {
  let widest = 0;
  for (const amount of amounts) widest = Math.max(widest, Math.abs(2 * amount - doubled));
  return widest / doubled;
}

/** The middle of the last three amounts (the newest price, unless one of them is an outlier): one of them, so no rounding. */
export function middleOfLastThree(amounts: readonly Minor[]): Minor {
  const lastThree = amounts.slice(-3).sort((a, b) => a - b);
  return lastThree[lastThree.length >> 1]!;
}

/**
 * Items split where the next amount, in ascending order, is more than 5 % above the one before: a payee's separate
 * series (KT's phone bill and its internet bill) fall apart, a phone bill varying by ±3 % stays whole.
 */
export function amountClusters<T extends { readonly outflow: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.outflow - b.outflow);
  const clusters: T[][] = [];
  let current: T[] = [];
  for (const item of sorted) {
    const previous = current[current.length - 1];
    if (previous !== undefined && item.outflow * 100 > previous.outflow * 105) {
      clusters.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}
