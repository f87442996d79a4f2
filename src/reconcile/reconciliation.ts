import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Source } from '../domain/types.js';
import type { MessageRef } from '../i18n/catalogue.js';
import type { ReviewReasonMessages } from '../i18n/messages/review-reasons.js';

/** An invoice (or one period of a retainer) as the matcher sees it: what cash should arrive, from whom, when. */
export interface Receivable {
  /** The invoice id; a retainer's period adds its issue date: `RET-01@2026-12-05`. */
  readonly id: string;
  readonly client: string;
  readonly issued: Day;
  readonly due: Day | undefined;
  /** The cash expected: the invoice's net (gross − withholding), in the statement's currency. */
  readonly expected: Minor;
  /** Converted from another currency: the deposit may differ by the FX tolerance. */
  readonly converted: boolean;
  /** The day the sheet says it was paid; undefined while open. */
  readonly paid: Day | undefined;
  /** When the cash is expected (the forecast's rule): deposits are scored by their distance from it. */
  readonly expectedDay: Day;
  /** The invoice's row: `invoices.csv:7`. */
  readonly source?: Source | undefined;
}

/** Money in, as a statement row gives it. */
export interface Deposit {
  readonly day: Day;
  readonly amount: Minor;
  /** The names the bank gives for the payer (보낸분 / 적요 / counterparty and memo): any of them may name the client. */
  readonly payer: string;
  readonly memo: string;
  /** `nh.csv:11`, `kb.xls!A7`. */
  readonly source: string;
}

export interface MatchedInvoice {
  readonly invoice: Receivable;
  readonly paidOn: Day;
  readonly expected: Minor;
  /** What the invoice's deposits brought for it (a deposit paying several invoices gives each its expected amount). */
  readonly received: Minor;
  readonly deposits: readonly Deposit[];
  /** The sheet already said paid; the statement confirmed it. */
  readonly sheetPaid: boolean;
}

/** An invoice paid in part by the statement's end: open for the rest. */
export interface PartialInvoice {
  readonly invoice: Receivable;
  readonly expected: Minor;
  readonly received: Minor;
  readonly remaining: Minor;
  readonly deposits: readonly Deposit[];
}

/** A deposit with more than one plausible reading: the user decides, cashflow does not guess. */
export interface ReviewItem {
  readonly deposit: Deposit;
  /** The invoice ids it could pay (alone or with others), in id order. */
  readonly candidates: readonly string[];
  /** The reason in English, as the JSON says it. */
  readonly reason: string;
  /** The same reason as a message, for a table in the reader's language. */
  readonly why: MessageRef<ReviewReasonMessages>;
}

export interface OverdueInvoice {
  readonly invoice: Receivable;
  readonly due: Day;
  /** Days from the due date to the statement's last day. */
  readonly daysLate: number;
}

/** A sheet's paid date the statement does not bear out. */
export interface PaidWithoutDeposit {
  readonly invoice: Receivable;
  readonly paid: Day;
}

/**
 * What the statement says about the invoices. Every deposit is accounted for once: in the matched or partial invoices
 * it paid (one deposit may pay several invoices), in review, or unmatched.
 */
export interface Reconciliation {
  readonly matched: readonly MatchedInvoice[];
  readonly partial: readonly PartialInvoice[];
  readonly review: readonly ReviewItem[];
  readonly unmatchedDeposits: readonly Deposit[];
  readonly overdue: readonly OverdueInvoice[];
  readonly paidWithoutDeposit: readonly PaidWithoutDeposit[];
}
