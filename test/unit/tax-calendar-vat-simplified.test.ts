import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import type { VatPurchase, VatSupply } from '../../src/forecast/tax-calendar/vat-inputs.js';
import { simplifiedVatEvents } from '../../src/forecast/tax-calendar/vat-simplified.js';
import { d } from '../support/factories.js';
import { weekendsOnly } from '../support/weekend-rolling.js';

/** A 간이과세자's invoice: its gross is the 공급대가 (VAT included). */
function supply(issued: string, gross: number): VatSupply {
  return { issued: d(issued), gross, vat: Math.round(gross / 11), taxable: true };
}

function purchase(date: string, amount: number, inputVat?: number): VatPurchase {
  return { date: d(date), amount, ...(inputVat === undefined ? {} : { inputVat }) };
}

function lines(events: ReturnType<typeof simplifiedVatEvents>) {
  return events.map((event) => `${formatDay(event.date)} ${event.taxKind} ${event.amount}`);
}

describe('VAT of a 간이과세자', () => {
  it('owes nothing in a year whose 공급대가 is under 48,000,000 won', () => {
    // 2025: 20,000,000 + 20,000,000 = 40,000,000 < 48,000,000 → 납부의무 면제, and no 예정부과 in 2026 follows.
    // 2026: 47,999,999 < 48,000,000 → exempt too: no event in the whole of 2026 or on 25 Jan 2027.
    const events = simplifiedVatEvents({
      from: d('2026-01-01'),
      to: d('2027-02-28'),
      supplies: [supply('2025-03-01', 20_000_000), supply('2025-09-01', 20_000_000), supply('2026-05-01', 47_999_999)],
      purchases: [purchase('2026-02-01', 1_100_000, 100_000)],
      nextBusinessDay: weekendsOnly,
    });
    expect(events).toEqual([]);
  });

  it('pays the annual return and half of it as 예정부과 the next July, above the threshold', () => {
    // Default 부가가치율 40 % (전문·과학 및 기술서비스업).
    // 2025: 공급대가 60,000,000 × 40 % × 10 % = 2,400,000; purchases with a 세금계산서 11,000,000 × 0.5 % = 55,000
    //   credited (the 2,200,000 purchase without input VAT is not) → 2,345,000. No 2024 supplies, so no 예정부과 in
    //   2025: the return on 25 Jan 2026 (Sun → Mon 26 Jan) pays all of it.
    // 예정부과 25 Jul 2026 (Sat → Mon 27 Jul): 2,345,000 × 50 % = 1,172,500, cut below 1,000 → 1,172,000.
    // 2026: 70,000,000 × 40 % × 10 % = 2,800,000, no credit; return 25 Jan 2027 (Mon): 2,800,000 − 1,172,000 = 1,628,000.
    const events = simplifiedVatEvents({
      from: d('2026-01-01'),
      to: d('2027-01-31'),
      supplies: [supply('2025-04-10', 25_000_000), supply('2025-11-10', 35_000_000), supply('2026-06-01', 70_000_000)],
      purchases: [purchase('2025-05-01', 11_000_000, 1_000_000), purchase('2025-06-01', 2_200_000)],
      nextBusinessDay: weekendsOnly,
    });
    expect(lines(events)).toEqual(['2026-01-26 vat-final -2345000', '2026-07-27 vat-preliminary -1172000', '2027-01-25 vat-final -1628000']);
    expect(events[0]!.working).toMatchObject({
      statutoryDue: '2026-01-25',
      year: 2025,
      taxable: 60_000_000,
      grossTax: 2_400_000,
      purchaseCredit: 55_000,
      prepaid: 0,
      industry: 'professional',
      industryAssumed: true,
    });
    expect(events[2]!.working).toMatchObject({ year: 2026, prepaid: 1_172_000 });
    // The 부가가치율 is from the 시행령, whose text was not read, and so is the rounding to the won.
    expect(events[2]!.unconfirmed).toEqual(['kr-vat-2026-value-added-professional', 'kr-vat-2026-simplified-tax-truncation']);
  });

  it('uses the industry the profile names, and issues no 예정부과 under 500,000 won', () => {
    // 소매업 15 %: 2025 50,000,000 × 15 % × 10 % = 750,000 → half 375,000 < 500,000: no 예정부과 on 25 Jul 2026.
    // 2026: 50,000,000 × 15 % × 10 % = 750,000 on 25 Jan 2027.
    const events = simplifiedVatEvents({
      from: d('2026-02-01'),
      to: d('2027-01-31'),
      supplies: [supply('2025-08-01', 50_000_000), supply('2026-08-01', 50_000_000)],
      purchases: [],
      nextBusinessDay: weekendsOnly,
      industryCode: 'retail',
    });
    expect(lines(events)).toEqual(['2027-01-25 vat-final -750000']);
    expect(events[0]!.working).toMatchObject({ industry: 'retail', valueAddedRate: '15 %', industryAssumed: false });
  });

  it('refunds the 예정부과 of a year that turns out exempt', () => {
    // 2025 tax 2,345,000 as above → 예정부과 1,172,000 on 27 Jul 2026; 2026 공급대가 30,000,000 < 48,000,000 →
    // exempt, so the return on 25 Jan 2027 gives the 1,172,000 back, 30 days later: 24 Feb 2027.
    const events = simplifiedVatEvents({
      from: d('2026-07-01'),
      to: d('2027-03-31'),
      supplies: [supply('2025-04-10', 60_000_000), supply('2026-03-01', 30_000_000)],
      purchases: [purchase('2025-05-01', 11_000_000, 1_000_000)],
      nextBusinessDay: weekendsOnly,
    });
    expect(lines(events)).toEqual(['2026-07-27 vat-preliminary -1172000', '2027-02-24 vat-final 1172000']);
  });
});
