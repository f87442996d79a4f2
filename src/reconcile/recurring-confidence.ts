import type { PeriodFit } from './recurring-period.js';

/** What a series' confidence is judged on besides its period fit. */
export interface SeriesEvidence {
  readonly fit: PeriodFit;
  /** The largest distance of an amount from the series' median, as a share of it (0.03 = 3 %). */
  readonly spread: number;
  readonly variable: boolean;
  /** Days from the last payment to the statement's end. */
  readonly sinceLast: number;
}

/**
 * How sure the learning is that the series will be paid again as learned, in [0, 1] to two decimals (rounded half
 * up): the product of five scores, each 1 at best —
 * - regularity: 1 − (days off schedule that no weekend explains) / (payments × (tolerance + 1));
 * - coverage: payments / periods from the first to the last (a skipped month lowers it; below 0.75 is no series);
 * - amounts: 1 − 5 × spread for a fixed amount (≥ 0.75 within ±5 %), max(0.25, 0.75 − spread / 2) for a variable one;
 * - count: 1 − 0.5^(payments − 2): 3 payments 0.5, 4 0.75, 6 0.94 — three points are thin evidence;
 * - recency: 1 up to one period after the last payment, falling to 0 at 1.5 periods, where a series counts as stopped.
 */
export function confidenceOf(evidence: SeriesEvidence): number {
  const { fit, spread, variable, sinceLast } = evidence;
  const payments = fit.deviations.length;
  const { tolerance, nominalDays } = fit.period;
  const regularity = 1 - fit.strayDays / (payments * (tolerance + 1));
  const amounts = variable ? Math.max(0.25, 0.75 - spread / 2) : 1 - 5 * spread;
  const count = 1 - 0.5 ** (payments - 2);
  const recency = Math.min(1, Math.max(0, (1.5 * nominalDays - sinceLast) / (0.5 * nominalDays)));
  const score = regularity * fit.coverage * amounts * count * recency;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

/** A series whose last payment is more than 1.5 periods before the statement's end has stopped: it is not recurring. */
export function hasStopped(fit: PeriodFit, sinceLast: number): boolean {
  return sinceLast > 1.5 * fit.period.nominalDays;
}
