import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPEATS } from '../../src/domain/recurrence.js';
import type { Expense, Invoice } from '../../src/domain/types.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import { d, expense, invoice, options } from '../support/factories.js';

const AS_OF = d('2027-01-01');
const dayAround = fc.integer({ min: AS_OF - 200, max: AS_OF + 400 });
const amount = fc.integer({ min: 1, max: 50_000_000 });

const anInvoice: fc.Arbitrary<Invoice> = fc
  .record({
    amount,
    issued: dayAround,
    dueAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    repeat: fc.constantFrom(...REPEATS),
    untilAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  })
  .map(({ amount: value, issued, dueAfter, repeat, untilAfter }) =>
    invoice({
      amount: value,
      issued,
      due: dueAfter === undefined ? undefined : issued + dueAfter,
      repeat,
      until: repeat === 'none' || untilAfter === undefined ? undefined : issued + untilAfter,
    }),
  );

const anExpense: fc.Arbitrary<Expense> = fc
  .record({
    amount,
    date: dayAround,
    repeat: fc.constantFrom(...REPEATS),
    untilAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  })
  .map(({ amount: value, date, repeat, untilAfter }) =>
    expense({
      amount: value,
      date,
      repeat,
      until: repeat === 'none' || untilAfter === undefined ? undefined : date + untilAfter,
    }),
  );

const forecastInput = fc.record({
  invoices: fc.array(anInvoice, { maxLength: 12 }),
  expenses: fc.array(anExpense, { maxLength: 12 }),
  opening: fc.integer({ min: -10_000_000, max: 10_000_000 }),
  buffer: fc.integer({ min: 0, max: 5_000_000 }),
  days: fc.integer({ min: 1, max: 400 }),
  delay: fc.integer({ min: 0, max: 90 }),
  grace: fc.integer({ min: 0, max: 60 }),
});

describe('forecast invariants', () => {
  it('closing = opening + inflows − outflows, every shortfall day is in exactly one window, no event leaves the horizon', () => {
    fc.assert(
      fc.property(forecastInput, (input) => {
        const report = buildForecast(
          input.invoices,
          input.expenses,
          options({
            asOf: AS_OF,
            days: input.days,
            openingBalance: input.opening,
            buffer: input.buffer,
            delayDays: input.delay,
            overdueGraceDays: input.grace,
          }),
        );
        const inflows = report.days.reduce((sum, day) => sum + day.inflow, 0);
        const outflows = report.days.reduce((sum, day) => sum + day.outflow, 0);
        expect(report.summary.closingBalance).toBe(input.opening + inflows - outflows);
        expect(inflows - outflows).toBe(report.events.reduce((sum, event) => sum + event.amount, 0));

        for (const day of report.days) {
          const containing = report.shortfalls.filter((window) => day.date >= window.start && day.date <= window.end);
          expect(containing.length).toBe(day.balance < input.buffer ? 1 : 0);
        }
        for (const event of report.events) {
          expect(event.date).toBeGreaterThanOrEqual(report.horizon.start);
          expect(event.date).toBeLessThanOrEqual(report.horizon.end);
        }
        expect(report.days).toHaveLength(input.days);
      }),
      { numRuns: 300 },
    );
  });
});
