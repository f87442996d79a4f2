import type { BankTransaction } from '../domain/statement.js';
import type { EverydaySpending } from './everyday.js';
import { everydaySpending, sortDebits } from './everyday.js';
import type { RecurringExpense } from './recurring.js';
import { learnSeries } from './recurring.js';
import type { LearnSettings } from './recurring-settings.js';

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
  const series = [...recurring, ...stopped];
  return {
    recurring,
    stopped,
    everyday: everydaySpending(transactions, series, settings),
    oneOffs: sortDebits(transactions, series, settings).oneOffs,
  };
}
