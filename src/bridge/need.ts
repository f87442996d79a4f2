import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { TaxWord } from '../domain/tax-words.js';

/** What a shortfall window asks of a bridge: extra cash from `start` through `end`, day by day. */
export interface Need {
  readonly start: Day;
  readonly end: Day;
  /** Cash missing at the end of each day start … end (buffer − balance, ≥ 0). */
  readonly gaps: readonly Minor[];
  /** The largest gap: what must be in hand to get through the window. */
  readonly peak: Minor;
  /** The day the user decides: lead times count from here. */
  readonly asOf: Day;
}

/** A need from its daily gaps. */
export function needOf(start: Day, gaps: readonly number[], asOf: Day): Need {
  return { start, end: addDays(start, gaps.length - 1), gaps: gaps as readonly Minor[], peak: minor(Math.max(0, ...gaps)), asOf };
}

/** An open invoice an invoice-linked option (factoring, early-payment discount) can be drawn on. */
export interface LinkableInvoice {
  readonly id: string;
  readonly client: string;
  readonly amount: Minor;
  /** The day it was (or will be) issued: a client cannot pay early what has not been invoiced yet. */
  readonly issued: Day;
  /** When the cash would arrive without the bridge. */
  readonly expected: Day;
}

/** A payment inside a window that may be paid late at a known price (an expense-linked deferral draws on it). */
export interface LinkableExpense {
  /** Where its row is, `file:line`, with the occurrence of a recurring row: one payment is deferred once. */
  readonly id: string;
  readonly description: string;
  readonly category: string | undefined;
  /** What is paid (positive): the most that can be deferred. */
  readonly amount: Minor;
  readonly due: Day;
  /** A tax billed on a notice (중간예납, 예정고지): paid late, it also owes the one-off 3 % (국세기본법 §47의4①3). */
  readonly billedOnNotice: boolean;
  /** A tax payment cashflow scheduled itself: `description` by id, for each language to word. */
  readonly name?: TaxWord | undefined;
}
