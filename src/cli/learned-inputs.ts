import type { Day } from '../domain/day.js';
import type { BankStatement } from '../domain/statement.js';
import type { Expense } from '../domain/types.js';
import type { EverydayAssumption } from '../forecast/everyday-outflow.js';
import { everydayOutflow } from '../forecast/everyday-outflow.js';
import type { StatementLearning } from '../forecast/learn-statements.js';
import { learnFromStatements } from '../forecast/learn-statements.js';
import type { LearnedExpenseUse } from '../forecast/learned-expenses.js';
import { useLearnedExpenses } from '../forecast/learned-expenses.js';
import type { ForecastOptions } from '../forecast/options.js';
import { horizonEnd } from '../forecast/options.js';
import type { StatementSpan } from '../i18n/messages/input-cli.js';
import type { InputIssue } from '../read/input-issue.js';
import { ref, said } from '../read/issue-words.js';
import type { RawLearnFlags } from './learn-flags.js';
import { everydayChoiceOf } from './learn-flags.js';
import { usageError } from './user-errors.js';

/** The expenses a forecast counts once the statements have been learned from, and what the report says of them. */
export interface LearnedInputs {
  readonly expenses: Expense[];
  readonly learnedExpenses: readonly LearnedExpenseUse[];
  readonly everyday: EverydayAssumption | undefined;
  /** Warnings: the statements were too short to learn what was asked. */
  readonly warnings: readonly InputIssue[];
}

/**
 * --learn-expenses and --everyday applied to the file's expenses: the learned rows beside them (replacing the rows
 * they match, see useLearnedExpenses) and the everyday spending as a daily outflow from as-of to the horizon's end.
 * Undefined when neither was asked for. Learning needs statements: without --bank it is a UsageError.
 */
export function learnedInputs(
  flags: RawLearnFlags,
  statements: readonly BankStatement[],
  fileExpenses: readonly Expense[],
  options: ForecastOptions,
): LearnedInputs | undefined {
  const choice = everydayChoiceOf(flags.everyday, options.currency);
  const learnExpenses = flags.learnExpenses === true;
  if (!learnExpenses && choice === undefined) return undefined;
  const needsBank = learnExpenses || choice?.kind === 'auto';
  if (needsBank && statements.length === 0) {
    throw usageError(ref('learningNeedsBank', learnExpenses), ref('learningNeedsBankHint', learnExpenses));
  }
  // What was learned runs from the day after the statements end (the earliest last day among them), not from
  // as-of: the days between are caught up into the opening balance, and a bill of those days must be in it.
  const ends = statements.flatMap((statement) => (statement.to === undefined ? [] : [statement.to]));
  const from = ends.length === 0 ? options.asOf : (Math.min(options.asOf, Math.min(...ends) + 1) as Day);
  const learning = needsBank ? learnFromStatements(statements, options.currency, from) : undefined;
  const warnings: InputIssue[] = [];
  let expenses = [...fileExpenses];
  let uses: LearnedExpenseUse[] = [];
  if (learnExpenses && learning !== undefined) {
    ({ expenses, uses } = useLearnedExpenses(fileExpenses, learning.learned.recurring, from, learning.sourceOf));
    if (uses.length === 0) warnings.push(tooShortWarning(statements, learning));
  }
  let everyday: EverydayAssumption | undefined;
  if (choice?.kind === 'typed') everyday = { perMonth: choice.perMonth, months: [], source: '--everyday' };
  if (choice?.kind === 'auto' && learning !== undefined) {
    const { perMonth, months } = learning.learned.everyday;
    if (months.length === 0) throw usageError(ref('noWholeMonth', spanOf(learning)), ref('noWholeMonthHint'));
    everyday = { perMonth, months, source: 'bank' };
  }
  if (everyday !== undefined) expenses.push(...everydayOutflow(everyday.perMonth, from, horizonEnd(options), { file: '--everyday', line: 0 }));
  return { expenses, learnedExpenses: uses, everyday, warnings };
}

function spanOf(learning: StatementLearning): StatementSpan {
  return learning.from === undefined || learning.to === undefined ? undefined : [learning.from, learning.to];
}

/**
 * The statements showed no series: a warning of the first statement, since a forecast without its bills is
 * optimistic. A series needs three payments, so a monthly bill three months of statement.
 */
export function tooShortWarning(statements: readonly BankStatement[], learning: StatementLearning): InputIssue {
  return {
    severity: 'warning',
    file: statements[0]?.file ?? '',
    ...said(ref('noRecurringExpense', statements.length - 1, spanOf(learning)), ref('noRecurringExpenseHint')),
  };
}
