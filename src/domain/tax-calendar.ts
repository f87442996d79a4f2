/**
 * The shared shape of the Korean tax calendar (issue 16): every estimator (income tax, interim prepayment,
 * VAT, social insurance) returns these events, and the schedule turns them into `kind: "tax"` cash events.
 * Two helpers write estimators at the same time, so this file is the contract between them: change it only
 * by adding.
 */
import type { Day } from './day.js';
import type { Minor } from './money.js';
import type { TaxWord } from './tax-words.js';

export type TaxKind = 'income-tax' | 'income-tax-refund' | 'interim-prepayment' | 'health-insurance' | 'pension' | 'vat-preliminary' | 'vat-final';
/** A national+local pair (minor units, non-negative). */
export interface TaxPair {
  readonly national: number;
  readonly local: number;
}
/** One dated tax event of the calendar: amount < 0 is a payment, > 0 a refund. */
export interface TaxCalendarEvent {
  readonly taxKind: TaxKind;
  /** the day the cash moves: the due date for a payment, later for a refund */
  readonly date: Day;
  /** the statutory due date after business-day rolling */
  readonly dueDate: Day;
  readonly amount: Minor;
  readonly description: string;
  /** the description by id, for each language to word (`description` is its English) */
  readonly name?: TaxWord;
  /** the working's `warnings` by id, in the same order */
  readonly warningWords?: readonly TaxWord[];
  /** the working, as the issue names it; fields not relevant to a kind are absent */
  readonly working: {
    readonly income?: number;
    readonly expenseRate?: number;
    readonly taxable?: number;
    readonly tax?: TaxPair;
    readonly withheld?: TaxPair;
    readonly [key: string]: unknown;
  };
  /** figures used that are not confirmed from an official source (rate ids), shown as such */
  readonly unconfirmed: readonly string[];
}
/** The profile as parsed (zod output) — the config key "tax" */
export interface TaxProfile {
  readonly income: readonly ('business' | 'other')[];
  readonly vat: 'none' | 'general' | 'simplified';
  readonly expenseMethod?: 'simple' | 'standard' | 'actual';
  readonly expenseRate?: number;
  readonly expenseRateAbove?: number;
  readonly industryCode?: string;
  readonly dependents: number;
  readonly lastYearIncomeTax?: number;
  readonly interimPaid?: number;
  readonly healthInsurance?: number | 'estimate';
  readonly pension?: number | 'estimate';
  readonly instalments: boolean;
  readonly override: Readonly<Partial<Record<TaxKind, number>>>;
}
/** Business-day rolling is injected: (statutory day) => the next business day on or after it. */
export type NextBusinessDay = (day: Day) => Day;
