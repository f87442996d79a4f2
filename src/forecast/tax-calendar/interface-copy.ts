/**
 * A verbatim copy of the shared tax-calendar interface (h-tax-a owns the real one in src/domain/tax-calendar.ts).
 * The two helpers worked at the same time; the lead replaces this file's imports with that module at merge.
 */
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';

export type TaxKind = 'income-tax' | 'income-tax-refund' | 'interim-prepayment' | 'health-insurance' | 'pension' | 'vat-preliminary' | 'vat-final';
/** A national+local pair (minor units, non-negative). */
export interface TaxPair {
  readonly national: number;
  readonly local: number;
}
/** One dated tax event of the calendar: amount < 0 is a payment, > 0 a refund. */
export interface TaxCalendarEvent {
  readonly taxKind: TaxKind;
  readonly date: Day /** the statutory due date after business-day rolling */;
  readonly dueDate: Day;
  readonly amount: Minor;
  readonly description: string;
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
