/**
 * The sets of two to `most` items whose values sum into [low, high] and that `accept` takes, in a fixed order.
 * Items are tried from the smallest value up, and a branch stops as soon as its sum passes `high`: the search is
 * bounded by the sums that can still fit, not by all C(n, k) subsets.
 */
export function* subsetsSummingTo<T>(
  items: readonly T[],
  value: (item: T) => number,
  range: { low: number; high: number },
  most: number,
  accept: (set: readonly T[]) => boolean,
): Generator<T[]> {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  const chosen: T[] = [];
  function* extend(start: number, sum: number): Generator<T[]> {
    if (chosen.length >= 2 && sum >= range.low && accept(chosen)) yield [...chosen];
    if (chosen.length === most) return;
    for (let at = start; at < sorted.length; at += 1) {
      const next = sum + value(sorted[at]!);
      if (next > range.high) return;
      chosen.push(sorted[at]!);
      yield* extend(at + 1, next);
      chosen.pop();
    }
  }
  yield* extend(0, 0);
}
