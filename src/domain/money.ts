import type { Currency } from './currency.js';
import { CURRENCY_MARKS } from './currency.js';
import type { RangeWord } from './range-words.js';
import type { Refusal } from './refusal.js';
import { refusal } from './refusal.js';

declare const minorUnits: unique symbol;

/**
 * An amount of money in integer minor units of one currency (won for KRW, cents for USD).
 * A number at run time (day arrays stay fast) branded for the type checker, so a day count or a rate cannot pass
 * for money: every value is a safe integer, branded where it enters (parseAmount, `minor`) and checked where sums
 * could grow (addMinor, or once for a whole forecast: assertExactSums).
 */
export type Minor = number & { readonly [minorUnits]: true };

/** A whole number of minor units as Minor; the caller vouches that it is a safe integer (no run-time cost). */
export function minor(units: number): Minor {
  return units as Minor;
}

/** The largest amount a Minor holds exactly: 2^53 − 1 minor units. */
export const MAX_MINOR: Minor = minor(Number.MAX_SAFE_INTEGER);

/**
 * A total of the user's amounts that would pass MAX_MINOR, where a double starts rounding. It is the input's problem
 * (a mistyped amount, almost always), so the command line reports it as one, with the message naming the total.
 */
export class AmountRangeError extends RangeError {
  constructor(
    message: string,
    readonly hint: string,
    /** the message and hint by id (src/domain/range-words.ts), for the run's language; `message`/`hint` are their English */
    readonly words?: { readonly message: RangeWord; readonly hint: RangeWord },
  ) {
    super(message);
    this.name = 'AmountRangeError';
  }
}

/** What a checked sum is called in the error when it would pass MAX_MINOR: `the VAT for 2026 H2`. */
export interface TotalName {
  readonly what: string;
  readonly hint: string;
  readonly currency: Currency;
  /** the whole message and hint by id, when the total has them */
  readonly words?: { readonly message: RangeWord; readonly hint: RangeWord };
}

/** `more than cashflow can add exactly (₩9,007,199,254,740,991)`: how every AmountRangeError ends. */
export function beyondExactRange(currency: Currency | undefined): string {
  const limit = currency === undefined ? `${groupThousands(String(MAX_MINOR))} minor units` : formatMoney(MAX_MINOR, currency);
  return `more than cashflow can add exactly (${limit})`;
}

/** The words of a sum that has no name: the message and hint above, by id (src/i18n/messages/amount-range.ts). */
const UNNAMED_SUM: { readonly message: RangeWord; readonly hint: RangeWord } = {
  message: { id: 'sumBeyond', params: [] },
  hint: { id: 'checkAmounts', params: [] },
};

/**
 * Adds two amounts, or throws an AmountRangeError when the sum would pass MAX_MINOR.
 * @example addMinor(vat, next, { what: 'the VAT for 2026 H2', hint: '…', currency: KRW })
 */
export function addMinor(a: Minor, b: Minor, name?: TotalName): Minor {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) {
    throw new AmountRangeError(
      `${name?.what ?? 'a sum of amounts'} is ${beyondExactRange(name?.currency)}`,
      name?.hint ?? 'check the amounts for a mistyped one',
      name === undefined ? UNNAMED_SUM : name.words,
    );
  }
  return sum as Minor;
}

/** The amount with its sign turned: an outflow from a payment, and back. */
export function negMinor(amount: Minor): Minor {
  return -amount as Minor;
}

/** a − b, checked like addMinor. */
export function subMinor(a: Minor, b: Minor, name?: TotalName): Minor {
  return addMinor(a, negMinor(b), name);
}

/** What parseAmount says when it refuses, in English; the Korean of each id is in src/i18n/messages/input-cells.ts. */
export const AMOUNT_WORDS = {
  amountOtherCurrency: (written: string, forecast: string) => `is written in ${written}, but the forecast is in ${forecast}`,
  amountOtherCurrencyHint: (written: string, forecast: string) =>
    `write the amount in ${forecast}, give the row a currency and an exchange rate (--fx ${written}=…), or run with --currency ${written}`,
  amountTwoWays: () => 'could be read two ways in a column that uses a decimal comma',
  amountTwoWaysHint: (thousands: string, plain: string) =>
    `write ${thousands} for thousands or ${plain} without a separator; or, if the column uses decimal points, leave out --decimal-comma`,
  notAnAmount: () => 'is not an amount',
  notAnAmountHint: (example: string) => `write digits with optional thousands separators, e.g. ${example}`,
  amountDecimals: (count: number, code: string, decimals: number) => `has ${count} decimal${count === 1 ? '' : 's'}, but ${code} has ${decimals}`,
  amountDecimalsHint: (decimals: number, example: string) => `round it to ${decimals === 0 ? 'whole units' : `${decimals} decimals`}, e.g. ${example}`,
  amountTooLarge: () => 'is too large',
  amountTooLargeHint: () => 'amounts must stay below 9,007,199,254,740,991 minor units',
};

export type AmountParse = { readonly ok: true; readonly minor: Minor } | Refusal<typeof AMOUNT_WORDS>;

/** Which character separates the decimals: `1,234.56` (point) or `1.234,56` (comma). */
export type DecimalStyle = 'point' | 'comma';

// Digits in groups of three after the first, one separator kind throughout, then optional decimals.
const GROUPED: Record<DecimalStyle, RegExp> = {
  point: /^(\d+|\d{1,3}(?:([, \u00a0\u202f'])\d{3})(?:\2\d{3})*)(?:\.(\d+))?$/,
  comma: /^(\d+|\d{1,3}(?:([. \u00a0\u202f'])\d{3})(?:\2\d{3})*)(?:,(\d+))?$/,
};

/**
 * Reads an amount as people write it in a CSV cell — `1,500,000`, `₩1,500,000`, `1500000원`, `KRW 1,500,000`,
 * `$1,234.56`, `1.234,56 €` and `1 234,56` (comma style), `(1,000)` (accounting negative), full-width
 * `１,５００,０００` — into minor units of `currency`, from the text alone (never via a float).
 * A sign or code of another currency, more decimals than the currency has, or anything else is a problem;
 * so is `1,234` in a comma-style column, which could be read two ways.
 * @example parseAmount('$1,234.56', USD) // { ok: true, minor: 123456 }
 */
export function parseAmount(text: string, currency: Currency, style: DecimalStyle = 'point'): AmountParse {
  let rest = text.normalize('NFKC').trim();
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(rest);
  if (accounting !== null) {
    negative = true;
    rest = accounting[1]!.trim();
  }
  if (rest.startsWith('-')) {
    negative = !negative;
    rest = rest.slice(1).trim();
  }
  const mark = stripCurrencyMark(rest);
  if (mark.code !== undefined && mark.code !== currency.code) {
    const codes: [string, string] = [mark.code, currency.code];
    return refusal(AMOUNT_WORDS, { id: 'amountOtherCurrency', params: codes }, { id: 'amountOtherCurrencyHint', params: codes });
  }
  rest = mark.rest;
  if (rest.startsWith('-')) {
    negative = !negative;
    rest = rest.slice(1).trim();
  }
  if (style === 'comma' && /^\d{1,3},\d{3}$/.test(rest)) {
    return refusal(AMOUNT_WORDS, { id: 'amountTwoWays', params: [] }, { id: 'amountTwoWaysHint', params: [rest.replace(',', '.'), rest.replace(',', '')] });
  }
  // A cell the column's style cannot read, but that has decimals in the other style and can mean nothing else
  // (`1.000,50` in a column of `1,234.56`), is read that way: a mixed-currency column mixes conventions.
  const other: DecimalStyle = style === 'point' ? 'comma' : 'point';
  const match = GROUPED[style].exec(rest) ?? ((m) => (m?.[3] === undefined ? null : m))(GROUPED[other].exec(rest));
  if (match === null) {
    return refusal(AMOUNT_WORDS, { id: 'notAnAmount', params: [] }, { id: 'notAnAmountHint', params: [example(currency, style)] });
  }
  const whole = match[1]!.replace(/\D/g, '');
  const fraction = match[3] ?? '';
  if (fraction.length > currency.decimals) {
    return refusal(
      AMOUNT_WORDS,
      { id: 'amountDecimals', params: [fraction.length, currency.code, currency.decimals] },
      { id: 'amountDecimalsHint', params: [currency.decimals, example(currency, style)] },
    );
  }
  const minorText = whole + fraction.padEnd(currency.decimals, '0');
  const minor = Number(minorText);
  if (!Number.isSafeInteger(minor)) {
    return refusal(AMOUNT_WORDS, { id: 'amountTooLarge', params: [] }, { id: 'amountTooLargeHint', params: [] });
  }
  return { ok: true, minor: negative && minor !== 0 ? negMinor(minor as Minor) : (minor as Minor) };
}

function stripCurrencyMark(text: string): { rest: string; code: string | undefined } {
  const code = /^([A-Za-z]{3})\s*(?=[\d.,])|(?<=[\d.,])\s*([A-Za-z]{3})$/.exec(text);
  if (code !== null) {
    const found = (code[1] ?? code[2])!.toUpperCase();
    return { rest: text.replace(code[0], '').trim(), code: found };
  }
  for (const [mark, markCode] of CURRENCY_MARKS) {
    if (text.startsWith(mark)) return { rest: text.slice(mark.length).trim(), code: markCode };
    if (text.endsWith(mark)) return { rest: text.slice(0, -mark.length).trim(), code: markCode };
  }
  return { rest: text, code: undefined };
}

function example(currency: Currency, style: DecimalStyle = 'point'): string {
  const [thousands, decimal] = style === 'point' ? [',', '.'] : ['.', ','];
  return currency.decimals === 0 ? `1${thousands}500${thousands}000` : `1${thousands}234${decimal}${'5'.repeat(currency.decimals)}`;
}

/**
 * The amount as a JSON number in major units, exact to the minor unit: 123456 cents → 1234.56.
 * Division by a power of ten is correctly rounded in IEEE arithmetic, so the shortest printed form
 * of the result is the decimal we started from.
 */
export function toMajorNumber(minor: Minor, currency: Currency): number {
  return currency.decimals === 0 ? minor : minor / 10 ** currency.decimals;
}

/** Digits with a comma every three from the right: 1234567 → 1,234,567 (without asking ICU, which is slow to load). */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The amount as people read it: `₩1,500,000`, `-$1,234.56`; a bigint for a total past MAX_MINOR in a message. */
export function formatMoney(minor: Minor | bigint, currency: Currency): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(minor)
    .replace('-', '')
    .padStart(currency.decimals + 1, '0');
  const wholeDigits = digits.slice(0, digits.length - currency.decimals);
  const fraction = digits.slice(digits.length - currency.decimals);
  const whole = groupThousands(wholeDigits);
  return `${sign}${currency.symbol}${whole}${currency.decimals > 0 ? `.${fraction}` : ''}`;
}
