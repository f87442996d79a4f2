import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import { excerpt } from '../read/excerpt.js';
import { safeText } from './safe-text.js';

/** One cell of a report sheet, as data: what it holds, not how SheetJS spells it. Undefined is an empty cell. */
export type SheetValue =
  | { readonly kind: 'date'; readonly day: Day }
  | { readonly kind: 'money'; readonly amount: Minor; readonly currency: Currency }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'rate'; readonly value: number }
  | { readonly kind: 'flag'; readonly value: boolean }
  | undefined;

export const dateValue = (day: Day | undefined): SheetValue => (day === undefined ? undefined : { kind: 'date', day });
export const moneyValue = (amount: Minor | undefined, currency: Currency): SheetValue =>
  amount === undefined ? undefined : { kind: 'money', amount, currency };
export const textValue = (text: string | undefined): SheetValue => (text === undefined || text === '' ? undefined : { kind: 'text', text });
export const countValue = (value: number | undefined): SheetValue => (value === undefined ? undefined : { kind: 'count', value });
export const rateValue = (value: number): SheetValue => ({ kind: 'rate', value });
export const flagValue = (value: boolean): SheetValue => ({ kind: 'flag', value });

export const DATE_FORMAT = 'yyyy-mm-dd';
export const RATE_FORMAT = '0.00%';

/**
 * The number format of an amount in `currency`, in major units with its minor digits: `"₩"#,##0`, `"$"#,##0.00`,
 * else the code after the number (`#,##0.00 "EUR"`), which every locale's Excel reads the same way.
 */
export function moneyFormat(currency: Currency): string {
  const digits = currency.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(currency.decimals)}`;
  if (currency.code === 'KRW') return `"₩"${digits}`;
  if (currency.code === 'USD') return `"$"${digits}`;
  return `${digits} "${currency.code}"`;
}

/**
 * Excel keeps 15 significant digits, and so does a double for every decimal: any decimal of at most 15 significant
 * digits comes back from its nearest double by shortest round-trip printing (DBL_DIG = 15), which is how SheetJS
 * writes a number. An amount below 10^15 minor units divided by 10^digits (10^digits is exact, and IEEE division
 * rounds correctly to that nearest double) is such a decimal, with at most `digits` places. 2^53 is not the bound:
 * (2^53 − 1) and (2^53 − 2) cents divide to the same double, 90071992547409.9.
 */
export const EXACT_MINOR_LIMIT = 1e15;

/** The amount in major units as the workbook stores it, or undefined when the workbook cannot hold it exactly. */
export function exactMajor(amount: Minor, currency: Currency): number | undefined {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) >= EXACT_MINOR_LIMIT) return undefined;
  return currency.decimals === 0 ? amount : amount / 10 ** currency.decimals;
}

// Excel's day 25569 is 1970-01-01 (day 0 here). Its calendar holds 1900-02-29, a day that never was (Lotus 1-2-3's
// leap-year bug, kept for compatibility), so every day before 1900-03-01 (day −25508) sits one serial lower.
const SERIAL_OF_EPOCH = 25_569;
const FIRST_DAY_AFTER_PHANTOM = -25_508;

/** The day as an Excel date serial (1900 date system): a number, so Excel sorts, filters and computes with it. */
export function excelSerial(day: Day): number {
  return day + SERIAL_OF_EPOCH - (day < FIRST_DAY_AFTER_PHANTOM ? 1 : 0);
}

// A text cell holds at most 32,767 characters (Excel's limit; SheetJS throws past it).
const TEXT_CELL_CHARACTERS = 32_000;

/**
 * User text as a cell shows it: invisible and control characters as visible escapes (as on a terminal), cut to
 * what a cell holds, and a literal `_x0041_` kept literal: OOXML reads `_xHHHH_` as an escaped character, so its
 * underscore is written as one (`_x005F_`). A text cell is never a formula, so `=…` needs no quote.
 */
export function cellText(text: string): string {
  return excerpt(safeText(text), TEXT_CELL_CHARACTERS).replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const WIDEST_COLUMN = 60;

/** About how many character widths the value takes on screen (Hangul and CJK count two), for the column width. */
export function shownWidth(value: SheetValue): number {
  if (value === undefined) return 0;
  switch (value.kind) {
    case 'date':
      return formatDay(value.day).length;
    case 'money':
      return formatMoney(value.amount, value.currency).length + (moneyFormat(value.currency).includes(' "') ? 4 : 0);
    case 'text':
      return textWidth(value.text);
    case 'count':
      return String(value.value).length;
    case 'rate':
      return 8;
    case 'flag':
      return 5;
  }
}

/** Character widths of `text`, Hangul and CJK counting two, at most the widest column a sheet shows. */
export function textWidth(text: string): number {
  const head = text.slice(0, WIDEST_COLUMN);
  return Math.min(WIDEST_COLUMN, head.length + (head.match(WIDE)?.length ?? 0));
}
