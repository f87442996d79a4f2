import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import type { TaxProfile } from '../../src/domain/tax-calendar.js';
import { caughtUpEvents, scheduleEvents } from '../../src/forecast/schedule.js';
import { d, invoice, options, USD } from '../support/factories.js';

const profile: TaxProfile = { income: ['business'], vat: 'none', expenseMethod: 'simple', expenseRate: 0.641, dependents: 1, instalments: false, override: {} };
// 30,000,000 issued in 2025, 3.3 % withheld: the refund of 554,180 on 2026-06-30 (test/unit/tax-calendar-income.test.ts).
const books = ['2025-03-10', '2025-07-10', '2025-11-10'].map((issued, index) =>
  invoice({ id: `W${index}`, amount: 9_670_000, gross: 10_000_000, withheld: 330_000, issued: d(issued), paid: d(issued) + 30 }),
);
const taxOf = (events: ReadonlyArray<{ kind: string; date: number; amount: number }>) =>
  events.filter((e) => e.kind === 'tax').map((e) => [formatDay(e.date as never), e.amount]);

describe('the tax calendar in the schedule', () => {
  it('is in the horizon that holds its day', () => {
    expect(taxOf(scheduleEvents(books, [], options({ asOf: d('2026-06-01'), days: 60, taxProfile: profile })))).toEqual([['2026-06-30', 554_180]]);
  });

  it('is caught up, not projected again, when it falls between a dated balance and as-of', () => {
    const opts = options({ asOf: d('2026-07-05'), balanceDay: d('2026-06-20'), days: 60, taxProfile: profile });
    expect(taxOf(caughtUpEvents(books, [], opts))).toEqual([['2026-06-30', 554_180]]);
    expect(taxOf(scheduleEvents(books, [], opts))).toEqual([]);
  });

  it('is Korea’s: a book in another currency gets none', () => {
    expect(taxOf(scheduleEvents(books, [], options({ currency: USD, asOf: d('2026-06-01'), days: 60, taxProfile: profile })))).toEqual([]);
  });
});
