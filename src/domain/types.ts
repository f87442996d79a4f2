import type { Day } from './day.js';
import type { Minor } from './money.js';
import type { Repeat } from './recurrence.js';
import type { TaxCalendarEvent, TaxKind } from './tax-calendar.js';
import type { TaxWord } from './tax-words.js';

/** Where a value came from, so every number in a report can say so: `invoices.csv:3`. */
export interface Source {
  readonly file: string;
  readonly line: number;
}

/** An invoice's money in the forecast currency: what is invoiced, what the tax takes, what reaches the account. */
export interface InvoiceMoney {
  /** The cash that reaches the account: gross − withheld. */
  readonly amount: Minor;
  /** The invoiced total, VAT included when the invoice is taxable. */
  readonly gross: Minor;
  /** Income tax the client withholds (3.3 % in Korea) and pays to the tax office for the freelancer. */
  readonly withheld: Minor;
  /** VAT inside the gross: cash in but not income, reserved and paid on the next VAT deadline. */
  readonly vat: Minor;
  /** The amount and currency as invoiced, when converted from another currency. */
  readonly original: { readonly amount: Minor; readonly currency: string } | undefined;
}

/** One invoice row: money a client owes (or paid) the freelancer, in the forecast currency. */
export interface Invoice extends InvoiceMoney {
  readonly id: string;
  readonly client: string;
  readonly issued: Day;
  readonly due: Day | undefined;
  /** The day the cash arrived; undefined while the invoice is open. */
  readonly paid: Day | undefined;
  /** A retainer invoiced every period from `issued` to `until`. */
  readonly repeat: Repeat;
  readonly until: Day | undefined;
  readonly source: Source;
  /** What the user says of it (the `status` column): undefined for a normal invoice. */
  readonly status?: InvoiceStatus | undefined;
}

/**
 * `disputed`: the client contests it, so the forecast counts no cash from it (it is listed as doubtful);
 * `written-off`: it will not be paid (대손), so it is neither expected cash nor doubtful.
 */
export type InvoiceStatus = 'disputed' | 'written-off';

/**
 * How an expense may be paid late: up to `maxDays` days for a flat fee or for a share of what is deferred, once; or
 * by agreement with the payee, at a price cashflow does not know.
 */
export type Deferrable =
  | { readonly kind: 'flat'; readonly maxDays: number; readonly fee: Minor }
  | { readonly kind: 'share'; readonly maxDays: number; readonly rate: number }
  | { readonly kind: 'negotiated' };

/** One expense row: money that leaves the account on `date`, once or every period until `until`. */
export interface Expense {
  readonly date: Day;
  readonly amount: Minor;
  readonly description: string;
  readonly category: string | undefined;
  readonly repeat: Repeat;
  readonly until: Day | undefined;
  readonly source: Source;
  /** Its `deferrable` cell: how it may be paid late (issue 15); absent when the file does not say. */
  readonly deferrable?: Deferrable | undefined;
  /** Its `inputVat` cell: the deductible VAT of the purchase (매입세액), for the tax calendar's VAT (issue 16). */
  readonly inputVat?: Minor | undefined;
}

/** A dated movement of cash inside the horizon. `amount` is signed: inflow +, outflow −. */
export type CashEvent = InvoiceEvent | ExpenseEvent | TaxEvent;

/** An expected invoice payment; `amount` is the cash received (positive). */
export interface InvoiceEvent extends InvoiceMoney {
  readonly kind: 'invoice';
  readonly date: Day;
  /** The invoice id; a retainer's occurrence adds its issue date: `RET-01@2026-12-05`. */
  readonly id: string;
  readonly client: string;
  readonly issued: Day;
  readonly due: Day | undefined;
  /** The expected date had already passed at as-of, so the cash is assumed after a grace period. */
  readonly overdue: boolean;
  /** Which rule the expected date rests on, as data; `assumptionText` says it in words. */
  readonly assumption: Assumption;
  readonly source: Source;
  /** Which occurrence of its row this is: 0 for a one-off invoice, k for a retainer's k-th period. */
  readonly occurrence: number;
}

/**
 * Why an open invoice is expected when it is: `history` — issue + the client's median days-to-pay; `default` —
 * issue + the default delay (or the due date, when later); `overdue` — that day had passed at as-of, so the cash is
 * expected the overdue grace after as-of. `days` is the delay of the rule applied (the client's median, or the
 * default), and `paidCount` the paid invoices behind a history (0 when the default applied).
 */
export interface Assumption {
  readonly basis: 'history' | 'default' | 'overdue';
  readonly days: number;
  readonly paidCount: number;
}

export interface ExpenseEvent {
  readonly kind: 'expense';
  readonly date: Day;
  readonly amount: Minor;
  readonly description: string;
  readonly category: string | undefined;
  readonly source: Source;
  /** Which occurrence of its row this is: 0 for a one-off, k for the k-th period of a recurring expense. */
  readonly occurrence: number;
  readonly deferrable?: Deferrable | undefined;
}

/** A tax payment the forecast schedules itself: the VAT collected on taxable invoices of one half-year. */
export interface TaxEvent {
  readonly kind: 'tax';
  readonly date: Day;
  readonly amount: Minor;
  readonly description: string;
  /** The invoices whose VAT this pays. */
  readonly invoices: readonly string[];
  /** Issue 16, the tax calendar's estimates (absent on the VAT reserve of taxable invoices): which tax, the due
   * date of its return (a refund is dated later), how it was worked out, and the figures not officially confirmed. */
  readonly taxKind?: TaxKind;
  readonly dueDate?: Day;
  readonly working?: TaxCalendarEvent['working'];
  readonly unconfirmed?: readonly string[];
  /** `description` by id, for each language to word (src/i18n/messages/tax-events.ts) */
  readonly name?: TaxWord;
  /** the working's `warnings` by id */
  readonly warningWords?: readonly TaxWord[];
}
