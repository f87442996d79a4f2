/** A y axis of round steps: from `low` to `high`, both multiples of `step`, with 0 always on it. */
export interface RoundScale {
  readonly low: number;
  readonly high: number;
  readonly step: number;
  /** (high − low) / step: the number of steps, so labels fall on low + k × step. */
  readonly rows: number;
}

function scaleWith(step: number, low: number, high: number): RoundScale {
  const from = Math.floor(low / step) * step;
  const to = Math.max(Math.ceil(high / step) * step, from + step);
  return { low: from, high: to, step, rows: Math.round((to - from) / step) };
}

/**
 * The finest round scale (steps of 1, 2 or 5 × 10^k) that holds `values` and 0 in at most `maxRows` steps, so each
 * label reads like ₩500,000 rather than ₩487,333.
 * @example roundScale([-670000, 6020000], 16) // { low: -1000000, high: 6500000, step: 500000, rows: 15 }
 */
export function roundScale(values: readonly number[], maxRows: number): RoundScale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const rough = (high - low) / maxRows || 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10, 20]) {
    const scale = scaleWith(factor * power, low, high);
    if (scale.rows <= maxRows) return scale;
  }
  return scaleWith(20 * power, low, high);
}
