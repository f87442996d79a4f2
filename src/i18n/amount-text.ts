import type { Currency } from '../domain/currency.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import type { Lang } from './lang.js';

/**
 * An amount in a sentence. Korean prose writes won after the figure, as banks and invoices do (`1,500,000원`,
 * `-30,000원`); other currencies, and English, keep their sign in front (`₩1,500,000`, `$1,234.56`).
 */
export function amountText(amount: Minor | bigint, currency: Currency, lang: Lang): string {
  if (lang === 'ko' && currency.code === 'KRW') return `${formatMoney(amount, currency).replace('₩', '')}원`;
  return formatMoney(amount, currency);
}

/**
 * An amount in a table column, in both languages the aligned `₩1,500,000`: the sign sits before the figure, so
 * right-aligned figures line up on their last digit whatever the currency (a USD invoice beside KRW ones), the
 * column keeps the width the English table measured, and the cell is the same text as the CSV, xlsx and ledger
 * outputs print. A trailing 원 would add two cells to every figure and mix two conventions in one column.
 */
export function tableAmount(amount: Minor | bigint, currency: Currency): string {
  return formatMoney(amount, currency);
}
