import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Unbranded } from '../domain/unbranded.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { BridgeReason } from './bridge-reason.js';
import type { LinkableExpense } from './need.js';

/** A dated payment the user makes back to a bridge (principal, interest, fees; or an inflow given up). */
export interface Repayment {
  readonly date: Day;
  readonly amount: Minor;
}

export type CapStatus = 'none' | 'ok' | 'above_cap' | 'void';

/** The true cost of one option for one need, or why it cannot serve it. */
export type Quote = FeasibleQuote | InfeasibleQuote;

export interface FeasibleQuote {
  readonly feasible: true;
  readonly option: BridgeOption;
  /** Principal or face value, in the basis of the option's amount rules. */
  readonly principal: Minor;
  /** Cash that lands in the account: the denominator of every rate. */
  readonly cashReceived: Minor;
  readonly drawDate: Day;
  /** The last repayment day. */
  readonly repayDate: Day;
  readonly repayments: readonly Repayment[];
  /** Money paid: everything repaid minus the cash received, undiscounted. */
  readonly cost: Minor;
  /** Simple APR (App J single-payment form or, for several repayments, the App J actuarial APR). */
  readonly apr: number;
  /** Effective annual rate (EU APRC for several repayments). */
  readonly ear: number;
  readonly cap: CapStatus;
  /** For a revolving line: the balance drawn on each day from `drawnStart` (the need's first day). */
  readonly drawn?: readonly Minor[];
  readonly drawnStart?: Day;
  /** The invoice an invoice-linked option is drawn on. */
  readonly invoiceId?: string;
  /** The payment an expense deferral puts off. */
  readonly expense?: LinkableExpense;
}

export interface InfeasibleQuote {
  readonly feasible: false;
  readonly option: BridgeOption;
  readonly reason: BridgeReason;
  readonly invoiceId?: string;
  readonly expense?: LinkableExpense;
}

/**
 * A feasible quote from the pricing's plain integers of minor units and day numbers: the one place a price becomes
 * branded money and days (no run-time cost).
 */
export function feasibleQuote(quote: Unbranded<FeasibleQuote>): FeasibleQuote {
  return quote as FeasibleQuote;
}
