import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
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
import type { InputIssue } from '../read/input-issue.js';
import type { RawLearnFlags } from './learn-flags.js';
import { everydayChoiceOf } from './learn-flags.js';
import { UsageError } from './user-errors.js';

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
    const flag = learnExpenses ? '--learn-expenses' : '--everyday auto';
    throw new UsageError(
      `${flag} learns from bank statements, and none was given`,
      `give one with --bank FILE (or "bank" in the config)${learnExpenses ? '' : ', or type the amount: --everyday 450000'}`,
    );
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
    if (months.length === 0)
      throw new UsageError(
        `--everyday auto: the statements (${spanText(learning)}) cover no calendar month in full to take a typical month from`,
        'give a statement of at least one whole month, or type the amount: --everyday 450000',
      );
    everyday = { perMonth, months, source: 'bank' };
  }
  if (everyday !== undefined) expenses.push(...everydayOutflow(everyday.perMonth, from, horizonEnd(options), { file: '--everyday', line: 0 }));
  return { expenses, learnedExpenses: uses, everyday, warnings };
}

function spanText(learning: StatementLearning): string {
  return learning.from === undefined || learning.to === undefined ? 'no rows' : `${formatDay(learning.from)} … ${formatDay(learning.to)}`;
}

/**
 * The statements showed no series: a warning of the first statement, since a forecast without its bills is
 * optimistic. A series needs three payments, so a monthly bill three months of statement.
 */
export function tooShortWarning(statements: readonly BankStatement[], learning: StatementLearning): InputIssue {
  const others = statements.length - 1;
  const subject = others === 0 ? 'shows' : `and ${others} more statement${others === 1 ? '' : 's'} show`;
  return {
    severity: 'warning',
    file: statements[0]?.file ?? '',
    problem: `${subject} no recurring expense (${spanText(learning)}): a series needs 3 payments, so a monthly bill needs 3 months of statement`,
    hint: 'give a longer statement (a year finds quarterly fees too), or list the bills in --expenses',
  };
}
