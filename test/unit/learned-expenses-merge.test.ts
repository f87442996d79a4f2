import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import type { Expense } from '../../src/domain/types.js';
import { useLearnedExpenses } from '../../src/forecast/learned-expenses.js';
import { payeeKey } from '../../src/reconcile/payee.js';
import type { RecurringExpense } from '../../src/reconcile/recurring.js';
import { d, expense } from '../support/factories.js';

const AS_OF = d('2027-01-05');

/** A learned monthly expense paying next on `date`, seen at bank.csv:`line`. */
function learned(description: string, amount: number, date: string, line = 9): RecurringExpense {
  return {
    description,
    payee: payeeKey(description),
    amount: minor(amount),
    repeat: 'monthly',
    dayOfMonth: Number(date.slice(8)),
    date: d(date),
    start: d(date),
    last: d('2026-12-25'),
    occurrences: 12,
    variable: false,
    confidence: 0.9,
    sources: [`bank.csv:${line}`],
    category: undefined,
  };
}

const monthly = (description: string, amount: number, date: string, line: number, fields: Partial<Expense> = {}) =>
  expense({ description, amount: minor(amount), date: d(date), repeat: 'monthly', source: { file: 'expenses.csv', line }, ...fields });

function merge(file: readonly Expense[], found: readonly RecurringExpense[]) {
  const { expenses, uses } = useLearnedExpenses(file, found, AS_OF, (use) => ({ file: 'bank.csv', line: Number(use.sources[0]!.split(':')[1]) }));
  return {
    replaced: uses.map((use) => [use.learned.description, use.replaces?.source.line ?? null]),
    rows: expenses.map((row) => [row.description, formatDay(row.date), row.until === undefined ? null : formatDay(row.until), row.source.file]),
  };
}

describe('useLearnedExpenses', () => {
  it('replaces the file’s rent typed under another name: same repeat, the same amount, an occurrence within 3 days', () => {
    const result = merge([monthly('월세', 750_000, '2026-01-25', 2)], [learned('김영희', 750_000, '2027-01-27')]);
    expect(result.replaced).toEqual([['김영희', 2]]);
    // The file's row still pays before as-of (the catch-up from the statement's end), the learned one from then on.
    expect(result.rows).toEqual([
      ['월세', '2026-01-25', '2027-01-04', 'expenses.csv'],
      ['김영희', '2027-01-27', null, 'bank.csv'],
    ]);
  });

  it('does not take a bill 4 days away, or 6 % dearer, for the same one', () => {
    expect(merge([monthly('월세', 750_000, '2026-01-25', 2)], [learned('김영희', 750_000, '2027-01-29')]).replaced).toEqual([['김영희', null]]);
    expect(merge([monthly('월세', 750_000, '2026-01-25', 2)], [learned('김영희', 795_001, '2027-01-25')]).replaced).toEqual([['김영희', null]]);
    // 5 % of 750,000 is 37,500: 787,500 is still the same rent.
    expect(merge([monthly('월세', 787_500, '2026-01-25', 2)], [learned('김영희', 750_000, '2027-01-25')]).replaced).toEqual([['김영희', 2]]);
  });

  it('replaces a row naming the payee whatever its amount and day: Netflix is NETFLIX.COM, but 삼성 is not 삼성화재', () => {
    const file = [monthly('Netflix', 13_500, '2026-01-27', 2), monthly('삼성', 98_000, '2026-01-20', 3, { repeat: 'yearly' })];
    expect(merge(file, [learned('NETFLIX.COM', 17_000, '2027-02-03'), learned('삼성화재', 98_000, '2027-01-10')]).replaced).toEqual([
      ['NETFLIX.COM', 2],
      ['삼성화재', null],
    ]);
  });

  it('pairs one to one, the nearer amount first, so a second rent row is kept', () => {
    const file = [monthly('Rent A', 760_000, '2026-01-25', 2), monthly('Rent B', 750_000, '2026-01-25', 3)];
    expect(merge(file, [learned('김영희', 750_000, '2027-01-25')]).replaced).toEqual([['김영희', 3]]);
  });

  it('leaves one-offs and rows that ended before as-of alone, and drops a replaced row that starts after it', () => {
    const file = [
      expense({ description: '월세', amount: minor(750_000), date: d('2027-01-25'), source: { file: 'expenses.csv', line: 2 } }),
      monthly('월세', 750_000, '2026-01-25', 3, { until: d('2026-12-31') }),
      monthly('월세', 750_000, '2027-01-25', 4),
    ];
    const result = merge(file, [learned('김영희', 750_000, '2027-01-25')]);
    expect(result.replaced).toEqual([['김영희', 4]]);
    expect(result.rows.map(([description, date]) => `${description} ${date}`)).toEqual(['월세 2027-01-25', '월세 2026-01-25', '김영희 2027-01-25']);
  });
});
