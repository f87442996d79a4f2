import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';

/** What learning from a statement's debits needs besides the rows. */
export interface LearnSettings {
  /** The statement's currency: it scales what counts as a large one-off. */
  readonly currency: Currency;
  /** Next dates are on or after this day. */
  readonly asOf: Day;
  /**
   * The first and last day the statement covers (over all its files: BankStatement.from/to). They decide which months
   * are complete and when a series has stopped; without them, the first and last debit's days are used.
   */
  readonly from?: Day | undefined;
  readonly to?: Day | undefined;
  /** The smallest debit that can be a large one-off, instead of the currency's floor (see everyday-large). */
  readonly largeFloor?: Minor | undefined;
}

/** The days a statement covers: the settings' from/to, else the first and last row's days (rows oldest first). */
export function coveredSpan(rows: readonly { readonly day: Day }[], settings: LearnSettings): { from: Day; to: Day } | undefined {
  const from = settings.from ?? rows[0]?.day;
  const to = settings.to ?? rows[rows.length - 1]?.day;
  return from === undefined || to === undefined ? undefined : { from, to };
}
