import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { BankStatement } from '../domain/statement.js';
import type { Source } from '../domain/types.js';
import type { LearnedExpenses } from '../reconcile/learn-expenses.js';
import { learnExpenses } from '../reconcile/learn-expenses.js';
import type { RecurringExpense } from '../reconcile/recurring.js';

/** What the statements teach about spending, over the days they cover together, and where each series was seen. */
export interface StatementLearning {
  readonly learned: LearnedExpenses;
  /** The first and last day of all the statements; undefined when they hold no rows. */
  readonly from: Day | undefined;
  readonly to: Day | undefined;
  /** The statement row a learned expense's events point to: its latest payment (`nh.csv:11`; a sheet's row). */
  readonly sourceOf: (expense: RecurringExpense) => Source;
}

/**
 * learnExpenses over the rows of every statement (already in `currency`: loadStatements converts them), from the
 * first statement's first day to the last one's last day, so that the months and the end of a series are judged
 * over all the accounts.
 */
export function learnFromStatements(statements: readonly BankStatement[], currency: Currency, asOf: Day): StatementLearning {
  // One statement's rows are oldest first already (BankStatement): the stable sort that merges several would leave
  // them as they are, so it is skipped — after a check that costs a fraction of a sort.
  const only = statements.length === 1 ? statements[0]!.transactions : undefined;
  const rows = only !== undefined && inDayOrder(only) ? only : statements.flatMap((statement) => statement.transactions).sort((a, b) => a.day - b.day);
  const days = statements.flatMap((statement) => (statement.from === undefined || statement.to === undefined ? [] : [statement.from, statement.to]));
  const from = days.length === 0 ? undefined : (Math.min(...days) as Day);
  const to = days.length === 0 ? undefined : (Math.max(...days) as Day);
  // Which file a row is in: with one statement, its file; with several, a map of every row, made when first needed.
  let fileOf: Map<string, string> | undefined;
  const fileOfRow = (source: string): string | undefined => {
    if (statements.length === 1) return statements[0]!.file;
    fileOf ??= new Map(statements.flatMap((statement) => statement.transactions.map((row) => [row.source, statement.file] as const)));
    return fileOf.get(source);
  };
  const sourceOf = (expense: RecurringExpense): Source => {
    const latest = expense.sources[expense.sources.length - 1]!;
    // A text file's line (`nh.csv:11`) or a sheet's row (`kb.xls!A7`): the number it ends in.
    return { file: fileOfRow(latest) ?? latest, line: Number(/(\d+)$/.exec(latest)?.[1] ?? 0) };
  };
  return { learned: learnExpenses(rows, { currency, asOf, from, to }), from, to, sourceOf };
}

function inDayOrder(rows: readonly { readonly day: Day }[]): boolean {
  for (let i = 1; i < rows.length; i += 1) if (rows[i - 1]!.day > rows[i]!.day) return false;
  return true;
}
