import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import { everydayOutflow } from '../../src/forecast/everyday-outflow.js';
import { d } from '../support/factories.js';

const SOURCE = { file: '--everyday', line: 0 };
const spread = (perMonth: number, from: string, to: string) =>
  everydayOutflow(minor(perMonth), d(from), d(to), SOURCE).map((expense): [string, number] => [formatDay(expense.date), expense.amount]);
const total = (rows: ReadonlyArray<readonly [string, number]>, month: string) =>
  rows.filter(([day]) => day.startsWith(month)).reduce((sum, [, amount]) => sum + amount, 0);

describe('everydayOutflow', () => {
  it('gives December from the 15th its 17/31 share, 300,000 × 17 / 31 = 164,516.13 rounded, the 7 units left to the first days', () => {
    const rows = spread(300_000, '2026-12-15', '2026-12-31');
    expect(total(rows, '2026-12')).toBe(164_516);
    // 164,516 = 17 × 9,677 + 7.
    expect(rows).toEqual([
      ...[15, 16, 17, 18, 19, 20, 21].map((day) => [`2026-12-${day}`, 9_678]),
      ...[22, 23, 24, 25, 26, 27, 28, 29, 30, 31].map((day) => [`2026-12-${day}`, 9_677]),
    ]);
  });

  it('pays a month in full exactly: 300,000 over January’s 31 days, 13 days at 9,678 and 18 at 9,677', () => {
    const rows = spread(300_000, '2026-12-15', '2027-02-10');
    const january = rows.filter(([day]) => day.startsWith('2027-01'));
    expect(total(rows, '2027-01')).toBe(300_000);
    expect(january.filter(([, amount]) => amount === 9_678).map(([day]) => day)).toEqual(
      Array.from({ length: 13 }, (_, index) => `2027-01-${String(index + 1).padStart(2, '0')}`),
    );
    expect(january.filter(([, amount]) => amount === 9_677)).toHaveLength(18);
    // February to the 10th: 300,000 × 10 / 28 = 107,142.86, rounded half up to 107,143 = 10 × 10,714 + 3.
    expect(total(rows, '2027-02')).toBe(107_143);
    expect(rows.filter(([day]) => day.startsWith('2027-02')).map(([, amount]) => amount)).toEqual([10_715, 10_715, 10_715, ...Array(7).fill(10_714)]);
  });

  it('leaves out the days whose part is 0: 10 won a month is 1 won on each of the first 10 days', () => {
    expect(spread(10, '2026-04-01', '2026-04-30')).toEqual(Array.from({ length: 10 }, (_, index) => [`2026-04-${String(index + 1).padStart(2, '0')}`, 1]));
  });

  it('writes one-off expenses of everyday spending, each at the source it is given', () => {
    const [first] = everydayOutflow(minor(31), d('2026-01-01'), d('2026-01-01'), SOURCE);
    expect(first).toEqual({
      date: d('2026-01-01'),
      amount: 1,
      description: 'everyday spending',
      category: 'everyday',
      repeat: 'none',
      until: undefined,
      source: SOURCE,
    });
  });
});
