import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import type { TaxProfile } from '../../src/domain/tax-calendar.js';
import { vatAndInsuranceFromBooks } from '../../src/forecast/tax-calendar/books-adapter.js';
import { d, expense, invoice } from '../support/factories.js';
import { weekendsOnly } from '../support/weekend-rolling.js';

const profile: TaxProfile = {
  income: ['business'],
  vat: 'general',
  dependents: 0,
  instalments: false,
  override: {},
  expenseRate: 0.641,
  healthInsurance: 'estimate',
};

describe('the VAT and insurance calendar read from the books', () => {
  it('expands retainers and recurring expenses, nets input VAT and estimates insurance from the invoices', () => {
    // A retainer of 1,100,000 (100,000 VAT) issued monthly from Jan 2025: 12 occurrences in 2025, 6 in 2026 H1.
    // A monthly expense of 330,000 with 30,000 input VAT from Jan 2026: 6 occurrences in 2026 H1.
    const invoices = [invoice({ id: 'RET', amount: 1_100_000, gross: 1_100_000, vat: 100_000, issued: d('2025-01-05'), repeat: 'monthly' })];
    const expenses = [
      { ...expense({ amount: 330_000, date: d('2026-01-20'), repeat: 'monthly', description: 'office', category: 'rent' }), inputVat: minor(30_000) },
    ];
    const { kept, covered } = vatAndInsuranceFromBooks({
      profile,
      books: { invoices, expenses },
      range: { first: d('2026-07-01'), last: d('2026-07-31') },
      nextBusinessDay: weekendsOnly,
    });
    // 2025 H2 payable 6 × 100,000 = 600,000 → 예정고지 25 Apr 2026 = 300,000 < 500,000: none.
    // 2026 H1 확정 on Mon 27 Jul: 6 × 100,000 − 6 × 30,000 = 420,000.
    // 건강보험 of June 2026 (Fri 10 Jul) rates 2024: no 2024 invoices, so 2025 stands in: supply value
    //   12 × 1,000,000 = 12,000,000 less 64.1 % (7,692,000) = 4,308,000 → 359,000 a month × 7.19 % = 25,812.1
    //   → 25,810; 장기요양 25,810 × 9,448 ÷ 71,900 = 3,391.6 → 3,390 → 29,200.
    expect(kept.map((event) => `${formatDay(event.date)} ${event.taxKind} ${event.amount}`)).toEqual([
      '2026-07-10 health-insurance -29200',
      '2026-07-27 vat-final -420000',
    ]);
    expect(kept[1]!.working['invoices']).toHaveLength(6);
    expect(kept[1]!.working['invoices']).toContain('RET@2026-06-05');
    expect(covered).toEqual([]);
  });
});
