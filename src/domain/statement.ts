import type { Day } from './day.js';
import type { Minor } from './money.js';

/** One row of a bank statement: money that moved through the account. */
export interface BankTransaction {
  readonly day: Day;
  /** Seconds after midnight, when the statement gives a time: it orders a day's rows. */
  readonly time: number | undefined;
  /** Signed, in minor units of the statement's currency: money in +, money out −. Never 0. */
  readonly amount: Minor;
  /** The account's balance after this row, when the statement gives one. */
  readonly balance: Minor | undefined;
  /** Who paid or was paid, as the bank wrote it (보낸분/받는분, 의뢰인/수취인, Payee, Name); '' when absent. */
  readonly counterparty: string;
  /** The bank's description of the row (적요, 기재내용, 내용, 메모, Description, Reference); '' when absent. */
  readonly memo: string;
  /** Where the row is, as a person finds it: `nh.csv:11`, `kb.xls!A7` (see read/cell-ref). */
  readonly source: string;
}

/** A bank statement as read: one account's rows, oldest first, and what it says of the balance. */
export interface BankStatement {
  /** The file as the user named it. */
  readonly file: string;
  /** The layout it was read as: `kb`, `shinhan`, `woori`, `hana`, `nh`, `ibk`, `kakaobank`, `tossbank`, `wise`,
   * `revolut`, `n26`, `chase`, `monzo`, `generic` (known headings, no known layout) or `mapped` (--map bank.*). */
  readonly profile: string;
  /** ISO 4217 code of the account (a currency column, or the profile's). */
  readonly currency: string;
  /** Every row, oldest first; rows of one instant keep the order the bank gave them. */
  readonly transactions: readonly BankTransaction[];
  /** The first and last transaction day; undefined for a statement with no rows. */
  readonly from: Day | undefined;
  readonly to: Day | undefined;
  /**
   * The balance at the end of `day`: the last row that has a balance (plus the amounts of any later rows of the same
   * day that have none). `source` is that balance cell: `nh.csv:11`, `shinhan.xlsx!F7`. Undefined when no row
   * has a balance (N26 and Monzo export none). Rows after `day` are later movements, not in the balance.
   */
  readonly balance: { readonly amount: Minor; readonly day: Day; readonly source: string } | undefined;
}
