import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import { d, expense, invoice, options } from '../support/factories.js';

/** Expands [days, balance] runs into one balance per day. */
const runs = (...pairs: Array<[number, number]>) => pairs.flatMap(([count, balance]) => new Array<number>(count).fill(balance));

describe('a hand-computed forecast', () => {
  // As of 2027-01-20, 40 days (to 2027-02-28), opening ₩500,000, buffer ₩100,000, delay 30, grace 14.
  const report = buildForecast(
    [
      // issued + 30 = 2026-12-01 is past at as-of: overdue, expected 2027-01-20 + 14 = 2027-02-03.
      invoice({ id: 'OVER', amount: 400_000, issued: d('2026-11-01'), due: d('2026-11-15') }),
      // due 2027-02-06 is later than issued + 30 = 2027-02-04, so the due date wins.
      invoice({ id: 'LATE-DUE', amount: 300_000, issued: d('2027-01-05'), due: d('2027-02-06') }),
      // issued in the future, no due date: issued + 30 = 2027-02-24.
      invoice({ id: 'FUTURE', amount: 200_000, issued: d('2027-01-25') }),
      // paid: history, already in the balance.
      invoice({ id: 'PAID', amount: 9_000_000, issued: d('2026-12-01'), paid: d('2027-01-10') }),
    ],
    [
      // monthly on the 31st: 2026-12-31 is before as-of; then 2027-01-31 and 2027-02-28.
      expense({ description: 'rent', amount: 250_000, date: d('2026-12-31'), repeat: 'monthly' }),
      // a one-off before as-of is ignored.
      expense({ description: 'old', amount: 999_999, date: d('2027-01-15') }),
      expense({ description: 'laptop', amount: 300_000, date: d('2027-01-22') }),
    ],
    options({ asOf: d('2027-01-20'), days: 40, openingBalance: 500_000, buffer: 100_000 }),
  );

  it('gives exactly the expected end-of-day balances', () => {
    expect(report.days.map((day) => day.balance)).toEqual(
      runs([2, 500_000], [9, 200_000], [3, -50_000], [3, 350_000], [18, 650_000], [4, 850_000], [1, 600_000]),
    );
    expect(formatDay(report.days[0]!.date)).toBe('2027-01-20');
    expect(formatDay(report.days[39]!.date)).toBe('2027-02-28');
  });

  it('places each event on its expected day, marking the overdue invoice', () => {
    expect(report.events.map((event) => [formatDay(event.date), event.amount, event.kind === 'invoice' && event.overdue])).toEqual([
      ['2027-01-22', -300_000, false],
      ['2027-01-31', -250_000, false],
      ['2027-02-03', 400_000, true],
      ['2027-02-06', 300_000, false],
      ['2027-02-24', 200_000, false],
      ['2027-02-28', -250_000, false],
    ]);
  });

  it('finds the one window below the buffer, with its peak gap and recovery', () => {
    expect(report.shortfalls.map((window) => ({ ...window, gaps: [...window.gaps] }))).toEqual([
      {
        start: d('2027-01-31'),
        end: d('2027-02-02'),
        days: 3,
        peakGap: 150_000,
        peakDate: d('2027-01-31'),
        recovery: d('2027-02-03'),
        structural: false,
        gaps: [150_000, 150_000, 150_000],
      },
    ]);
    expect(report.summary).toEqual({
      lowestBalance: -50_000,
      lowestDate: d('2027-01-31'),
      firstShortfall: d('2027-01-31'),
      shortfallCount: 1,
      closingBalance: 600_000,
    });
  });
});

describe('a window still open on the last day', () => {
  it('is structural and has no recovery date', () => {
    const report = buildForecast([], [expense({ amount: 1_000, date: d('2027-01-03') })], options({ asOf: d('2027-01-01'), days: 5, openingBalance: 500 }));
    expect(report.shortfalls).toHaveLength(1);
    expect(report.shortfalls[0]).toMatchObject({ start: d('2027-01-03'), end: d('2027-01-05'), days: 3, peakGap: 500, recovery: undefined, structural: true });
  });
});

describe('a retainer invoice', () => {
  it("produces one invoice per occurrence from as-of, each keeping the template's payment term", () => {
    const report = buildForecast(
      [invoice({ id: 'RET', amount: 100, issued: d('2026-11-05'), due: d('2026-11-19'), repeat: 'monthly', until: d('2027-02-05') })],
      [],
      options({ asOf: d('2026-12-01'), days: 90, delayDays: 10 }),
    );
    // Nov 5 is before as-of and ignored; Dec 5, Jan 5, Feb 5 are issued, each due 14 days later.
    expect(report.events.map((event) => [event.kind === 'invoice' && event.id, formatDay(event.date)])).toEqual([
      ['RET@2026-12-05', '2026-12-19'],
      ['RET@2027-01-05', '2027-01-19'],
      ['RET@2027-02-05', '2027-02-19'],
    ]);
  });
});
