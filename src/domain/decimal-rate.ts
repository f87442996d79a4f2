import type { Ratio } from './ratio.js';
import type { Refusal, WordRef } from './refusal.js';
import { refusal } from './refusal.js';

/** What a rate's parse says when it refuses, in English; the Korean of each id is in src/i18n/messages/input-cells.ts. */
export const RATE_WORDS = {
  rateTwoWays: () => 'could be read two ways',
  rateTwoWaysHint: (plain: string, pointed: string) => `write ${plain} for thousands, or ${pointed} if the comma is a decimal comma`,
  notARate: () => 'is not a rate',
  rateZero: () => 'is zero',
  rateDecimalComma: () => 'uses a decimal comma',
  rateDecimalCommaHint: (pointed: string) => `write it with a decimal point: ${pointed}`,
  rateDigits: (digits: number) => `has more than ${digits} digits`,
  withholdingAbove: () => 'is above 50 %',
  withholdingAboveHint: () => 'Korean freelance withholding is 3.3 %; write 3.3',
  withholdingHint: () => 'write it as 3.3 %, 3.3 or 0.033',
  exchangeRateHint: () => 'write units of the forecast currency per 1 unit with a decimal point, e.g. 1390.5',
  yearlyRateAbove: () => 'is above 1,000 % a year',
  yearlyRateHint: () => 'write the yearly rate in per cent, e.g. 6.5',
};

export type RateWordRef = WordRef<typeof RATE_WORDS>;

export type RateParse = { readonly ok: true; readonly rate: Ratio } | Refusal<typeof RATE_WORDS>;

/** What a kind of rate allows, and how a valid one is written (the hint of most refusals). */
export interface RateRules {
  /** `none`; `sign`: a trailing % divides by 100; `sign-or-from-one`: so does a bare number of at least 1 (3.3 is 3.3 %). */
  readonly percent: 'none' | 'sign' | 'sign-or-from-one';
  readonly zero: boolean;
  /** Commas between groups of three digits: 1,390.5 and 12,345,678 (1,390 alone could be 1.39, and is refused). */
  readonly thousands: boolean;
  /** The largest rate allowed, and what to say above it. */
  readonly max?: { readonly rate: Ratio; readonly problem: RateWordRef; readonly hint: RateWordRef } | undefined;
  readonly hint: RateWordRef;
}

// No rate needs more digits; a longer cell is a mistake, and BigInt of a huge digit string is slow.
const MAX_DIGITS = 30;
const PLAIN = /^(\d+)(?:\.(\d+))?\s*(%?)$/;
const GROUPED = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;
const DECIMAL_COMMA = /^(\d+),(\d+)\s*%?$/;
const NOT_A_RATE: RateWordRef = { id: 'notARate', params: [] };
const ZERO: RateWordRef = { id: 'rateZero', params: [] };

/**
 * A non-negative decimal rate written as text, exactly, as `rules` allow: "1390.5" → 13905/10, "3.3 %" → 33/1000.
 * Never via a float. A decimal comma is refused with the same rate written with a point as the hint, since a rate
 * read with the comma dropped would be off by a power of ten.
 * @example parseDecimalRate('1,390.5', { percent: 'none', zero: false, thousands: true, hint: '…' }) // 13905/10
 */
export function parseDecimalRate(text: string, rules: RateRules): RateParse {
  const value = text.normalize('NFKC').trim();
  const refuse = (problem: RateWordRef, hint = rules.hint): RateParse => refusal(RATE_WORDS, problem, hint);
  const plain = PLAIN.exec(value);
  const grouped = rules.thousands ? GROUPED.exec(value) : null;
  let whole: string;
  let fraction: string;
  let sign = '';
  if (plain !== null) {
    [whole, fraction, sign] = [plain[1]!, plain[2] ?? '', plain[3]!];
  } else if (grouped !== null) {
    if (grouped[2] === undefined && /^\d+,\d{3}$/.test(value)) {
      return refuse({ id: 'rateTwoWays', params: [] }, { id: 'rateTwoWaysHint', params: [value.replace(',', ''), value.replace(',', '.')] });
    }
    [whole, fraction] = [grouped[1]!.replace(/,/g, ''), grouped[2] ?? ''];
  } else {
    const comma = DECIMAL_COMMA.exec(value);
    if (comma === null) return refuse(NOT_A_RATE);
    if (!rules.zero && /^0+$/.test(comma[1]! + comma[2]!)) return refuse(ZERO);
    return refuse({ id: 'rateDecimalComma', params: [] }, { id: 'rateDecimalCommaHint', params: [value.replace(',', '.')] });
  }
  if (sign === '%' && rules.percent === 'none') return refuse(NOT_A_RATE);
  if (whole.length + fraction.length > MAX_DIGITS) return refuse({ id: 'rateDigits', params: [MAX_DIGITS] });
  const num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  if (sign === '%' || (rules.percent === 'sign-or-from-one' && num >= den)) den *= 100n;
  if (num === 0n) return rules.zero ? { ok: true, rate: { num, den: 1n } } : refuse(ZERO);
  const { max } = rules;
  if (max !== undefined && num * max.rate.den > max.rate.num * den) return refuse(max.problem, max.hint);
  return { ok: true, rate: { num, den } };
}
