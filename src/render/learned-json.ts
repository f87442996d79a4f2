import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { EverydaySpending } from '../reconcile/everyday.js';
import type { LearnedExpenses } from '../reconcile/learn-expenses.js';
import type { RecurringExpense } from '../reconcile/recurring.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { sourceText } from './source-text.js';

/** The JSON `assumptions` of learned expenses and everyday spending (contract version 1, added with issue 14). */
export function learnedAssumptionsJson(report: Pick<CashflowReport, 'learnedExpenses' | 'everyday'>, currency: Currency) {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  return {
    learnedExpenses: report.learnedExpenses.map(({ learned, expense, replaces }) => ({
      description: learned.description,
      amount: money(learned.amount),
      repeat: learned.repeat,
      date: formatDay(learned.date),
      replaces: replaces === undefined ? null : sourceText(replaces.source),
      category: learned.category ?? null,
      source: sourceText(expense.source),
    })),
    everyday:
      report.everyday === undefined ? null : { perMonth: money(report.everyday.perMonth), months: report.everyday.months, source: report.everyday.source },
  };
}

/** One learned expense as `expenses --from-bank --json` prints it: amounts in major units, dates YYYY-MM-DD. */
export function recurringJson(expense: RecurringExpense, currency: Currency) {
  return {
    description: expense.description,
    amount: toMajorNumber(expense.amount, currency),
    repeat: expense.repeat,
    date: formatDay(expense.date),
    occurrences: expense.occurrences,
    variable: expense.variable,
    confidence: expense.confidence,
    sources: expense.sources,
    category: expense.category ?? null,
    last: formatDay(expense.last),
  };
}

/** `everyday` of `expenses --from-bank --json`: the typical month and the months it is the median of. */
export function everydayJson(everyday: EverydaySpending, currency: Currency) {
  return { perMonth: toMajorNumber(everyday.perMonth, currency), months: everyday.months };
}

/**
 * The document `expenses --from-bank --json` prints (version 1): `recurring` and `everyday` as the README gives them,
 * and beside them the day and currency they are in, and the series that stopped (not expected again).
 */
export function learnedExpensesJson(learned: LearnedExpenses, currency: Currency, asOf: Day) {
  return {
    version: 1,
    asOf: formatDay(asOf),
    currency: currency.code,
    recurring: learned.recurring.map((expense) => recurringJson(expense, currency)),
    everyday: everydayJson(learned.everyday, currency),
    stopped: learned.stopped.map((expense) => recurringJson(expense, currency)),
  };
}
