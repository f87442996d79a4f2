import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { Repeat } from '../domain/recurrence.js';
import type { BankTransaction } from '../domain/statement.js';
import type { Payee } from './payee.js';
import { cleanPayeeText, payeeOf } from './payee.js';
import { guessCategory } from './payee-category.js';
import { amountClusters, middleOfLastThree, relativeSpread, sortedAmounts, twiceMedian, withinPercentOfMedian } from './recurring-amounts.js';
import { confidenceOf, hasStopped } from './recurring-confidence.js';
import { nextOccurrence } from './recurring-next.js';
import type { PeriodFit } from './recurring-period.js';
import { fitPeriod } from './recurring-period.js';
import type { LearnSettings } from './recurring-settings.js';
import { coveredSpan } from './recurring-settings.js';

/** An expense the statement shows paid on a schedule: what an expenses row holds, and the evidence for it. */
export interface RecurringExpense {
  /** The payee as the bank wrote it on the latest payment, without channel words and card digits. */
  readonly description: string;
  /** The payee's grouping key (see payeeKey). */
  readonly payee: string;
  /** A positive outflow: the middle of the last three payments (one of them, so no rounding). */
  readonly amount: Minor;
  readonly repeat: Exclude<Repeat, 'none'>;
  /** For monthly, quarterly and yearly rules, the day of the month; `last` for the month's last day. */
  readonly dayOfMonth: number | 'last' | undefined;
  /** The next occurrence on or after as-of (for a stopped series: where it would have been). */
  readonly date: Day;
  /** The day an expenses row starts the rule from: `date`, or an earlier day when date's month clamps the rule. */
  readonly start: Day;
  /** The latest payment seen. */
  readonly last: Day;
  readonly occurrences: number;
  /** The period is regular but the amounts stray more than ±5 % from their median (a card bill). */
  readonly variable: boolean;
  /** In [0, 1]; see recurring-confidence. */
  readonly confidence: number;
  /** The statement rows paid, oldest first (`nh.csv:11`). */
  readonly sources: readonly string[];
  /** rent, phone, insurance, subscription or card where the payee makes it plain. */
  readonly category: string | undefined;
}

/** Every series found: the ones still paid, and the ones that stopped (whose rows are not everyday spending either). */
export interface LearnedSeries {
  readonly recurring: RecurringExpense[];
  readonly stopped: RecurringExpense[];
}

interface Debit {
  readonly row: BankTransaction;
  readonly day: Day;
  readonly outflow: Minor;
  readonly payee: Payee;
}

interface Series {
  readonly debits: readonly Debit[];
  readonly fit: PeriodFit;
  readonly variable: boolean;
}

const FIXED_PERCENT = 5;

/**
 * The recurring expenses in a statement's debits (rows with amount < 0; others are ignored): see learnSeries.
 * @example learnRecurring(statement.transactions, { currency: KRW, asOf: d('2027-01-05') })
 *   // [{ description: '월세', amount: 750000, repeat: 'monthly', dayOfMonth: 25, date: 2027-01-25, … }]
 */
export function learnRecurring(transactions: readonly BankTransaction[], settings: LearnSettings): RecurringExpense[] {
  return learnSeries(transactions, settings).recurring;
}

/**
 * The series in the debits, grouped by payee (payeeOf). A group's debits of 3 or more times its median are one-offs
 * and left out. The rest is a series when their days fit a period (fitPeriod) and every amount is within ±5 % of
 * their median; or, for a monthly, quarterly or yearly period, with amounts that stray more (a card bill), a variable
 * one. Failing both, each cluster of like amounts (amountClusters) is tried as a fixed series of its own, when it is at
 * least half the payee's rows over its span: rent beside one repair paid to the landlord, KT's phone bill beside its
 * internet bill. Linear in the rows but for sorting.
 */
export function learnSeries(transactions: readonly BankTransaction[], settings: LearnSettings): LearnedSeries {
  const groups = debitsByPayee(transactions);
  const end = coveredSpan(transactions, settings)?.to;
  const recurring: RecurringExpense[] = [];
  const stopped: RecurringExpense[] = [];
  for (const debits of groups.values()) {
    for (const series of seriesOf(debits)) {
      const last = series.debits[series.debits.length - 1]!.day;
      const sinceLast = (end ?? last) - last;
      (hasStopped(series.fit, sinceLast) ? stopped : recurring).push(expenseOf(series, sinceLast, settings.asOf));
    }
  }
  const order = (a: RecurringExpense, b: RecurringExpense) => a.date - b.date || b.amount - a.amount || compareText(a.payee, b.payee);
  return { recurring: recurring.sort(order), stopped: stopped.sort(order) };
}

function debitsByPayee(transactions: readonly BankTransaction[]): Map<string, Debit[]> {
  // A statement repeats a few payee texts many times over; each is cleaned once. Looked up by counterparty, then memo:
  // a key joining the two would be a new string to build and hash on every row.
  const payees = new Map<string, Map<string, Payee>>();
  const groups = new Map<string, Debit[]>();
  let sorted = true;
  for (const row of transactions) {
    if (row.amount >= 0) continue;
    let byMemo = payees.get(row.counterparty);
    if (byMemo === undefined) {
      byMemo = new Map();
      payees.set(row.counterparty, byMemo);
    }
    let payee = byMemo.get(row.memo);
    if (payee === undefined) {
      payee = payeeOf(row);
      byMemo.set(row.memo, payee);
    }
    const debit: Debit = { row, day: row.day, outflow: minor(-row.amount), payee };
    const group = groups.get(payee.key);
    if (group === undefined) groups.set(payee.key, [debit]);
    else {
      if (group[group.length - 1]!.day > debit.day) sorted = false;
      group.push(debit);
    }
  }
  // Rows come oldest first from a statement, and then every group is in order already (the sort is stable: a no-op).
  if (!sorted) for (const group of groups.values()) group.sort((a, b) => a.day - b.day);
  return groups;
}

const outflowOf = (debit: Debit): number => debit.outflow;

function seriesOf(group: readonly Debit[]): Series[] {
  if (group.length < 3) return [];
  const doubled = twiceMedian(sortedAmounts(group, outflowOf));
  const usual = group.filter((debit) => 2 * debit.outflow < 3 * doubled);
  const whole = fixedOrVariable(usual);
  if (whole !== undefined) return [whole];
  const clusters = amountClusters(usual);
  // One cluster is the group again, which has just failed.
  if (clusters.length === 1) return [];
  // A cluster must also be most of its payee's rows over its span: three equal coffees among fifty that happen to
  // fall on a quarterly grid are a coincidence, rent beside one repair is not (nor KT's two bills, half each).
  return clusters.flatMap((cluster) => {
    const series = fixedOrVariable(cluster.sort((a, b) => a.day - b.day));
    if (series === undefined || series.variable) return [];
    const others = rowsBetween(usual, cluster[0]!.day, cluster[cluster.length - 1]!.day) - cluster.length;
    return cluster.length >= others ? [series] : [];
  });
}

/** How many of the debits (by day, ascending) fall from `from` to `to`, inclusive: two binary searches. */
function rowsBetween(debits: readonly Debit[], from: Day, to: Day): number {
  const firstAfter = (day: number) => {
    let low = 0;
    let high = debits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (debits[middle]!.day <= day) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return firstAfter(to) - firstAfter(from - 1);
}

function fixedOrVariable(debits: readonly Debit[]): Series | undefined {
  if (debits.length < 3) return undefined;
  const fit = fitPeriod(debits.map((debit) => debit.day));
  if (fit === undefined) return undefined;
  const doubled = twiceMedian(sortedAmounts(debits, outflowOf));
  const fixed = debits.every((debit) => withinPercentOfMedian(debit.outflow, doubled, FIXED_PERCENT));
  // A weekly or fortnightly payee of varying amounts is a habit (the Saturday shop), not a bill: everyday spending.
  if (!fixed && fit.period.months === undefined) return undefined;
  return { debits, fit, variable: !fixed };
}

function expenseOf(series: Series, sinceLast: number, asOf: Day): RecurringExpense {
  const { debits, fit, variable } = series;
  const latest = debits[debits.length - 1]!;
  const outflows = debits.map((debit) => debit.outflow);
  const spread = relativeSpread(outflows, twiceMedian(sortedAmounts(debits, outflowOf)));
  const { date, start } = nextOccurrence(fit, asOf);
  return {
    description: latest.payee.name,
    payee: latest.payee.key,
    amount: middleOfLastThree(outflows),
    repeat: fit.period.repeat,
    dayOfMonth: fit.dayOfMonth === 31 ? 'last' : fit.dayOfMonth,
    date,
    start,
    last: latest.day,
    occurrences: debits.length,
    variable,
    confidence: confidenceOf({ fit, spread, variable, sinceLast }),
    sources: debits.map((debit) => debit.row.source),
    category: guessCategory(cleanPayeeText(latest.row.counterparty), cleanPayeeText(latest.row.memo)),
  };
}
