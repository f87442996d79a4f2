import type { RateParse, RateRules } from './decimal-rate.js';
import { parseDecimalRate } from './decimal-rate.js';

export type { RateParse } from './decimal-rate.js';

const WITHHOLDING: RateRules = {
  percent: 'sign-or-from-one',
  zero: true,
  thousands: false,
  max: { rate: { num: 1n, den: 2n }, problem: { id: 'withholdingAbove', params: [] }, hint: { id: 'withholdingAboveHint', params: [] } },
  hint: { id: 'withholdingHint', params: [] },
};

/**
 * A withholding rate as people write it, exactly: "3.3 %" and "3.3" are percentages, "0.033" a fraction
 * (a number below 1 without a % sign is read as a fraction). At most 50 %.
 */
export function parseRate(text: string): RateParse {
  return parseDecimalRate(text, WITHHOLDING);
}

const EXCHANGE: RateRules = {
  percent: 'none',
  zero: false,
  thousands: true,
  hint: { id: 'exchangeRateHint', params: [] },
};

/**
 * An exchange rate, exactly: units of the forecast currency per 1 unit of another, above zero. "1390.5" and
 * "1,390.50" (a spreadsheet's export) are read; a decimal comma is refused, never read as thousands.
 */
export function parseExchangeRate(text: string): RateParse {
  return parseDecimalRate(text, EXCHANGE);
}
