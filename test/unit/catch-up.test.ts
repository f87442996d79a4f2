import { describe, expect, it } from 'vitest';
import { chooseCatalogue } from '../../src/bridge/catalogue-choice.js';
import { formatDay } from '../../src/domain/day.js';
import type { Expense, Invoice } from '../../src/domain/types.js';
import type { ForecastOptions } from '../../src/forecast/options.js';
import type { StartingBalance } from '../../src/forecast/starting-balance.js';
import { chooseStartingBalance } from '../../src/forecast/starting-balance.js';
import { buildReport } from '../../src/report/build-report.js';
import { d, expense, invoice, KRW, options, statement } from '../support/factories.js';

const AS_OF = '2026-12-01';
const INVOICES = [
  invoice({ id: 'PAID', client: 'A', amount: 300_000, issued: d('2026-11-01'), paid: d('2026-11-27') }),
  invoice({ id: 'LATE', client: 'B', amount: 800_000, issued: d('2026-10-01'), due: d('2026-10-31'), source: { file: 'invoices.csv', line: 3 } }),
  invoice({
    id: 'RET',
    client: 'C',
    amount: 400_000,
    issued: d('2026-11-22'),
    due: d('2026-12-06'),
    repeat: 'monthly',
    source: { file: 'invoices.csv', line: 4 },
  }),
];
const EXPENSES = [
  expense({ description: 'Rent', amount: 650_000, date: d('2026-10-25'), repeat: 'monthly' }),
  expense({ description: 'Desk', amount: 100_000, date: d('2026-11-28'), source: { file: 'expenses.csv', line: 3 } }),
];

function dated(amount: number, day: string, statements = [] as Parameters<typeof chooseStartingBalance>[0]): StartingBalance {
  const result = chooseStartingBalance(statements, { amount: amount as never, day: day === '' ? undefined : d(day), source: '--balance' }, d(AS_OF));
  if ('conflict' in result) throw new Error('conflict');
  return result;
}
function run(
  balance: StartingBalance | undefined,
  invoices: readonly Invoice[] = INVOICES,
  expenses: readonly Expense[] = EXPENSES,
  more: Partial<ForecastOptions> = {},
) {
  const opts = { ...options({ asOf: d(AS_OF), days: 40 }), ...more };
  return buildReport({ invoices, expenses, balance }, opts, chooseCatalogue(KRW, undefined));
}
const listed = (report: ReturnType<typeof run>) =>
  report.balance.caughtUp.map((event) => [formatDay(event.date), event.kind, event.amount, event.balance, event.assumed]);
const eventsOf = (report: ReturnType<typeof run>) =>
  report.events.map((event) => [
    formatDay(event.date),
    event.kind === 'invoice' ? event.id : event.kind === 'expense' ? event.description : 'tax',
    event.amount,
  ]);

describe('a balance dated before as-of − 1 is caught up to as-of', () => {
  it('applies what the books schedule in between — expenses, invoices marked paid then — and opens with the sum', () => {
    const report = run(dated(1_000_000, '2026-11-20'));
    expect(listed(report)).toEqual([
      ['2026-11-25', 'expense', -650_000, 350_000, true],
      ['2026-11-27', 'paid', 300_000, 650_000, true],
      ['2026-11-28', 'expense', -100_000, 550_000, true],
    ]);
    expect(report.options.openingBalance).toBe(550_000);
    expect([report.balance.amount, formatDay(report.balance.day), report.balance.ageDays]).toEqual([1_000_000, '2026-11-20', 10]);
  });

  it('keeps caught-up events out of the projection; an open invoice stays the overdue one the invoices file says', () => {
    const report = run(dated(1_000_000, '2026-11-20'));
    expect(eventsOf(report)).toEqual([
      // LATE was expected 10-31: not assumed paid in the catch-up, but overdue, as-of + 14.
      ['2026-12-15', 'LATE', 800_000],
      // RET issued 11-22, after the balance: its cash (11-22 + 30) is not in the balance, so it is projected.
      ['2026-12-22', 'RET@2026-11-22', 400_000],
      ['2026-12-25', 'Rent', -650_000],
    ]);
  });

  it('an undated balance is the end of as-of − 1 as before: nothing caught up, age 0, retainers issued before as-of left out', () => {
    const report = run(dated(1_000_000, ''));
    expect([report.balance.caughtUp, report.balance.ageDays, report.balance.dated, report.balance.stale]).toEqual([[], 0, false, false]);
    expect(report.options.openingBalance).toBe(1_000_000);
    expect(eventsOf(report).map(([, what]) => what)).toEqual(['LATE', 'Rent']);
    expect(run(undefined).events).toEqual(run(dated(0, '')).events);
  });

  it('pays a VAT deadline that falls in between, and not again in the horizon', () => {
    const taxable = [invoice({ id: 'T', amount: 1_100_000, vat: 100_000, issued: d('2026-03-02'), paid: d('2026-03-20') })];
    const vat = (report: ReturnType<typeof run>) => report.balance.caughtUp.filter((event) => event.kind === 'tax');
    const report = buildReport(
      { invoices: taxable, expenses: [], balance: dated(500_000, '2026-07-20') },
      { ...options({ asOf: d('2026-07-28'), days: 30 }) },
      chooseCatalogue(KRW, undefined),
    );
    // The H1 deadline, 25 July 2026, is a Saturday: paid on Monday 27 July, inside the caught-up days.
    expect(vat(report as ReturnType<typeof run>).map((event) => [formatDay(event.date), event.amount])).toEqual([['2026-07-27', -100_000]]);
    expect(report.options.openingBalance).toBe(400_000);
    expect(report.events).toEqual([]);
  });

  it('applies the statements’ later rows as they happened, before the books’ events of the same day', () => {
    const nh = statement('nh.csv', [{ day: '2026-11-20', amount: 5_000, balance: 1_000_000 }]);
    const kb = statement('kb.csv', [
      { day: '2026-11-24', amount: 90_000, balance: 290_000 },
      { day: '2026-11-25', amount: -40_000, balance: 250_000, counterparty: '김철수' },
    ]);
    const chosen = chooseStartingBalance([nh, kb], undefined, d(AS_OF));
    if ('conflict' in chosen) throw new Error('conflict');
    const report = run(chosen);
    // kb at the end of 11-20: 250,000 − (90,000 − 40,000) = 200,000; with nh 1,200,000.
    expect(report.balance.amount).toBe(1_200_000);
    expect(listed(report)).toEqual([
      ['2026-11-24', 'statement', 90_000, 1_290_000, false],
      ['2026-11-25', 'statement', -40_000, 1_250_000, false],
      ['2026-11-25', 'expense', -650_000, 600_000, true],
      ['2026-11-27', 'paid', 300_000, 900_000, true],
      ['2026-11-28', 'expense', -100_000, 800_000, true],
    ]);
    expect(report.options.openingBalance).toBe(800_000);
  });
});

describe('how long the user has been short', () => {
  const rentOnly = [expense({ description: 'Rent', amount: 650_000, date: d('2026-11-25'), repeat: 'monthly' })];

  it('is the day the caught-up balance fell below the buffer, when the horizon opens short', () => {
    const report = run(dated(500_000, '2026-11-20'), [], rentOnly);
    expect([report.options.openingBalance, report.summary.firstShortfall, report.summary.shortSince]).toEqual([-150_000, d(AS_OF), d('2026-11-25')]);
  });

  it('counts only the last run of short days, and nothing when the horizon opens above the buffer', () => {
    const income = [invoice({ amount: 700_000, issued: d('2026-11-01'), paid: d('2026-11-26') })];
    const twice = [...rentOnly, expense({ description: 'Card', amount: 600_000, date: d('2026-11-29') })];
    expect(run(dated(500_000, '2026-11-20'), income, twice).summary.shortSince).toEqual(d('2026-11-29'));
    expect(run(dated(500_000, '2026-11-20'), income, rentOnly).summary.shortSince).toBeUndefined();
    expect(run(dated(500_000, '2026-11-20'), [], rentOnly, { buffer: 0 as never }).summary.shortSince).toEqual(d('2026-11-25'));
  });
});
