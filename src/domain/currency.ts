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
export const SYMBOLS: Readonly<Record<string, string>> = {
  KRW: '₩',
  JPY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  CNY: 'CN¥',
  AUD: 'A$',
  CAD: 'CA$',
  VND: '₫',
};

// Node ships the ISO 4217 list and each currency's minor unit with ICU; we ask it rather than keep a table. Only
// ICU's answers for the currencies in SYMBOLS are written down, because the first question to ICU's number formatter
// costs ~30 ms of start-up, a tenth of a whole run (test/unit/icu-free-formatting.test.ts checks each against ICU).
const ICU_MINOR_DIGITS: Readonly<Record<string, number>> = {
  KRW: 0,
  JPY: 0,
  USD: 2,
  EUR: 2,
  GBP: 2,
  CNY: 2,
  AUD: 2,
  CAD: 2,
  VND: 0,
};
let isoCodes: ReadonlySet<string> | undefined;

/** ICU's minor digits for an ISO 4217 code, or undefined when ICU does not know the code. */
export function icuMinorDigits(upper: string): number | undefined {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  if (!isoCodes.has(upper)) return undefined;
  return new Intl.NumberFormat('en', { style: 'currency', currency: upper }).resolvedOptions().maximumFractionDigits ?? 2;
}

// Asking ICU costs tens of microseconds; rows ask for the same few currencies over and over.
const known = new Map<string, Currency>();

/** The currency for an ISO 4217 code (any case), or undefined when the text is not one. */
export function currencyOf(code: string): Currency | undefined {
  const cached = known.get(code);
  if (cached !== undefined) return cached;
  const upper = code.trim().toUpperCase();
  const decimals = ICU_MINOR_DIGITS[upper] ?? icuMinorDigits(upper);
  if (decimals === undefined) return undefined;
  const currency = { code: upper, decimals, symbol: SYMBOLS[upper] ?? `${upper} ` };
  known.set(code, currency);
  return currency;
}

/** Signs and words that may stand next to an amount, and the currency each one means. */
export const CURRENCY_MARKS: ReadonlyArray<readonly [mark: string, code: string]> = [
  ['₩', 'KRW'],
  ['￦', 'KRW'],
  ['원', 'KRW'],
  ['$', 'USD'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['円', 'JPY'],
];
