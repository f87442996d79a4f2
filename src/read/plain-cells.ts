import type { Currency } from '../domain/currency.js';
import type { DecimalStyle, Minor } from '../domain/money.js';

// The plainest forms of a cell, read without zod. A file of a million rows spends most of its reading time in
// zod (about 3 µs a row) although nearly every row is plainly valid; these readers accept only forms whose
// value is beyond doubt and give exactly what the zod cell schemas give for them (test/unit/plain-rows.test.ts
// holds them to each other). For anything else they answer undefined, and zod reads the row and words the
// problem: zod stays the one description of what a valid cell is.

const PLAIN_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** A positive amount of plain digits (`1500000`, `1,500,000`, `1,234.56`) in a point-style column, or undefined. */
export function plainPositiveAmount(text: string, currency: Currency, style: DecimalStyle): Minor | undefined {
  if (style !== 'point') return undefined;
  const match = PLAIN_AMOUNT.exec(text);
  if (match === null) return undefined;
  const fraction = match[1] ?? '';
  if (fraction.length > currency.decimals) return undefined;
  const whole = fraction === '' ? text : text.slice(0, text.length - fraction.length - 1);
  const minor = Number(whole.replaceAll(',', '') + fraction.padEnd(currency.decimals, '0'));
  return Number.isSafeInteger(minor) && minor > 0 ? (minor as Minor) : undefined;
}
