import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import { everydaySpending, sortDebits } from '../../src/reconcile/everyday.js';
import { largeFloor } from '../../src/reconcile/everyday-large.js';
import type { LearnSettings } from '../../src/reconcile/recurring-settings.js';
import { rows } from '../support/debit-history.js';
import { d, KRW, USD } from '../support/factories.js';

const spent = (day: string, amount: number, counterparty = 'shop') => ({ day, amount: -amount, counterparty, kind: 'everyday' });
const settings = (fields: Partial<LearnSettings> = {}): LearnSettings => ({ currency: KRW, asOf: d('2026-04-01'), ...fields });

describe('everydaySpending', () => {
  it('leaves out the months the statement covers only in part, and says which it used', () => {
    const statement = rows([spent('2026-01-20', 90_000), spent('2026-02-10', 100_000), spent('2026-03-05', 120_000), spent('2026-04-02', 5_000)]);
    // From Jan 15 to Apr 10: January and April are partial; the median of February and March is 110,000.
    expect(everydaySpending(statement, [], settings({ from: d('2026-01-15'), to: d('2026-04-10') }))).toEqual({
      perMonth: 110_000,
      months: ['2026-02', '2026-03'],
    });
  });

  it('counts a complete month without everyday debits as 0, and rounds an even count’s median half up', () => {
    const statement = rows([spent('2026-01-03', 1_001), spent('2026-03-03', 1_002), spent('2026-04-03', 5_000)]);
    // Totals 1,001, 0, 1,002 and 5,000: the middle two are 1,001 and 1,002, whose mean 1,001.5 rounds up.
    expect(everydaySpending(statement, [], settings({ from: d('2026-01-01'), to: d('2026-04-30') }))).toEqual({
      perMonth: 1_002,
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
    });
  });

  it('is 0 over no months when no month is complete', () => {
    expect(everydaySpending(rows([spent('2026-01-03', 5_000), spent('2026-01-20', 5_000)]), [], settings())).toEqual({ perMonth: 0, months: [] });
  });

  it('leaves out the rows of a series and the large one-offs, and ignores credits', () => {
    const statement = rows([
      spent('2026-02-01', 10_000),
      spent('2026-02-02', 10_000),
      spent('2026-02-03', 20_000),
      spent('2026-02-10', 750_000, '월세'),
      spent('2026-02-11', 900_000, '애플스토어'),
      { day: '2026-02-15', amount: 3_000_000, counterparty: '급여', kind: 'income' },
      spent('2026-02-20', 30_000),
    ]);
    const rent = { sources: [statement[3]!.source] };
    expect(everydaySpending(statement, [rent], settings({ from: d('2026-02-01'), to: d('2026-02-28') }))).toEqual({ perMonth: 70_000, months: ['2026-02'] });
  });
});

describe('large one-offs', () => {
  it('are at least the currency’s floor: ₩500,000 and $500.00', () => {
    expect([largeFloor(KRW), largeFloor(USD)]).toEqual([500_000, 50_000]);
    const small = ['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04'].map((day) => spent(day, 10_000));
    const statement = rows([...small, spent('2026-02-05', 499_999), spent('2026-02-06', 500_000)]);
    expect(sortDebits(statement, [], settings()).oneOffs.map((row) => -row.amount)).toEqual([500_000]);
  });

  it('are at least 3 times the median debit: a month of ₩400,000 payments makes ₩1,000,000 ordinary', () => {
    const statement = rows([spent('2026-02-03', 400_000), spent('2026-02-04', 400_000), spent('2026-02-05', 1_000_000), spent('2026-02-06', 1_200_000)]);
    // The median is 700,000: 3 × 700,000 = 2,100,000 is the threshold.
    expect(sortDebits(statement, [], settings()).oneOffs).toEqual([]);
    const smaller = rows([spent('2026-02-03', 400_000), spent('2026-02-04', 400_000), spent('2026-02-05', 400_000), spent('2026-02-06', 1_200_000)]);
    expect(sortDebits(smaller, [], settings()).oneOffs.map((row) => [formatDay(row.day), -row.amount])).toEqual([['2026-02-06', 1_200_000]]);
  });

  it('take a floor from the settings over the currency’s', () => {
    const statement = rows([spent('2026-02-03', 10_000), spent('2026-02-04', 10_000), spent('2026-02-05', 10_000), spent('2026-02-06', 200_000)]);
    expect(sortDebits(statement, [], settings({ largeFloor: minor(150_000) })).oneOffs.map((row) => -row.amount)).toEqual([200_000]);
  });
});
