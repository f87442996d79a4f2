import type { Currency } from './currency.js';
import type { Minor } from './money.js';
import { beyondExactRange, formatMoney } from './money.js';
import type { WordRef } from './refusal.js';
import type { TaxWord } from './tax-words.js';

/** The amounts a total too large to add exactly was made of. */
export type RangeSubject =
  | { readonly kind: 'forecast'; readonly events: number }
  | { readonly kind: 'simulation'; readonly others: number; readonly invoices: number };

/** The amount a hint points at: the largest of the total. `at` is `invoices.csv:2`. */
export type RangeLabel =
  | { readonly kind: 'opening' }
  | { readonly kind: 'buffer' }
  | { readonly kind: 'row'; readonly row: 'invoice' | 'expense'; readonly at: string }
  | { readonly kind: 'tax'; readonly description: string; readonly name?: TaxWord | undefined };

/**
 * What an AmountRangeError says, by id, for each language to word: the English here is what the error's `message`
 * and `hint` have always said; the Korean is src/i18n/messages/amount-range.ts. The domain keeps its English, as
 * AMOUNT_WORDS does for a refused amount.
 */
export interface RangeWords {
  sumsBeyond(subject: RangeSubject, total: Minor | bigint, currency: Currency): string;
  checkLargest(label: RangeLabel, amount: Minor, currency: Currency): string;
  vatBeyond(year: number, half: 1 | 2, currency: Currency): string;
  checkVat(year: number, half: 1 | 2): string;
  /** A tax-calendar estimate past 2^53 − 1: its English description, and its name by id when it has one. */
  taxBeyond(description: string, name: TaxWord | undefined): string;
  checkBooks(): string;
  /** An amount a workbook cell cannot hold exactly: `cell` is `Days!B2 (opening)`, `limit` the first it cannot. */
  cellBeyond(cell: string, amount: Minor, limit: Minor, currency: Currency): string;
  checkAmounts(): string;
  /** A sum with no name of its own (addMinor without one): its currency is not known there. */
  sumBeyond(): string;
}

export type RangeWord = WordRef<RangeWords>;

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function subjectText(subject: RangeSubject): string {
  if (subject.kind === 'forecast') return `the opening balance, the buffer and the ${counted(subject.events, 'cash event')} of the horizon`;
  return `the opening balance, the buffer, the ${counted(subject.others, 'other cash event')} and the ${counted(subject.invoices, 'open invoice')} the simulation draws`;
}

function labelText(label: RangeLabel): string {
  switch (label.kind) {
    case 'opening':
      return 'the opening balance';
    case 'buffer':
      return 'the buffer';
    case 'row':
      return `the ${label.row} at ${label.at}`;
    default:
      return `the ${label.description}`;
  }
}

export const RANGE_WORDS: RangeWords = {
  sumsBeyond: (subject, total, currency) =>
    `${subjectText(subject)} add up to ${formatMoney(total, currency)} (each taken as positive), ${beyondExactRange(currency)}`,
  checkLargest: (label, amount, currency) => `check the largest, ${labelText(label)} (${formatMoney(amount, currency)}), for a mistyped amount`,
  vatBeyond: (year, half, currency) => `the VAT for ${year} H${half} is ${beyondExactRange(currency)}`,
  checkVat: (year, half) => `check the taxable invoices issued in ${year} H${half} for a mistyped amount`,
  taxBeyond: (description) => `${description} is more than cashflow can compute exactly`,
  checkBooks: () => 'check the invoices and expenses for a mistyped amount',
  cellBeyond: (cell, amount, limit, currency) =>
    `${cell} is ${formatMoney(amount, currency)}, more than a workbook holds exactly (15 significant digits: less than ${formatMoney(limit, currency)})`,
  checkAmounts: () => 'check the amounts for a mistyped one',
  sumBeyond: () => `a sum of amounts is ${beyondExactRange(undefined)}`,
};
