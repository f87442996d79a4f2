import type { Currency } from './currency.js';
import type { Day } from './day.js';
import { daysFromCivil, partsOf } from './day.js';
import type { Minor } from './money.js';
import { minor } from './money.js';
import type { Ratio } from './ratio.js';
import { mulDiv } from './ratio.js';

/** What the client keeps back from a fee and what reaches the account. */
export interface Withholding {
  readonly withheld: Minor;
  readonly received: Minor;
}

/**
 * Tax withheld from `base` at `rate` (3.3 % for Korean 사업소득), and the cash received from `gross`.
 * In KRW the rate is national income tax plus local income tax of a tenth of it (3 % + 0.3 %), and each part is
 * truncated to 10 won, as in Korean payroll practice: 1,234,567 → 37,030 + 3,700 withheld → 1,193,837 received.
 * Other currencies withhold rate × base, rounded half up to the minor unit.
 */
export function withhold(gross: Minor, base: Minor, rate: Ratio, currency: Currency): Withholding {
  if (rate.num === 0n) return { withheld: minor(0), received: gross };
  let withheld: bigint;
  if (currency.code === 'KRW') {
    const national = mulDiv(BigInt(base), rate.num * 10n, rate.den * 11n, 'floor10');
    const local = mulDiv(national, 1n, 10n, 'floor10');
    withheld = national + local;
  } else {
    withheld = mulDiv(BigInt(base), rate.num, rate.den, 'round');
  }
  return { withheld: minor(Number(withheld)), received: minor(gross - Number(withheld)) };
}

/** The VAT inside a gross amount that includes 10 % VAT: gross × 10/110, rounded half up to the minor unit. */
export function vatIncluded(gross: Minor): Minor {
  return minor(Number(mulDiv(BigInt(gross), 10n, 110n, 'round')));
}

/**
 * When the VAT on a supply made on `issued` is paid: the half-year's final return is due on 25 July
 * (January–June supplies) and on 25 January of the next year (July–December supplies), 부가가치세법 제49조.
 */
export function vatDeadline(issued: Day): Day {
  const { year, month } = partsOf(issued);
  return month <= 6 ? daysFromCivil(year, 7, 25) : daysFromCivil(year + 1, 1, 25);
}

/**
 * The first day of the half-year whose deadline is the first on or after `day`: 1 July of last year up to
 * 25 January, 1 January up to 25 July, 1 July after it.
 */
export function vatPeriodStart(day: Day): Day {
  const { year } = partsOf(day);
  if (day <= daysFromCivil(year, 1, 25)) return daysFromCivil(year - 1, 7, 1);
  if (day <= daysFromCivil(year, 7, 25)) return daysFromCivil(year, 1, 1);
  return daysFromCivil(year, 7, 1);
}

/** The VAT half-year a deadline settles: 25 July the first of its year, 25 January the second of the year before. */
export function vatPeriodOf(deadline: Day): { readonly year: number; readonly half: 1 | 2 } {
  const { year, month } = partsOf(deadline);
  return month === 7 ? { year, half: 1 } : { year: year - 1, half: 2 };
}

/** "2026 H2": the VAT period a deadline settles. */
export function vatPeriodName(deadline: Day): string {
  const { year, half } = vatPeriodOf(deadline);
  return `${year} H${half}`;
}
