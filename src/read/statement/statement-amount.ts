import type { Currency } from '../../domain/currency.js';
import type { AmountParse, DecimalStyle, Minor } from '../../domain/money.js';
import { minor, parseAmount } from '../../domain/money.js';

/**
 * An amount cell as banks write it, signed: what parseAmount reads, and also `\1,500,000` (CP949 Excel shows ₩ as a
 * backslash), `+1,000`, and decimals that are all zeros past the currency's (`1500000.00` for KRW, from a sheet
 * whose cells are formatted with two decimals).
 */
export function parseStatementAmount(text: string, currency: Currency, style: DecimalStyle): AmountParse {
  const plain = style === 'point' ? plainAmount(text, currency.decimals) : undefined;
  if (plain !== undefined) return { ok: true, minor: plain };
  let value = text.normalize('NFKC').trim().replace(/^\\/, '₩').replace(/^\+/, '');
  const point = style === 'point' ? '.' : ',';
  // Only a value's one decimal mark: `1.000.0` is no amount, and stays one for parseAmount to say so.
  const cut = value.lastIndexOf(point);
  const fraction = /^(\d+)(\D*)$/.exec(value.slice(cut + 1));
  if (
    cut > 0 &&
    value.indexOf(point) === cut &&
    fraction !== null &&
    fraction[1]!.length > currency.decimals &&
    /^0+$/.test(fraction[1]!.slice(currency.decimals))
  ) {
    const kept = fraction[1]!.slice(0, currency.decimals);
    value = value.slice(0, cut) + (kept === '' ? '' : point + kept) + fraction[2];
  }
  return parseAmount(value, currency, style);
}

// Most cells of a statement are plain (`-25,000`, `1500000`, `12.34`): read without the normalising and the
// currency marks parseAmount looks for, to the same value (test/unit/statement-columns.test.ts holds both).
const PLAIN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

function plainAmount(text: string, decimals: number): Minor | undefined {
  const match = PLAIN.exec(text);
  if (match === null) return undefined;
  let fraction = match[3] ?? '';
  if (fraction.length > decimals) {
    if (!/^0+$/.test(fraction.slice(decimals))) return undefined;
    fraction = fraction.slice(0, decimals);
  }
  const units = Number(match[2]!.replaceAll(',', '') + fraction.padEnd(decimals, '0'));
  if (!Number.isSafeInteger(units)) return undefined;
  return minor(match[1] === '-' && units !== 0 ? -units : units);
}

/** A balance hidden by the bank (신한 masks it as `**********`): the row then has no balance. */
export function isMasked(text: string): boolean {
  return /^\*+$/.test(text.trim());
}
