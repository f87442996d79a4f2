/** What the tool needs to know about a currency: how many minor units it has and how to print it. */
export interface Currency {
  readonly code: string;
  /** Digits after the decimal point (ISO 4217 minor unit): KRW 0, USD 2. */
  readonly decimals: number;
  /** The sign written before an amount, e.g. ₩ or $. */
  readonly symbol: string;
}

// Signs for the currencies freelancers in our first markets invoice in; any other ISO 4217 code
// is printed with the code itself as its sign.
const SYMBOLS: Readonly<Record<string, string>> = {
  KRW: '₩', JPY: '¥', USD: '$', EUR: '€', GBP: '£', CNY: 'CN¥', AUD: 'A$', CAD: 'CA$', VND: '₫',
};

// Node ships the ISO 4217 list and each currency's minor unit with ICU; we ask it rather than keep a table.
const ISO_CODES = new Set(Intl.supportedValuesOf('currency'));

// Asking ICU costs tens of microseconds; rows ask for the same few currencies over and over.
const known = new Map<string, Currency>();

/** The currency for an ISO 4217 code (any case), or undefined when the text is not one. */
export function currencyOf(code: string): Currency | undefined {
  const cached = known.get(code);
  if (cached !== undefined) return cached;
  const upper = code.trim().toUpperCase();
  if (!ISO_CODES.has(upper)) return undefined;
  const decimals = new Intl.NumberFormat('en', { style: 'currency', currency: upper }).resolvedOptions().maximumFractionDigits ?? 2;
  const currency = { code: upper, decimals, symbol: SYMBOLS[upper] ?? `${upper} ` };
  known.set(code, currency);
  return currency;
}

/** Signs and words that may stand next to an amount, and the currency each one means. */
export const CURRENCY_MARKS: ReadonlyArray<readonly [mark: string, code: string]> = [
  ['₩', 'KRW'], ['￦', 'KRW'], ['원', 'KRW'],
  ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['円', 'JPY'],
];
