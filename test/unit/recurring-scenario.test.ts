import { describe, expect, it } from 'vitest';
import { addDays, formatDay } from '../../src/domain/day.js';
import { learnExpenses } from '../../src/reconcile/learn-expenses.js';
import type { RowSpec } from '../support/debit-history.js';
import { businessDayFrom, iso, rows, seeded } from '../support/debit-history.js';
import { d, KRW } from '../support/factories.js';

// Twelve months of a Korean freelancer's account, 2026-01-01 to 2026-12-31, learned as of 2027-01-05.
const AS_OF = d('2027-01-05');
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const CHRISTMAS = '2026-12-25';
const random = seeded(14);

const specs: RowSpec[] = [];
const monthly = (dayOfMonth: number, amount: (month: number) => number, who: Omit<RowSpec, 'day' | 'amount'>, shift: boolean, months = MONTHS) => {
  for (const month of months) {
    const day = iso(2026, month, dayOfMonth);
    specs.push({ ...who, day: shift ? businessDayFrom(day, [CHRISTMAS]) : day, amount: -amount(month) });
  }
};

// Rent on the 25th, paid on the next business day: Jan 25 (Sun) on the 26th, Apr 25 and Jul 25 (Sat) on the 27th,
// Oct 25 (Sun) on the 26th, Dec 25 (Christmas, a Friday) on Monday the 28th.
monthly(25, () => 750_000, { counterparty: '임대인 박영희', memo: '월세', kind: 'rent' }, true);
// The landlord once more: a deposit top-up, not rent.
specs.push({ day: '2026-09-03', amount: -1_500_000, counterparty: '임대인 박영희', memo: '보증금', kind: 'one-off' });
const phoneBills = MONTHS.map(() => Math.round((69_000 * (1 + (random() * 2 - 1) * 0.03)) / 10) * 10);
monthly(20, (month) => phoneBills[month - 1]!, { counterparty: 'SK텔레콤', memo: 'CMS자동이체', kind: 'phone' }, true);
monthly(3, () => 17_000, { counterparty: '체크카드', memo: 'NETFLIX.COM 5678*', kind: 'netflix' }, false);
monthly(14, () => 10_900, { counterparty: '신용카드 1234-****-****-5678', memo: '스포티파이', kind: 'spotify' }, false);
monthly(10, () => 98_000, { counterparty: '삼성화재', memo: '자동납부', kind: 'insurance' }, true);
monthly(15, () => 330_000, { counterparty: '김회계 세무사', memo: '기장료', kind: 'accountant' }, true, [1, 4, 7, 10]);
const CARD_SHARES = [0.62, 1.35, 0.9, 1.1, 0.75, 1.4, 1.0, 0.8, 1.25, 0.95, 1.15, 0.7];
monthly(12, (month) => Math.round(1_100_000 * CARD_SHARES[month - 1]!), { counterparty: '신한카드', memo: '카드대금', kind: 'card' }, true);
monthly(7, () => 14_900, { counterparty: '체크카드', memo: 'Google YouTube', kind: 'youtube' }, false, [1, 2, 3, 4, 5, 6]);
// Personal training every Monday from 2026-01-05 to 2026-12-28.
for (let day = d('2026-01-05'); day <= d('2026-12-28'); day = addDays(day, 7))
  specs.push({ day: formatDay(day), amount: -50_000, counterparty: '이트레이너', memo: 'PT', kind: 'weekly' });
specs.push(
  { day: '2026-03-14', amount: -2_390_000, counterparty: '체크카드', memo: '애플스토어 가로수길', kind: 'one-off' },
  { day: '2026-05-31', amount: -1_850_000, counterparty: '국세청', memo: '종합소득세', kind: 'one-off' },
  { day: '2026-08-02', amount: -1_200_000, counterparty: '대한항공', memo: '', kind: 'one-off' },
);
// Everyday spending: a few shops, visited at random, 0–2 times a day.
const SHOPS = [
  ['체크카드', '스타벅스 강남점'],
  ['체크카드', 'GS25 역삼점'],
  ['카카오T', '택시'],
  ['이마트 성수점', ''],
  ['KG이니시스', '쿠팡(주)'],
  ['배달의민족', ''],
] as const;
for (let day = d('2026-01-01'); day <= d('2026-12-31'); day = addDays(day, 1)) {
  for (let visit = Math.floor(random() * 3); visit > 0; visit -= 1) {
    const [counterparty, memo] = SHOPS[Math.floor(random() * SHOPS.length)]!;
    specs.push({ day: formatDay(day), amount: -(3_000 + Math.floor(random() * 78) * 1_000), counterparty, memo, kind: 'everyday' });
  }
}
for (const month of MONTHS) specs.push({ day: iso(2026, month, 28), amount: 4_835_000, counterparty: '판교테크', memo: '용역대금', kind: 'income' });

const statement = rows(specs);
const learned = learnExpenses(statement, { currency: KRW, asOf: AS_OF, from: d('2026-01-01'), to: d('2026-12-31') });
const byKind = (kind: string) => {
  const sources = statement.filter((row) => row.kind === kind).map((row) => row.source);
  return learned.recurring.find((found) => found.sources.length > 0 && found.sources.every((source) => sources.includes(source)));
};

describe('recurring expenses learned from twelve months of debits', () => {
  it('finds each series with its period and the next date on or after 2027-01-05', () => {
    const found = learned.recurring.map((expense) => [expense.description, expense.repeat, expense.dayOfMonth, formatDay(expense.date), expense.occurrences]);
    expect(found).toEqual([
      ['삼성화재', 'monthly', 10, '2027-01-10', 12],
      ['이트레이너', 'weekly', undefined, '2027-01-11', 52],
      ['신한카드', 'monthly', 12, '2027-01-12', 12],
      ['스포티파이', 'monthly', 14, '2027-01-14', 12],
      ['김회계 세무사', 'quarterly', 15, '2027-01-15', 4],
      ['SK텔레콤', 'monthly', 20, '2027-01-20', 12],
      ['임대인 박영희', 'monthly', 25, '2027-01-25', 12],
      ['NETFLIX.COM', 'monthly', 3, '2027-02-03', 12],
    ]);
  });

  it('keeps rent on the 25th although weekends and Christmas moved four payments to the 26th, 27th and 28th', () => {
    const rent = byKind('rent')!;
    expect(
      statement
        .filter((row) => row.kind === 'rent')
        .map((row) => row.day)
        .map(formatDay),
    ).toContain('2026-12-28');
    expect([rent.dayOfMonth, rent.amount, rent.category, rent.variable]).toEqual([25, 750_000, 'rent', false]);
    // Only Christmas is off by days no weekend explains: regularity 1 − 3 / (12 × 4), count 1 − 0.5^10.
    expect(rent.confidence).toBe(Math.round((1 - 3 / 48) * (1 - 0.5 ** 10) * 100) / 100);
  });

  it('takes the phone bill, varying by ±3 %, as fixed at the middle of its last three bills', () => {
    const phone = byKind('phone')!;
    const lastThree = phoneBills.slice(-3).sort((a, b) => a - b);
    expect([phone.amount, phone.variable, phone.category]).toEqual([lastThree[1], false, 'phone']);
  });

  it('keeps the card bill, varying by up to 40 %, as variable with a lower confidence', () => {
    const card = byKind('card')!;
    // The last three bills: 0.95, 1.15 and 0.7 of ₩1,100,000; the median of all twelve is 0.975 of it.
    expect([card.amount, card.variable, card.category]).toEqual([1_045_000, true, 'card']);
    const spread = (1_540_000 - 1_072_500) / 1_072_500;
    expect(card.confidence).toBe(Math.round((0.75 - spread / 2) * (1 - 0.5 ** 10) * 100) / 100);
  });

  it('names the categories the payees make plain, and none for the accountant or the trainer', () => {
    const categories = Object.fromEntries(learned.recurring.map((expense) => [expense.description, expense.category]));
    expect(categories).toEqual({
      삼성화재: 'insurance',
      이트레이너: undefined,
      신한카드: 'card',
      스포티파이: 'subscription',
      '김회계 세무사': undefined,
      SK텔레콤: 'phone',
      '임대인 박영희': 'rent',
      'NETFLIX.COM': 'subscription',
    });
  });

  it('lists the subscription cancelled after June as stopped, not recurring', () => {
    expect(learned.stopped.map((expense) => [expense.description, formatDay(expense.last), expense.occurrences])).toEqual([
      ['Google YouTube', '2026-06-07', 6],
    ]);
  });

  it('gives the one-off large debits, the landlord deposit among them, to no series', () => {
    expect(learned.oneOffs.map((row) => [formatDay(row.day), -row.amount])).toEqual([
      ['2026-03-14', 2_390_000],
      ['2026-05-31', 1_850_000],
      ['2026-08-02', 1_200_000],
      ['2026-09-03', 1_500_000],
    ]);
    const inSeries = new Set([...learned.recurring, ...learned.stopped].flatMap((expense) => expense.sources));
    expect(statement.filter((row) => row.kind === 'one-off' && inSeries.has(row.source))).toEqual([]);
  });

  it('puts every generated series row in its series and no everyday row in any', () => {
    const inSeries = new Set([...learned.recurring, ...learned.stopped].flatMap((expense) => expense.sources));
    const expected = statement.filter((row) => !['everyday', 'one-off', 'income'].includes(row.kind)).map((row) => row.source);
    expect([...inSeries].sort()).toEqual(expected.sort());
  });

  it('gives everyday spending as the median of the twelve monthly totals of the shop debits', () => {
    const totals = MONTHS.map((month) =>
      statement
        .filter((row) => row.kind === 'everyday' && formatDay(row.day).startsWith(iso(2026, month, 1).slice(0, 7)))
        .reduce((sum, row) => sum - row.amount, 0),
    ).sort((a, b) => a - b);
    expect(learned.everyday).toEqual({
      perMonth: Math.round((totals[5]! + totals[6]!) / 2),
      months: MONTHS.map((month) => iso(2026, month, 1).slice(0, 7)),
    });
  });
});
