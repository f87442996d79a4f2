import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountRangeError } from '../../src/domain/money.js';
import { REPEATS } from '../../src/domain/recurrence.js';
import type { Expense, Invoice } from '../../src/domain/types.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import { simulate } from '../../src/forecast/simulation.js';
import { d, expense, invoice, options } from '../support/factories.js';

const AS_OF = d('2026-12-01');
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

describe('sums the forecast makes stay exact or are refused', () => {
  it('two invoices of ₩9,000,000,000,000,000 paid the same day: an AmountRangeError naming the total and the largest row', () => {
    const big = [
      invoice({ id: 'A', amount: 9e15, issued: AS_OF }),
      invoice({ id: 'B', amount: 9e15, issued: AS_OF, source: { file: 'invoices.csv', line: 3 } }),
    ];
    expect(() => buildForecast(big, [], options({ asOf: AS_OF }))).toThrow(
      expect.objectContaining({
        name: 'AmountRangeError',
        message:
          'the opening balance, the buffer and the 2 cash events of the horizon add up to ₩18,000,000,000,000,000 (each taken as positive), ' +
          'more than cashflow can add exactly (₩9,007,199,254,740,991)',
        hint: 'check the largest, the invoice at invoices.csv:2 (₩9,000,000,000,000,000), for a mistyped amount',
      }),
    );
  });

  it('the error is a RangeError that carries its hint', () => {
    const error = new AmountRangeError('the total', 'check it');
    expect(error).toBeInstanceOf(RangeError);
    expect(error.hint).toBe('check it');
  });

  it('twelve paid taxable invoices of the largest amount: their VAT payment is refused, not rounded', () => {
    // vatIncluded(2^53 − 1) = 818,836,295,885,545; eleven of them pass 2^53 − 1 before the payment is even an event.
    const taxable = Array.from({ length: 12 }, (_, k) =>
      invoice({
        id: `T-${k}`,
        amount: Number.MAX_SAFE_INTEGER,
        vat: 818_836_295_885_545,
        issued: d('2026-08-03'),
        paid: d('2026-09-01'),
      }),
    );
    expect(() => buildForecast(taxable, [], options({ asOf: AS_OF }))).toThrow(
      expect.objectContaining({
        name: 'AmountRangeError',
        message: 'the VAT for 2026 H2 is more than cashflow can add exactly (₩9,007,199,254,740,991)',
        hint: 'check the taxable invoices issued in 2026 H2 for a mistyped amount',
      }),
    );
  });

  it('the simulation refuses open invoices that could add up past 2^53 − 1 instead of returning rounded balances', () => {
    const big = [invoice({ id: 'A', amount: 9e15, issued: AS_OF }), invoice({ id: 'B', amount: 9e15, issued: AS_OF })];
    const run = () => simulate(big, [], options({ asOf: AS_OF }), { runs: 5, seed: 1, minHistory: 3, lines: [], windows: [] });
    expect(run).toThrow(AmountRangeError);
    expect(run).toThrow(
      /the opening balance, the buffer, the 0 other cash events and the 2 open invoices the simulation draws add up to ₩18,000,000,000,000,000/,
    );
  });

  // Amounts from small to close to 2^53, so that some forecasts fit and some do not.
  const amount = fc.oneof(fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 2 ** 48, max: 2 ** 51 }));
  const dayAround = fc.integer({ min: AS_OF - 100, max: AS_OF + 120 });
  const anInvoice: fc.Arbitrary<Invoice> = fc
    .record({ amount, issued: dayAround, repeat: fc.constantFrom(...REPEATS) })
    .map((fields) => invoice({ ...fields, until: fields.repeat === 'none' ? undefined : fields.issued + 200 }));
  const anExpense: fc.Arbitrary<Expense> = fc
    .record({ amount, date: dayAround, repeat: fc.constantFrom(...REPEATS) })
    .map((fields) => expense({ ...fields, until: fields.repeat === 'none' ? undefined : fields.date + 200 }));
  const signed = fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 }));

  it('every balance, daily total, gap and ledger balance equals its BigInt recomputation, or the forecast is refused (property)', () => {
    let exact = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(anInvoice, { maxLength: 6 }), fc.array(anExpense, { maxLength: 6 }), signed, signed, (invoices, expenses, opening, buffer) => {
        let report: ReturnType<typeof buildForecast>;
        try {
          report = buildForecast(invoices, expenses, options({ asOf: AS_OF, days: 120, openingBalance: opening, buffer }));
        } catch (error) {
          expect(error).toBeInstanceOf(AmountRangeError);
          refused += 1;
          return;
        }
        exact += 1;
        let balance = BigInt(opening);
        let index = 0;
        for (const day of report.days) {
          let inflow = 0n;
          let outflow = 0n;
          for (; index < report.events.length && report.events[index]!.date === day.date; index += 1) {
            const event = report.events[index]!;
            if (event.amount >= 0) inflow += BigInt(event.amount);
            else outflow -= BigInt(event.amount);
            // The ledger's running balance, event by event.
            balance += BigInt(event.amount);
            expect(BigInt(event.balance)).toBe(balance);
          }
          expect([BigInt(day.inflow), BigInt(day.outflow), BigInt(day.balance)]).toEqual([inflow, outflow, balance]);
          expect(balance <= MAX && balance >= -MAX).toBe(true);
        }
        expect(index).toBe(report.events.length);
        for (const window of report.shortfalls) {
          window.gaps.forEach((gap, k) => {
            expect(BigInt(gap)).toBe(BigInt(buffer) - BigInt(report.days[window.start - AS_OF + k]!.balance));
          });
        }
      }),
      { numRuns: 200 },
    );
    // Both sides of the bound were exercised.
    expect(exact).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
