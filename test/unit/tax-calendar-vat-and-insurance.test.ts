import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import type { TaxProfile } from '../../src/domain/tax-calendar.js';
import { vatAndInsuranceEvents } from '../../src/forecast/tax-calendar/vat-and-insurance.js';
import { d } from '../support/factories.js';
import { weekendsOnly } from '../support/weekend-rolling.js';

const profile: TaxProfile = { income: ['business'], vat: 'general', dependents: 0, instalments: false, override: {}, healthInsurance: 150_000 };

describe('the VAT and insurance calendar of a profile', () => {
  const supplies = [{ issued: d('2026-03-02'), gross: 2_200_000, vat: 200_000, taxable: true, id: 'A-1' }];
  const rows = [{ date: d('2026-07-24'), category: 'tax', description: '부가세 1기', source: { file: 'expenses.csv', line: 4 } }];

  it("runs the profile's VAT kind and insurance in date order, less what an expenses row stands for", () => {
    // 2026 H1 VAT 200,000 due 25 Jul (Sat → 27 Jul) is the user's own row of 24 July: dropped and reported.
    // 건강보험 150,000 on Fri 10 Jul and Mon 10 Aug 2026.
    const { kept, covered } = vatAndInsuranceEvents({
      profile,
      from: d('2026-07-01'),
      to: d('2026-08-31'),
      supplies,
      purchases: [],
      rows,
      nextBusinessDay: weekendsOnly,
    });
    expect(kept.map((event) => `${formatDay(event.date)} ${event.taxKind} ${event.amount}`)).toEqual([
      '2026-07-10 health-insurance -150000',
      '2026-08-10 health-insurance -150000',
    ]);
    expect(covered.map(({ event, byRow }) => [event.taxKind, event.amount, byRow.source.line])).toEqual([['vat-final', -200_000, 4]]);
  });

  it('has no VAT events for an exempt freelancer, and a 간이과세자 gets the simplified calendar', () => {
    const exempt = vatAndInsuranceEvents({
      profile: { ...profile, vat: 'none', healthInsurance: undefined },
      from: d('2026-07-01'),
      to: d('2026-08-31'),
      supplies,
      purchases: [],
      rows: [],
      nextBusinessDay: weekendsOnly,
    });
    expect(exempt.kept).toEqual([]);
    // 간이: 2026 공급대가 2,200,000 < 48,000,000 → exempt, nothing on 25 Jan 2027.
    const simplified = vatAndInsuranceEvents({
      profile: { ...profile, vat: 'simplified', healthInsurance: undefined },
      from: d('2027-01-01'),
      to: d('2027-01-31'),
      supplies,
      purchases: [],
      rows: [],
      nextBusinessDay: weekendsOnly,
    });
    expect(simplified.kept).toEqual([]);
  });
});
