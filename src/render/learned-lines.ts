import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { plainTableText } from './plain-table.js';
import { safeText } from './safe-text.js';
import { sourceText } from './source-text.js';

/** The summary row of everyday spending: how much a month, and where the amount came from. */
export function everydayRow(report: Pick<CashflowReport, 'everyday' | 'options'>): [string, string] | undefined {
  const { everyday } = report;
  if (everyday === undefined) return undefined;
  const amount = `${formatMoney(everyday.perMonth, report.options.currency)} a month, spread over each day`;
  const { months } = everyday;
  const from =
    everyday.source === '--everyday'
      ? '--everyday'
      : `median of ${months.length} statement month${months.length === 1 ? '' : 's'}, ${months[0]} … ${months[months.length - 1]}`;
  return ['Everyday', `${amount} (${from})`];
}

/** The expenses learned from the statements, each with the expenses-file row it replaces from as-of on. */
export function learnedLines(report: Pick<CashflowReport, 'learnedExpenses' | 'options'>, chalk: ChalkInstance): string[] {
  const uses = report.learnedExpenses;
  if (uses.length === 0) return [];
  // The file without its folder, as the reconcile table names statement rows: the column is narrow.
  const rows = uses.map(({ learned, replaces }) => [
    formatDay(learned.date),
    formatMoney(learned.amount, report.options.currency),
    learned.repeat,
    safeText(learned.description),
    replaces === undefined ? 'new' : safeText(sourceText(replaces.source).replace(/^.*[\\/]/, '')),
  ]);
  const head = ['Next', 'Amount', 'Repeat', 'Payee', 'Replaces'];
  const table = plainTableText(head, [11, 13, 10, 22, 22], ['left', 'right', 'left', 'left', 'left'], chalk, rows);
  return [chalk.bold(`Learned expenses (${uses.length}): from the statement, in place of the rows they replace`), table, ''];
}
