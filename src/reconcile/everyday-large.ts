import type { Currency } from '../domain/currency.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import { twiceMedian } from './recurring-amounts.js';

// What is a large single purchase for a freelancer, in whole units of the currency: about US$ 350–500 everywhere (a
// laptop repair, a flight, a tax payment). Currencies not listed get 500 of their major unit.
const FLOOR_MAJOR: Readonly<Record<string, number>> = { KRW: 500_000, JPY: 50_000, VND: 10_000_000, CNY: 3_000, USD: 500, EUR: 500, GBP: 400 };
const DEFAULT_FLOOR_MAJOR = 500;

/** The currency's floor for a large one-off, in minor units: ₩500,000, $500.00. */
export function largeFloor(currency: Currency): Minor {
  return minor((FLOOR_MAJOR[currency.code] ?? DEFAULT_FLOOR_MAJOR) * 10 ** currency.decimals);
}

/**
 * The smallest outflow that is a large debit: the larger of 3 × the median debit and the floor (settings' or the
 * currency's), so a month of ₩4,000 coffees does not make a ₩15,000 dinner large, and a statement of big invoices paid
 * out does not make rent small. Compare with isLarge, which keeps the median exact.
 */
export function largeThreshold(outflows: readonly number[], floor: Minor): { readonly doubledMedian: number; readonly floor: Minor } {
  return { doubledMedian: outflows.length === 0 ? 0 : twiceMedian(Float64Array.from(outflows).sort()), floor };
}

/** Whether an outflow is at least the threshold: ≥ 3 × median (2 × outflow ≥ 3 × twice the median) and ≥ the floor. */
export function isLarge(outflow: number, threshold: ReturnType<typeof largeThreshold>): boolean {
  return outflow >= threshold.floor && 2 * outflow >= 3 * threshold.doubledMedian;
}
