import type { WordRef } from './refusal.js';

/**
 * What the tax calendar calls its events and what it warns of, as ids with parameters: the domain holds no words,
 * so each language writes them (src/i18n/messages/tax-events.ts); an event's `description` and its working's
 * `warnings` stay the English the JSON has always carried. A VAT half-year is `half` 1 (January–June) or 2.
 */
export interface TaxEventWords {
  incomeTax(year: number): string;
  /** One of the two payments of a return paid in instalments (분납). */
  incomeTaxInstalment(year: number, part: 1 | 2): string;
  incomeTaxRefund(year: number): string;
  interim(year: number): string;
  healthInsurance(year: number, month: number): string;
  pension(year: number, month: number): string;
  vatPreliminary(year: number, half: 1 | 2): string;
  /** A half-year's VAT return, or the reserve set aside for its taxable invoices. */
  vat(year: number, half: 1 | 2): string;
  vatRefund(year: number, half: 1 | 2): string;
  vatSimplifiedPreliminary(year: number): string;
  vatSimplified(year: number): string;
  vatSimplifiedRefund(year: number): string;
  // Warnings of an estimate.
  noExpenseRate(): string;
  /** 단순경비율 used although the year before's revenue reaches the limit it is for. */
  simpleRateLimit(limit: number, previousYear: number, previousRevenue: number): string;
}

/** A tax event's name or warning, by id: `{ id: 'incomeTax', params: [2026] }`. */
export type TaxWord = WordRef<TaxEventWords>;

/** A tax word from its id and parameters, checked against TaxEventWords. */
export function taxWord<Id extends TaxWord['id']>(id: Id, ...params: Extract<TaxWord, { id: Id }>['params']): TaxWord {
  return { id, params } as TaxWord;
}
