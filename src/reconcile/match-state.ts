import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { Tolerance } from './amount-fit.js';
import type { ClientIndex } from './payer-names.js';
import type { Deposit, MatchedInvoice, Receivable } from './reconciliation.js';

// What the steps of matchDeposits share: the deposits indexed by client, what is used and settled, the limits.

export interface MatchSettings {
  readonly tolerance: Tolerance;
  readonly clients: ClientIndex;
  /** The statements' span: a sheet's paid date inside it must have its deposit; overdue counts to `to`. */
  readonly from: Day | undefined;
  readonly to: Day | undefined;
}

/** How far from the sheet's paid date its deposit may be: the day typed is often the day the invoice was settled, not booked. */
export const SHEET_PAID_SLACK_DAYS = 7;
/** Between candidates of different amounts or clients, the nearest to its expected date wins by at least this much. */
export const DECISIVE_DAYS = 14;
/** A deposit may pay up to this many invoices of one client at once; and one invoice may come in up to this many parts. */
export const MOST_INVOICES_PER_DEPOSIT = 4;
export const MOST_PARTS_PER_INVOICE = 3;
/** Of a client's open invoices (or deposits), how many of the oldest a combination search looks at: keeps it bounded. */
export const COMBINATION_POOL = 16;

export interface State {
  readonly deposits: readonly IndexedDeposit[];
  readonly byClient: ReadonlyMap<string, ClientBook>;
  readonly settled: Set<Receivable>;
  readonly used: Set<IndexedDeposit>;
  readonly settings: MatchSettings;
}

export interface IndexedDeposit extends Deposit {
  readonly order: number;
  readonly clients: readonly string[];
}

/** One client's invoices: by expected amount (for a deposit's amount range) and by age (for combinations). */
export interface ClientBook {
  readonly byAmount: readonly Receivable[];
  readonly byAge: readonly Receivable[];
  readonly deposits: IndexedDeposit[];
}

export function byAge(a: Receivable, b: Receivable): number {
  return a.issued - b.issued || (a.due ?? a.expectedDay) - (b.due ?? b.expectedDay) || compareText(a.id, b.id);
}

/** The totals a set of deposits may reach to pay an invoice (see fits). */
export function receivedRange(receivable: Receivable, tolerance: Tolerance): { low: number; high: number } {
  if (!receivable.converted) return { low: receivable.expected - tolerance.fee, high: receivable.expected };
  const { num, den } = tolerance.fx;
  // A superset of fits' band (rounded outwards); fits itself decides each set.
  return {
    low: Math.floor((receivable.expected * Number(den - num)) / Number(den)) - tolerance.fee - 1,
    high: Math.ceil((receivable.expected * Number(den + num)) / Number(den)) + 1,
  };
}

export function matchOf(receivable: Receivable, paidOn: Day, received: number, deposits: readonly IndexedDeposit[]): MatchedInvoice {
  return { invoice: receivable, paidOn, expected: receivable.expected, received: minor(received), deposits: deposits.map(plainDeposit), sheetPaid: false };
}

export function plainDeposit(deposit: IndexedDeposit): Deposit {
  return { day: deposit.day, amount: deposit.amount, payer: deposit.payer, memo: deposit.memo, source: deposit.source };
}

export function idsOf(receivables: readonly Receivable[]): string[] {
  return receivables.map((receivable) => receivable.id).sort(compareText);
}
