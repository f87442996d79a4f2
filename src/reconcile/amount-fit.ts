import type { Minor } from '../domain/money.js';
import type { Ratio } from '../domain/ratio.js';
import { mulDiv } from '../domain/ratio.js';

/** How far a deposit may be from the cash expected. */
export interface Tolerance {
  /** A bank fee the payer's bank took: the deposit may be short by this much (1,000 won; 15 major units elsewhere). */
  readonly fee: Minor;
  /** For invoices converted from another currency, the rate may have moved either way by this fraction (3 %). */
  readonly fx: Ratio;
}

/**
 * Whether a deposit of `received` pays `expected`: short by at most the fee, never more than expected — unless the
 * amount was converted, when the FX tolerance widens both sides (the low side rounded down, the high side up, so
 * the band is never narrower than the tolerance says).
 */
export function fits(expected: number, converted: boolean, received: number, tolerance: Tolerance): boolean {
  if (!converted) return received <= expected && received >= expected - tolerance.fee;
  const { num, den } = tolerance.fx;
  const big = BigInt(expected);
  const low = Number(mulDiv(big, den - num, den, 'floor')) - tolerance.fee;
  const high = Number(mulDiv(big, den + num, den, 'ceil'));
  return received >= low && received <= high;
}

/** The expected amounts a deposit could pay at most and at least: a search range over amounts (wider for converted). */
export function expectedRange(received: number, tolerance: Tolerance): { low: number; high: number } {
  const { num, den } = tolerance.fx;
  // expected·(1 − fx) − fee ≤ received ⇒ expected ≤ (received + fee) / (1 − fx); received ≤ expected·(1 + fx) ⇒ expected ≥ received / (1 + fx).
  const high = num >= den ? Number.MAX_SAFE_INTEGER : Number(mulDiv(BigInt(received + tolerance.fee), den, den - num, 'ceil'));
  const low = Number(mulDiv(BigInt(received), den, den + num, 'floor'));
  return { low, high };
}
