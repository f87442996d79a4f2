import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { insuranceEvents } from '../../src/forecast/tax-calendar/insurance.js';
import { d } from '../support/factories.js';
import { weekendsOnly } from '../support/weekend-rolling.js';

function lines(events: ReturnType<typeof insuranceEvents>) {
  return events.map((event) => `${formatDay(event.date)} ${event.taxKind} ${event.amount}`);
}

describe('건강보험료 and 국민연금 of a 지역가입자', () => {
  it("pays the user's own amounts on the 10th of every month, rolled past a weekend", () => {
    // 10 Jan 2026 is a Saturday → Mon 12 Jan; 10 Feb and 10 Mar 2026 are Tuesdays.
    const events = insuranceEvents({ from: d('2026-01-01'), to: d('2026-03-31'), healthInsurance: 200_000, pension: 300_000, nextBusinessDay: weekendsOnly });
    expect(lines(events)).toEqual([
      '2026-01-12 health-insurance -200000',
      '2026-01-12 pension -300000',
      '2026-02-10 health-insurance -200000',
      '2026-02-10 pension -300000',
      '2026-03-10 health-insurance -200000',
      '2026-03-10 pension -300000',
    ]);
    expect(events[0]!.working).toEqual({ statutoryDue: '2026-01-10', premiumMonth: '2025-12', monthly: 200_000, estimate: false });
    expect(events[0]!.description).toBe('건강보험료 2025-12');
  });

  it('models nothing for a key the profile leaves out', () => {
    expect(insuranceEvents({ from: d('2026-01-01'), to: d('2026-12-31'), nextBusinessDay: weekendsOnly })).toEqual([]);
  });

  it('estimates both from income, 건강보험 re-rated from the November premium on the last filed year', () => {
    const incomeByYear = new Map([
      [2024, 36_000_000],
      [2025, 48_000_000],
    ]);
    const events = insuranceEvents({
      from: d('2026-11-01'),
      to: d('2026-12-31'),
      healthInsurance: 'estimate',
      pension: 'estimate',
      incomeByYear,
      nextBusinessDay: weekendsOnly,
    });
    // Tue 10 Nov 2026 pays October's premiums — 건강보험 for January–October uses 2024 (two years before):
    //   소득월액 36,000,000 ÷ 12 = 3,000,000; × 7.19 % = 215,700; 장기요양 215,700 × 0.9448 % ÷ 7.19 % = 28,344
    //   → 28,340 (10 won cut) → 244,040.
    //   국민연금 from the July premium uses 2025 (the year before): 48,000,000 ÷ 12 = 4,000,000 (between 410,000 and
    //   6,590,000) × 9.5 % = 380,000.
    // Thu 10 Dec 2026 pays November's — 건강보험 now uses 2025: 4,000,000 × 7.19 % = 287,600; 장기요양 37,792 → 37,790
    //   → 325,390. 국민연금 unchanged: 380,000.
    expect(lines(events)).toEqual([
      '2026-11-10 health-insurance -244040',
      '2026-11-10 pension -380000',
      '2026-12-10 health-insurance -325390',
      '2026-12-10 pension -380000',
    ]);
    expect(events[0]!.working).toMatchObject({
      premiumMonth: '2026-10',
      income: 36_000_000,
      basisYear: 2024,
      monthlyIncome: 3_000_000,
      healthInsurance: 215_700,
      longTermCare: 28_340,
    });
    expect(events[0]!.unconfirmed).toEqual(['kr-health-2026-due-day', 'kr-health-2026-long-term-care-rate', 'kr-health-2026-truncation']);
  });

  it('raises the pension rate each January and holds the base between the floor and the cap', () => {
    const pension = (income: number, from: string) =>
      insuranceEvents({ from: d(from), to: d(from), pension: 'estimate', incomeByYear: new Map([[2025, income]]), nextBusinessDay: weekendsOnly })[0]!;
    // Mon 10 Aug 2026 pays July's premium, 2025 income 3,000,000 → 250,000 a month, under the floor: 410,000 × 9.5 % = 38,950.
    expect(pension(3_000_000, '2026-08-10').amount).toBe(-38_950);
    // 120,000,000 → 10,000,000 a month, over the cap: 6,590,000 × 9.5 % = 626,050.
    expect(pension(120_000_000, '2026-08-10').amount).toBe(-626_050);
    // Mon 11 Jan 2027 (10 Jan is a Sunday) still pays December's 9.5 %: 380,000.
    expect(pension(48_000_000, '2027-01-11').amount).toBe(-380_000);
    // Wed 10 Feb 2027 pays January's, at 10 %: 2025 income still the basis (before July): 4,000,000 × 10 % = 400,000.
    const january = pension(48_000_000, '2027-02-10');
    expect(january.amount).toBe(-400_000);
    expect(january.working).toMatchObject({ premiumMonth: '2027-01', basisYear: 2025, rate: '10 %', insuredBase: 4_000_000 });
    // The floor and cap are from a 고시 whose text was not read.
    expect(january.unconfirmed).toContain('kr-pension-base-limits-2026-07');
  });

  it('says so when the income of the year the agency uses is not known and another year stands in', () => {
    // 12 Jan 2026 pays December 2025, rated on 2024; only 2025 is known, so 2025 stands in: 4,000,000 × 7.19 % = 287,600 + 37,790.
    const [health] = insuranceEvents({
      from: d('2026-01-12'),
      to: d('2026-01-12'),
      healthInsurance: 'estimate',
      incomeByYear: new Map([[2025, 48_000_000]]),
      nextBusinessDay: weekendsOnly,
    });
    expect(health!.amount).toBe(-325_390);
    expect(health!.working).toMatchObject({ premiumMonth: '2025-12', basisYear: 2024, incomeYear: 2025 });
    expect(health!.unconfirmed).toContain('kr-insurance-income-year-substituted');
  });
});
