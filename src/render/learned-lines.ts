import type { ChalkInstance } from 'chalk';
import { tableAmount } from '../i18n/amount-text.js';
import { tableDay } from '../i18n/day-text.js';
import type { Lang } from '../i18n/lang.js';
import { LEARNED } from '../i18n/messages/learned.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { plainTableText } from './plain-table.js';
import { safeText } from './safe-text.js';
import { sourceText } from './source-text.js';

/** The summary row of everyday spending: how much a month, and where the amount came from. */
export function everydayRow(report: Pick<CashflowReport, 'everyday' | 'options'>, lang: Lang = 'en'): [string, string] | undefined {
  const { everyday } = report;
  if (everyday === undefined) return undefined;
  const text = LEARNED[lang];
  const from = everyday.source === '--everyday' ? { typed: true as const } : { months: everyday.months };
  return [text.everydayLabel(), text.everydayValue(everyday.perMonth, report.options.currency, from)];
}

/** The expenses learned from the statements, each with the expenses-file row it replaces from as-of on. */
export function learnedLines(report: Pick<CashflowReport, 'learnedExpenses' | 'options'>, chalk: ChalkInstance, lang: Lang = 'en'): string[] {
  const uses = report.learnedExpenses;
  if (uses.length === 0) return [];
  const text = LEARNED[lang];
  // The file without its folder, as the reconcile table names statement rows: the column is narrow.
  const rows = uses.map(({ learned, replaces }) => [
    tableDay(learned.date),
    tableAmount(learned.amount, report.options.currency),
    text.repeat(learned.repeat),
    safeText(learned.description),
    replaces === undefined ? text.newRow() : safeText(sourceText(replaces.source).replace(/^.*[\\/]/, '')),
  ]);
  const table = plainTableText([...text.learnedHeadings()], [11, 13, 10, 22, 22], ['left', 'right', 'left', 'left', 'left'], chalk, rows);
  return [chalk.bold(text.learnedTitle(uses.length)), table, ''];
}
