import type { Currency } from './currency.js';
import type { Minor } from './money.js';
import type { Ratio } from './ratio.js';
import { mulDiv } from './ratio.js';

/**
 * An amount in minor units of `from` in minor units of `to`, at `rate` units of `to` per 1 unit of `from`: units ×
 * rate, moved between the two currencies' minor units, rounded half up once. A bigint, so the caller sees a result
 * that no longer fits a Minor rather than a rounded one.
 * @example convertMinor(250_000, USD, KRW, { num: 13905n, den: 10n }) // 3_476_250n ($2,500.00 → ₩3,476,250)
 */
export function convertMinor(amount: Minor, from: Currency, to: Currency, rate: Ratio): bigint {
  const scale = 10n ** BigInt(Math.abs(to.decimals - from.decimals));
  const up = to.decimals >= from.decimals;
  return mulDiv(BigInt(amount) * (up ? scale : 1n), rate.num, rate.den * (up ? 1n : scale), 'round');
}
