/**
 * The p-th percentile (0 ≤ p ≤ 1) of sorted numbers by linear interpolation between closest ranks: rank
 * h = (n − 1)·p, value x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). This is Hyndman & Fan type 7, the default of
 * Excel's PERCENTILE.INC, R and NumPy; the median is p = 0.5 (the mean of the middle two for an even count).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}
