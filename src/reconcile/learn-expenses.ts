import type { BankTransaction } from '../domain/statement.js';
import type { EverydaySpending } from './everyday.js';
import { monthlyMedian, sortDebits } from './everyday.js';
import type { RecurringExpense } from './recurring.js';
import { learnSeries } from './recurring.js';
import type { LearnSettings } from './recurring-settings.js';
import { coveredSpan } from './recurring-settings.js';

/** All that a statement's debits teach about spending: what `expenses --from-bank --json` prints, and more. */
export interface LearnedExpenses {
  readonly recurring: readonly RecurringExpense[];
  /** Series that ended before the statement did: not expected again, and not everyday spending. */
  readonly stopped: readonly RecurringExpense[];
  readonly everyday: EverydaySpending;
  /** Large debits no series paid (see everyday-large): left out of everyday spending. */
  readonly oneOffs: readonly BankTransaction[];
}

/** The recurring expenses, the stopped ones, everyday spending and the one-offs of a statement's rows, in one pass. */
export function learnExpenses(transactions: readonly BankTransaction[], settings: LearnSettings): LearnedExpenses {
  const { recurring, stopped } = learnSeries(transactions, settings);
  const { everyday, oneOffs } = sortDebits(transactions, [...recurring, ...stopped], settings);
  return { recurring, stopped, everyday: monthlyMedian(everyday, coveredSpan(transactions, settings)), oneOffs };
}
