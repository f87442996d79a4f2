import { describe, expect, it } from 'vitest';
import { addDays, formatDay } from '../../src/domain/day.js';
import { krNextBusinessDay } from '../../src/domain/kr-business-day.js';
import type { TaxCalendarEvent, TaxProfile } from '../../src/domain/tax-calendar.js';
import { vatAndInsuranceFromBooks } from '../../src/forecast/tax-calendar/books-adapter.js';
import { taxCalendar } from '../../src/forecast/tax-calendar/index.js';
import { d, invoice } from '../support/factories.js';

const freelancer: TaxProfile = {
  income: ['business'],
  vat: 'none',
  expenseMethod: 'simple',
  expenseRate: 0.641,
  dependents: 1,
  instalments: false,
  override: {},
};

/** Three 3.3 % invoices of 10,000,000 issued in 2025: 300,000 national + 30,000 local withheld from each. */
const withheld2025 = ['2025-03-10', '2025-07-10', '2025-11-10'].map((issued, index) =>
  invoice({ id: `W${index}`, amount: 9_670_000, gross: 10_000_000, withheld: 330_000, issued: d(issued), paid: d(issued) + 30 }),
);

function calendar(profile: TaxProfile, invoices = withheld2025, asOf = '2026-05-01', days = 120): TaxCalendarEvent[] {
  const range = { first: d(asOf), last: addDays(d(asOf), days - 1) };
  return taxCalendar({ profile, books: { invoices, expenses: [] }, range, nextBusinessDay: krNextBusinessDay, asOf: d(asOf) });
}
const dated = (events: readonly TaxCalendarEvent[]) => events.map((e) => [e.taxKind, formatDay(e.date), e.amount]);

describe('종합소득세 확정신고 (tax year 2025, filed May 2026)', () => {
  it('refunds a 3.3 % freelancer with 30,000,000 of invoices, 단순경비율 64.1 %, one dependent, on 30 June', () => {
    // income 30,000,000 − expenses 30,000,000 × 64.1 % = 19,230,000 → 소득금액 10,770,000
    // − 기본공제 2 × 1,500,000 = 3,000,000 → taxable 7,770,000
    // 산출세액 7,770,000 × 6 % = 466,200; − 표준세액공제 70,000 → national 396,200; local 10 % = 39,620
    // withheld 3 × 300,000 = 900,000 national, 3 × 30,000 = 90,000 local
    // national 396,200 − 900,000 = −503,800; local 39,620 − 90,000 = −50,380 → refund 554,180
    const events = calendar(freelancer);
    expect(dated(events)).toEqual([['income-tax-refund', '2026-06-30', 554_180]]);
    const working = events[0]!.working;
    expect(working).toMatchObject({ income: 30_000_000, expenseRate: 0.641, taxable: 7_770_000 });
    expect(working.tax).toEqual({ national: 396_200, local: 39_620 });
    expect(working.withheld).toEqual({ national: 900_000, local: 90_000 });
    // The return's own due date: 31 May 2026 is a Sunday → 1 June.
    expect(formatDay(events[0]!.dueDate)).toBe('2026-06-01');
    expect(events[0]!.unconfirmed).toContain('refund-date');
  });

  it('refunds the 중간예납 paid too', () => {
    // As above, with 중간예납 of 200,000 paid in November 2025 (and its 지방소득세 of 20,000):
    // national −503,800 − 200,000 = −703,800; local −50,380 − 20,000 = −70,380 → refund 774,180
    const events = calendar({ ...freelancer, interimPaid: 200_000 });
    expect(dated(events)).toEqual([['income-tax-refund', '2026-06-30', 774_180]]);
    expect(events[0]!.unconfirmed).toContain('local-interim');
  });

  it('bills part of the income left unwithheld on 31 May, moved to Monday 1 June 2026', () => {
    // 10,000,000 withheld (300,000 + 30,000), 20,000,000 invoiced without withholding: the same tax,
    // national 396,200 − 300,000 = 96,200; local 39,620 − 30,000 = 9,620 → bill 105,820
    const unwithheld = [
      withheld2025[0]!,
      invoice({ id: 'U1', amount: 20_000_000, gross: 20_000_000, withheld: 0, issued: d('2025-09-01'), paid: d('2025-10-01') }),
    ];
    expect(dated(calendar(freelancer, unwithheld))).toEqual([['income-tax', '2026-06-01', -105_820]]);
  });

  it('splits a national tax due above 20,000,000 into halves two months apart (분납), 지방소득세 with the first', () => {
    // 150,000,000 unwithheld, 기준경비율-style rate 20 %, no dependents:
    // expenses 30,000,000 → 소득금액 120,000,000 − 1,500,000 → taxable 118,500,000
    // 산출세액 118,500,000 × 35 % − 15,440,000 = 41,475,000 − 15,440,000 = 26,035,000; − 70,000 → national 25,965,000
    // local 2,596,500; due > 20,000,000, so up to half waits: 25,965,000 / 2 = 12,982,500
    // 1 June: 25,965,000 − 12,982,500 + 2,596,500 = 15,579,000; the rest two months after the 납부기한 — 1 June, the
    // rolled 31 May — is 1 August 2026, a Saturday → Monday 3 August: 12,982,500
    const big = [invoice({ id: 'B', amount: 150_000_000, gross: 150_000_000, issued: d('2025-06-01'), paid: d('2025-07-01') })];
    const profile: TaxProfile = { ...freelancer, expenseMethod: 'standard', expenseRate: 0.2, dependents: 0, instalments: true };
    expect(dated(calendar(profile, big))).toEqual([
      ['income-tax', '2026-06-01', -15_579_000],
      ['income-tax', '2026-08-03', -12_982_500],
    ]);
  });

  it('defers only the part over 10,000,000 when the tax due is at most 20,000,000', () => {
    // 100,000,000 unwithheld at 20 %: taxable 80,000,000 − 1,500,000 = 78,500,000
    // 산출세액 78,500,000 × 24 % − 5,760,000 = 18,840,000 − 5,760,000 = 13,080,000; − 70,000 → 13,010,000; local 1,301,000
    // deferred 13,010,000 − 10,000,000 = 3,010,000; first 10,000,000 + 1,301,000 = 11,301,000
    const mid = [invoice({ id: 'M', amount: 100_000_000, gross: 100_000_000, issued: d('2025-06-01'), paid: d('2025-07-01') })];
    const profile: TaxProfile = { ...freelancer, expenseMethod: 'standard', expenseRate: 0.2, dependents: 0, instalments: true };
    expect(dated(calendar(profile, mid))).toEqual([
      ['income-tax', '2026-06-01', -11_301_000],
      ['income-tax', '2026-08-03', -3_010_000],
    ]);
    // Without 분납 it is one payment: 13,010,000 + 1,301,000.
    expect(dated(calendar({ ...profile, instalments: false }, mid))).toEqual([['income-tax', '2026-06-01', -14_311_000]]);
  });

  it('warns when 단순경비율 is used though the year before passed its revenue threshold, and still uses the rate', () => {
    // 시행령 제143조④ looks at the previous year's revenue: 2024 at 50,000,000 bars 단순경비율 for 2025, whatever 2025's.
    const earlier = invoice({ id: 'A', amount: 50_000_000, gross: 50_000_000, issued: d('2024-06-01'), paid: d('2024-07-01') });
    const big = [earlier, invoice({ id: 'B', amount: 40_000_000, gross: 40_000_000, issued: d('2025-06-01'), paid: d('2025-07-01') })];
    const [event] = calendar(freelancer, big);
    expect(event!.working.warnings).toEqual([expect.stringContaining('단순경비율 is for revenue below 36,000,000 in the year before')]);
    // 2024 at 20,000,000 and 2025 at 40,000,000: 단순경비율 may be used for 2025, no warning.
    const smaller = invoice({ id: 'A', amount: 20_000_000, gross: 20_000_000, issued: d('2024-06-01'), paid: d('2024-07-01') });
    expect(calendar(freelancer, [smaller, big[1]!])[0]!.working.warnings).toEqual([]);
    // 40,000,000 × 64.1 % = 25,640,000 expenses → 14,360,000 − 3,000,000 = 11,360,000 taxable
    expect(event!.working.taxable).toBe(11_360_000);
  });

  it('deducts the 국민연금 an "estimate" profile pays in the tax year: the premiums the calendar books then', () => {
    // Tax year 2026 (its return in May 2027): every 국민연금 event dated in 2026 is paid in it; their sum is the
    // 연금보험료공제, on top of 기본공제 1,500,000 × 2.
    const invoices = withheld2025.flatMap((row) => [row, { ...row, id: `${row.id}b`, issued: addDays(row.issued, 365) }]);
    const profile: TaxProfile = { ...freelancer, pension: 'estimate' };
    const events = calendar(profile, invoices, '2026-01-01', 546);
    // The pension events the forecast books for 2026 (the calendar's insurance estimator, as the schedule calls it).
    const booked = vatAndInsuranceFromBooks({
      profile,
      books: { invoices, expenses: [] },
      range: { first: d('2026-01-01'), last: d('2026-12-31') },
      nextBusinessDay: krNextBusinessDay,
    }).kept;
    const paid2026 = booked.filter((e) => e.taxKind === 'pension').reduce((sum, e) => sum - e.amount, 0);
    expect(paid2026).toBeGreaterThan(0);
    const may2027 = events.find((e) => (e.taxKind === 'income-tax' || e.taxKind === 'income-tax-refund') && formatDay(e.dueDate).startsWith('2027'))!;
    expect(may2027.working.deductions).toBe(3_000_000 + paid2026);
    expect(may2027.working.warnings).toEqual([]);
  });

  it('puts 40 % of 기타소득 on the return beside 사업소득, with its 8.8 % withholding', () => {
    // The refund example plus a 기타소득 invoice of 10,000,000 withheld 8.8 %: 800,000 + 80,000.
    // 기타소득금액 10,000,000 × (1 − 60 %) = 4,000,000 > 3,000,000: on the return.
    // 사업소득 30,000,000 − 64.1 % (19,230,000) = 10,770,000; + 4,000,000 − 3,000,000 기본공제 = 11,770,000 taxable
    // 11,770,000 × 6 % = 706,200 − 70,000 = 636,200; local 63,620
    // withheld 900,000 + 800,000 = 1,700,000 and 90,000 + 80,000 = 170,000
    // → −1,063,800 and −106,380: a refund of 1,170,180 on 30 June 2026
    const other = invoice({ id: 'O', amount: 9_120_000, gross: 10_000_000, withheld: 880_000, issued: d('2025-09-10'), paid: d('2025-10-10') });
    const [event] = calendar({ ...freelancer, income: ['business', 'other'] }, [...withheld2025, other]);
    expect([event!.taxKind, formatDay(event!.date), event!.amount]).toEqual(['income-tax-refund', '2026-06-30', 1_170_180]);
    expect(event!.working).toMatchObject({
      income: 30_000_000,
      taxable: 11_770_000,
      otherIncome: { income: 10_000_000, amount: 4_000_000, taxation: 'combined' },
    });
  });

  it('taxes 기타소득 of at most 3,000,000 apart when that leaves less to pay (분리과세)', () => {
    // 150,000,000 unwithheld at 20 % expenses, no dependents: taxable 118,500,000 → 25,965,000 + 2,596,500 (the 분납
    // example). Plus 5,000,000 of 기타소득 withheld 400,000 + 40,000; 기타소득금액 2,000,000 ≤ 3,000,000.
    // On the return: 120,500,000 × 35 % − 15,440,000 = 26,735,000 − 70,000 = 26,665,000; local 2,666,500;
    // less 400,000 and 40,000 withheld → 26,265,000 + 2,626,500 = 28,891,500.
    // Apart: its withholding is final → 25,965,000 + 2,596,500 = 28,561,500, less: chosen, on 1 June 2026.
    const big = invoice({ id: 'B', amount: 150_000_000, gross: 150_000_000, issued: d('2025-06-01'), paid: d('2025-07-01') });
    const other = invoice({ id: 'O', amount: 4_560_000, gross: 5_000_000, withheld: 440_000, issued: d('2025-09-10'), paid: d('2025-10-10') });
    const profile: TaxProfile = { ...freelancer, income: ['business', 'other'], expenseMethod: 'standard', expenseRate: 0.2, dependents: 0 };
    const [event] = calendar(profile, [big, other]);
    expect([event!.taxKind, formatDay(event!.date), event!.amount]).toEqual(['income-tax', '2026-06-01', -28_561_500]);
    expect(event!.working).toMatchObject({ otherIncome: { income: 5_000_000, amount: 2_000_000, taxation: 'separate' } });
  });

  it('deducts the 국민연금 the user pays (×12 months)', () => {
    // pension 100,000 a month → 1,200,000 deducted: taxable 7,770,000 − 1,200,000 = 6,570,000
    // tax 6,570,000 × 6 % = 394,200 − 70,000 = 324,200; local 32,420
    // refund (900,000 − 324,200) + (90,000 − 32,420) = 575,800 + 57,580 = 633,380
    expect(dated(calendar({ ...freelancer, pension: 100_000 }))).toEqual([['income-tax-refund', '2026-06-30', 633_380]]);
  });

  it('takes the user’s own amount from override: a negative income-tax is a refund', () => {
    expect(dated(calendar({ ...freelancer, override: { 'income-tax': -400_000 } }))).toEqual([['income-tax-refund', '2026-06-30', 400_000]]);
    expect(dated(calendar({ ...freelancer, override: { 'income-tax': 250_000 } }))).toEqual([['income-tax', '2026-06-01', -250_000]]);
  });

  it('leaves out a return outside the range', () => {
    expect(calendar(freelancer, withheld2025, '2026-07-01', 60)).toEqual([]);
  });
});

describe('중간예납 (소득세법 제65조)', () => {
  it('bills half of last year’s tax on 30 November, truncated below 1,000 won, with 지방소득세', () => {
    // lastYearIncomeTax 1,234,567 → half 617,283.5 → truncated 617,000; local 61,700 → 678,700 on Monday 30 Nov 2026
    const events = calendar({ ...freelancer, lastYearIncomeTax: 1_234_567 }, [], '2026-11-01', 30);
    expect(dated(events)).toEqual([['interim-prepayment', '2026-11-30', -678_700]]);
  });

  it('counts the 중간예납 it bills as paid on the next May return', () => {
    // 2026 invoices as in the refund example (tax 396,200 + 39,620; withheld 900,000 + 90,000);
    // lastYearIncomeTax 1,000,000 → 중간예납 500,000 + 50,000 on 30 Nov 2026;
    // May 2027: national 396,200 − 900,000 − 500,000 = −1,003,800; local 39,620 − 90,000 − 50,000 = −100,380
    // → refund 1,104,180 on 30 June 2027 (a Wednesday)
    const invoices2026 = withheld2025.map((row) => ({ ...row, issued: addDays(row.issued, 365) }));
    const events = calendar({ ...freelancer, lastYearIncomeTax: 1_000_000 }, invoices2026, '2026-11-01', 300);
    expect(dated(events)).toEqual([
      ['interim-prepayment', '2026-11-30', -550_000],
      ['income-tax-refund', '2027-06-30', 1_104_180],
    ]);
  });

  it('counts the user’s own 중간예납 bill (override) as paid on the next May return', () => {
    // override 770,000 = national 700,000 + local 70,000 (770,000 × 10 / 11 = 700,000 national counted);
    // May 2027: national 396,200 − 900,000 − 700,000 = −1,203,800; local 39,620 − 90,000 − 70,000 = −120,380
    // → refund 1,324,180 on 30 June 2027
    const invoices2026 = withheld2025.map((row) => ({ ...row, issued: addDays(row.issued, 365) }));
    const profile = { ...freelancer, override: { 'interim-prepayment': 770_000 } };
    expect(dated(calendar(profile, invoices2026, '2026-11-01', 300))).toEqual([
      ['interim-prepayment', '2026-11-30', -770_000],
      ['income-tax-refund', '2027-06-30', 1_324_180],
    ]);
  });

  it('is not billed under 500,000 won', () => {
    // 999,999 / 2 → 499,000 < 500,000
    expect(calendar({ ...freelancer, lastYearIncomeTax: 999_999 }, [], '2026-11-01', 30)).toEqual([]);
  });
});
