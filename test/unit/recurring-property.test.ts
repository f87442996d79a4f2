import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnRecurring } from '../../src/reconcile/recurring.js';
import { rows } from '../support/debit-history.js';
import { d, KRW } from '../support/factories.js';

// A monthly payment on day `dayOfMonth` (the month's last day when shorter), moved by up to 3 days either way, its
// amount within 5 % of a base: built with Date, apart from the code under test.
const aMonthlySeries = fc
  .record({
    startYear: fc.integer({ min: 2020, max: 2030 }),
    startMonth: fc.integer({ min: 0, max: 11 }),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
    base: fc.integer({ min: 1_000, max: 10_000_000 }),
    months: fc.array(fc.record({ jitter: fc.integer({ min: -3, max: 3 }), noise: fc.integer({ min: -500, max: 500 }) }), { minLength: 3, maxLength: 24 }),
  })
  .map(({ startYear, startMonth, dayOfMonth, base, months }) =>
    months.map(({ jitter, noise }, k) => {
      const lastDay = new Date(Date.UTC(startYear, startMonth + k + 1, 0)).getUTCDate();
      const paid = new Date(Date.UTC(startYear, startMonth + k, Math.min(dayOfMonth, lastDay) + jitter));
      return { day: paid.toISOString().slice(0, 10), amount: -Math.round((base * (10_000 + noise)) / 10_000), counterparty: 'Payee', kind: 'series' };
    }),
  );

describe('learnRecurring, for any monthly series', () => {
  it('finds a series of 3 or more months, jittered by up to 3 days and varying by up to 5 %, as one monthly series', () => {
    fc.assert(
      fc.property(aMonthlySeries, (specs) => {
        const statement = rows(specs);
        const learned = learnRecurring(statement, { currency: KRW, asOf: d(specs[specs.length - 1]!.day) });
        expect(learned.map((found) => [found.repeat, found.occurrences])).toEqual([['monthly', specs.length]]);
      }),
      { numRuns: 300 },
    );
  });
});
