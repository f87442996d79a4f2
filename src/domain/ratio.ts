/**
 * An exact non-negative fraction, for rates: 0.065 is 65/1000, not the nearest double.
 * Money times a rate is then computed in bigint and rounded once, by a rule the caller names.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export type Rounding = 'none' | 'floor' | 'round' | 'ceil' | 'floor10';

/**
 * The exact fraction a decimal rate was written as: JSON's 0.065 prints back as "0.065", so the
 * shortest decimal form of the double is the user's text, which we read digit by digit.
 * @example ratioOf(0.065) // { num: 65n, den: 1000n }
 */
export function ratioOf(rate: number): Ratio {
  // The optimiser prices the same few catalogue rates thousands of times; the text round trip is the cost.
  const known = ratios.get(rate);
  if (known !== undefined) return known;
  const ratio = exactRatioOf(rate);
  if (ratios.size < 4096) ratios.set(rate, ratio);
  return ratio;
}

const ratios = new Map<number, Ratio>();

function exactRatioOf(rate: number): Ratio {
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`rate must be a finite non-negative number, got ${rate}`);
  const [mantissa, exponentText] = String(rate).toLowerCase().split('e') as [string, string | undefined];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string | undefined];
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText ?? 0);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num, den };
}

/** amount × num ÷ den in integer minor units, rounded as named ('round' is half up, away from zero for ties). */
export function mulDiv(amount: bigint, num: bigint, den: bigint, rounding: Exclude<Rounding, 'none'>): bigint {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  const product = amount * num;
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let quotient: bigint;
  switch (rounding) {
    case 'floor':
      quotient = abs / den;
      break;
    case 'ceil':
      quotient = (abs + den - 1n) / den;
      break;
    case 'round':
      quotient = (2n * abs + den) / (2n * den);
      break;
    // Korean tax and interest practice: cut below 10 won.
    case 'floor10':
      quotient = (abs / den / 10n) * 10n;
      break;
  }
  return negative ? -quotient : quotient;
}

/** A rate applied to an amount for some days of a year of `basis` days, rounded as named: amount × rate × days ÷ basis. */
export function simpleInterest(amount: bigint, rate: Ratio, days: bigint, basis: bigint, rounding: Exclude<Rounding, 'none'>): bigint {
  return mulDiv(amount * days, rate.num, rate.den * basis, rounding);
}
