import type { Day } from '../domain/day.js';
import { addDays, daysFromCivil, daysInMonth, partsOf } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import { mulDiv } from '../domain/ratio.js';
import type { Expense, Source } from '../domain/types.js';
import { EVERYDAY_CATEGORY, EVERYDAY_DESCRIPTION } from './everyday-share.js';

/** The everyday spending a forecast counts: a month's amount, the months it was learned from, and who said so. */
export interface EverydayAssumption {
  readonly perMonth: Minor;
  /** The statement months whose median it is (`2026-11`); empty when typed. */
  readonly months: readonly string[];
  readonly source: 'bank' | '--everyday';
}

/**
 * Everyday spending as one-off expenses, one a day from `from` to `to`. Each month in the range pays its share,
 * perMonth × its days in the range ÷ its days, rounded half up (the whole amount for a month in full), and the share
 * is split over those days in whole minor units, the remainder one unit each to the first days: the parts sum to
 * the share exactly. A day whose part is 0 has no expense.
 * @example everydayOutflow(minor(300_000), d('2026-12-15'), d('2026-12-31'), source)
 *   // 17 days: 164,516 (300,000 × 17/31, rounded), 2026-12-15 … 12-21 at 9,678 and 12-22 … 12-31 at 9,677
 */
export function everydayOutflow(perMonth: Minor, from: Day, to: Day, source: Source): Expense[] {
  const expenses: Expense[] = [];
  for (let start = from; start <= to; ) {
    const { year, month } = partsOf(start);
    const monthDays = daysInMonth(year, month);
    const end = Math.min(to, daysFromCivil(year, month, monthDays)) as Day;
    const covered = end - start + 1;
    const share = Number(mulDiv(BigInt(perMonth), BigInt(covered), BigInt(monthDays), 'round'));
    const base = Math.floor(share / covered);
    const remainder = share - base * covered;
    for (let index = 0; index < covered; index += 1) {
      const amount = base + (index < remainder ? 1 : 0);
      if (amount === 0) continue;
      expenses.push({
        date: addDays(start, index),
        amount: minor(amount),
        description: EVERYDAY_DESCRIPTION,
        category: EVERYDAY_CATEGORY,
        repeat: 'none',
        until: undefined,
        source,
      });
    }
    start = addDays(end, 1);
  }
  return expenses;
}
