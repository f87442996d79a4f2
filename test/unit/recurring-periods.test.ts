import { describe, expect, it } from 'vitest';
import { addDays, formatDay } from '../../src/domain/day.js';
import { expand } from '../../src/domain/recurrence.js';
import { learnExpenses } from '../../src/reconcile/learn-expenses.js';
import { learnRecurring } from '../../src/reconcile/recurring.js';
import type { LearnSettings } from '../../src/reconcile/recurring-settings.js';
import { rows } from '../support/debit-history.js';
import { d, KRW } from '../support/factories.js';

const settings = (asOf: string, to?: string): LearnSettings => ({ currency: KRW, asOf: d(asOf), to: to === undefined ? undefined : d(to) });
const paid = (payee: string, amount: number, ...days: string[]) => days.map((day) => ({ day, amount: -amount, counterparty: payee, kind: payee }));
const summary = (asOf: string, specs: ReturnType<typeof paid>, to?: string) =>
  learnRecurring(rows(specs), settings(asOf, to)).map((found) => [
    found.description,
    found.repeat,
    found.dayOfMonth,
    formatDay(found.date),
    formatDay(found.start),
  ]);

describe('periods', () => {
  it('calls 26, 25, 25, 27 the 25th: the 26th and 27th are a Sunday 25th and a Saturday 25th paid on Monday', () => {
    // 2026-01-25 is a Sunday, 2026-04-25 a Saturday; the 26th would leave the Wednesday 25ths of Feb and Mar unexplained.
    expect(summary('2026-05-01', paid('관리비', 120_000, '2026-01-26', '2026-02-25', '2026-03-25', '2026-04-27'))).toEqual([
      ['관리비', 'monthly', 25, '2026-05-25', '2026-05-25'],
    ]);
  });

  it('finds the last day of the month, and starts the row on a 31st so that the rule keeps to month ends', () => {
    const found = summary('2027-04-02', paid('Cloud host', 30_000, '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31'));
    expect(found).toEqual([['Cloud host', 'monthly', 'last', '2027-04-30', '2027-03-31']]);
    const rule = { start: d('2027-03-31'), repeat: 'monthly' as const, until: undefined };
    expect(expand(rule, { from: d('2027-04-02'), to: d('2027-06-30') }).map((next) => formatDay(next.day))).toEqual(['2027-04-30', '2027-05-31', '2027-06-30']);
  });

  it('finds a yearly renewal over three years, its weekend shifts included', () => {
    // 2025-03-08 is a Saturday (paid Monday the 10th), 2026-03-08 a Sunday (paid the 9th).
    expect(summary('2027-01-05', paid('가비아', 22_000, '2024-03-08', '2025-03-10', '2026-03-09'), '2026-12-31')).toEqual([
      ['가비아', 'yearly', 8, '2027-03-08', '2027-03-08'],
    ]);
  });

  it('finds a yearly payment on April 30, a month that has no 31st to count from', () => {
    expect(summary('2027-01-05', paid('Licence', 99_000, '2024-04-30', '2025-04-30', '2026-04-30'), '2026-12-31')).toEqual([
      ['Licence', 'yearly', 30, '2027-04-30', '2027-04-30'],
    ]);
  });

  it('finds a yearly payment on February 29 and starts its row on the last February 29 before as-of', () => {
    // 2025-02-28 and 2026-02-28 are the clamped 29ths; next is 2027-02-28, counted from 2024-02-29 as cashflow counts.
    expect(summary('2027-01-05', paid('Leap', 10_000, '2024-02-29', '2025-02-28', '2026-02-28'), '2026-12-31')).toEqual([
      ['Leap', 'yearly', 29, '2027-02-28', '2024-02-29'],
    ]);
  });

  it('finds a biweekly payment and its next Friday', () => {
    const fridays = Array.from({ length: 8 }, (_, k) => formatDay(addDays(d('2026-01-02'), 14 * k)));
    expect(summary('2026-04-20', paid('Bookkeeper', 80_000, ...fridays))).toEqual([['Bookkeeper', 'biweekly', undefined, '2026-04-24', '2026-04-24']]);
  });

  it('finds no series in two payments, in irregular days, or with 2 of 6 months missing', () => {
    expect(summary('2026-06-01', paid('A', 9_900, '2026-01-05', '2026-02-05'))).toEqual([]);
    expect(summary('2026-06-01', paid('B', 9_900, '2026-01-05', '2026-01-19', '2026-02-27', '2026-03-09', '2026-04-20'))).toEqual([]);
    expect(summary('2026-07-01', paid('C', 9_900, '2026-01-05', '2026-03-05', '2026-04-06', '2026-06-05'))).toEqual([]);
  });

  it('keeps a series with 1 month in 6 missing, at a lower confidence than the full one', () => {
    const full = learnRecurring(
      rows(paid('D', 9_900, '2026-01-05', '2026-02-05', '2026-03-05', '2026-04-06', '2026-05-05', '2026-06-05')),
      settings('2026-06-10'),
    );
    const gap = learnRecurring(rows(paid('D', 9_900, '2026-01-05', '2026-02-05', '2026-04-06', '2026-05-05', '2026-06-05')), settings('2026-06-10'));
    expect(gap.map((found) => [found.repeat, found.occurrences])).toEqual([['monthly', 5]]);
    expect(gap[0]!.confidence).toBeLessThan(full[0]!.confidence);
  });

  it('stops a series whose last payment is more than 1.5 periods before the statement ends', () => {
    const specs = paid('E', 9_900, '2026-01-05', '2026-02-05', '2026-03-05');
    expect(summary('2026-04-20', specs, '2026-04-19')).toHaveLength(1); // 45 days after the last payment
    expect(summary('2026-04-21', specs, '2026-04-20')).toEqual([]); // 46
  });

  it('splits one payee into two series by amount: KT phone on the 20th, KT internet on the 5th', () => {
    const months = ['01', '02', '03', '04', '05'];
    const specs = [...paid('KT', 45_000, ...months.map((m) => `2026-${m}-20`)), ...paid('KT', 33_000, ...months.map((m) => `2026-${m}-05`))];
    expect(learnRecurring(rows(specs), settings('2026-06-01')).map((found) => [found.amount, found.dayOfMonth])).toEqual([
      [33_000, 5],
      [45_000, 20],
    ]);
  });

  it('takes no series from three equal purchases on a quarterly grid among a shop’s many others', () => {
    const visits = Array.from({ length: 22 }, (_, k) => ({
      day: formatDay(addDays(d('2026-01-03'), 11 * k)),
      amount: -(6_000 + (k % 7) * 1_000),
      counterparty: 'GS25',
      kind: 'shop',
    }));
    const coincidence = paid('GS25', 4_500, '2026-01-10', '2026-04-10', '2026-07-10');
    expect(learnRecurring(rows([...visits, ...coincidence]), settings('2026-09-01', '2026-08-31'))).toEqual([]);
  });

  it('leaves a varying weekly payee to everyday spending: only monthly and longer periods may vary', () => {
    const mondays = Array.from({ length: 8 }, (_, k) => formatDay(addDays(d('2026-01-05'), 7 * k)));
    const specs = mondays.map((day, k) => ({ day, amount: -(40_000 + 9_000 * (k % 3)), counterparty: '이마트', kind: 'shop' }));
    expect(learnRecurring(rows(specs), settings('2026-03-01'))).toEqual([]);
  });

  it('leaves a charge of 3 times the usual out of a subscription, and finds the subscription', () => {
    const specs = [...paid('Adobe', 62_000, '2026-01-03', '2026-02-03', '2026-03-03', '2026-04-03'), ...paid('Adobe', 186_000, '2026-03-03')];
    const learned = learnExpenses(rows(specs), settings('2026-04-10'));
    expect(learned.recurring.map((found) => [found.amount, found.occurrences, found.sources.length])).toEqual([[62_000, 4, 4]]);
  });

  it('ignores credits: a monthly salary is not an expense', () => {
    const specs = ['2026-01-10', '2026-02-10', '2026-03-10'].map((day) => ({ day, amount: 3_000_000, counterparty: '급여', kind: 'income' }));
    expect(learnRecurring(rows(specs), settings('2026-03-20'))).toEqual([]);
  });
});
