import type { Currency } from '../../domain/currency.js';
import type { AmountParse, DecimalStyle } from '../../domain/money.js';
import { parseAmount } from '../../domain/money.js';

/**
 * An amount cell as banks write it, signed: what parseAmount reads, and also `\1,500,000` (CP949 Excel shows ₩ as a
 * backslash), `+1,000`, and decimals that are all zeros past the currency's (`1500000.00` for KRW, from a sheet
 * whose cells are formatted with two decimals).
 */
export function parseStatementAmount(text: string, currency: Currency, style: DecimalStyle): AmountParse {
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

/** A balance hidden by the bank (신한 masks it as `**********`): the row then has no balance. */
export function isMasked(text: string): boolean {
  return /^\*+$/.test(text.trim());
}
