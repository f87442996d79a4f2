/** What the tool needs to know about a currency: how many minor units it has and how to print it. */
export interface Currency {
  readonly code: string;
  /** Digits after the decimal point (ISO 4217 minor unit): KRW 0, USD 2. */
  readonly decimals: number;
  /** The sign written before an amount, e.g. ₩ or $. */
  readonly symbol: string;
}

// The currencies freelancers in our first markets invoice in. Others are accepted by code with the
// ISO 4217 default of 2 decimals, printed with their code as the sign.
const KNOWN: Readonly<Record<string, Currency>> = {
  KRW: { code: 'KRW', decimals: 0, symbol: '₩' },
  JPY: { code: 'JPY', decimals: 0, symbol: '¥' },
  USD: { code: 'USD', decimals: 2, symbol: '$' },
  EUR: { code: 'EUR', decimals: 2, symbol: '€' },
  GBP: { code: 'GBP', decimals: 2, symbol: '£' },
  CNY: { code: 'CNY', decimals: 2, symbol: 'CN¥' },
  AUD: { code: 'AUD', decimals: 2, symbol: 'A$' },
  CAD: { code: 'CAD', decimals: 2, symbol: 'CA$' },
  CHF: { code: 'CHF', decimals: 2, symbol: 'CHF ' },
  VND: { code: 'VND', decimals: 0, symbol: '₫' },
};

/** The currency for an ISO 4217 code, or undefined when the text is not a three-letter code. */
export function currencyOf(code: string): Currency | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return undefined;
  return KNOWN[upper] ?? { code: upper, decimals: 2, symbol: `${upper} ` };
}

/** Signs and words that may stand next to an amount, and the currency each one means. */
export const CURRENCY_MARKS: ReadonlyArray<readonly [mark: string, code: string]> = [
  ['₩', 'KRW'], ['￦', 'KRW'], ['원', 'KRW'],
  ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['円', 'JPY'],
];
