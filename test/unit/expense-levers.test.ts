import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/bridge/bridge-reason.js';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import type { LinkableExpense } from '../../src/bridge/need.js';
import { needOf } from '../../src/bridge/need.js';
import { priceLump } from '../../src/bridge/price-option.js';
import { minor } from '../../src/domain/money.js';
import { d, KRW } from '../support/factories.js';

// Issue 15, item 4: the built-in late-payment options priced against one real payment.
const option = (id: string) => defaultCatalogue(KRW).options.find((candidate) => candidate.id === id)!;
const expense = (amount: number, due: string, description: string, billedOnNotice = false): LinkableExpense => ({
  id: 'exp.csv:2#0',
  description,
  category: 'insurance',
  amount: minor(amount),
  due: d(due),
  billedOnNotice,
});
/** A window of `days` days from `start`, short by `gap` each day. */
const window = (start: string, gap: number, days: number) => needOf(d(start), new Array(days).fill(gap), d('2026-12-01'));
const cost = (id: string, gap: number, days: number, payment: LinkableExpense) => {
  const quote = priceLump(option(id), gap, window('2027-01-10', gap, days), { currency: KRW, expense: payment });
  return quote.feasible ? quote.cost : reasonText(quote.reason, 'en');
};

describe('social insurance paid late (국민건강보험법 §80, 국민연금법 §97)', () => {
  const health = expense(198_000, '2027-01-10', '건강보험 (지역가입자)');

  it('costs 1/1,500 of the unpaid dues a day', () => {
    // 198,000 × 10 / 1,500 = 1,320.
    expect(cost('kr-social-insurance-late', 198_000, 10, health)).toBe(1320);
    // Only the part paid late: 100,000 × 10 / 1,500 = 666.7 → 667.
    expect(cost('kr-social-insurance-late', 100_000, 10, health)).toBe(667);
  });

  it('reaches its 2 % cap on day 30, and past 30 days (the second tier) is not offered', () => {
    expect(cost('kr-social-insurance-late', 198_000, 30, health)).toBe(3960);
    expect(cost('kr-social-insurance-late', 198_000, 31, health)).toBe('the term is at most 30 days; the window needs 31');
  });

  it('never defers more than the payment', () => {
    expect(cost('kr-social-insurance-late', 250_000, 10, health)).toBe('over the limit: at most ₩198,000 of cash is available');
  });
});

describe('national tax paid late (국세기본법 §47의4)', () => {
  it('frees no cash before its due day: a payment due after the window starts cannot bridge it', () => {
    const later = expense(1_000_000, '2027-01-12', '부가가치세');
    expect(cost('kr-tax-late-payment', 500_000, 10, later)).toBe('it is due on 2027-01-12: paying it late frees no cash for 2027-01-10');
  });

  it('adds 3 % once for a tax billed on a notice, on the part paid late', () => {
    // 500,000 × (0.00022 × 10 + 3 %) = 1,100 + 15,000.
    expect(cost('kr-tax-late-payment', 500_000, 10, expense(1_000_000, '2027-01-10', '중간예납', true))).toBe(16100);
    expect(cost('kr-tax-late-payment', 500_000, 10, expense(1_000_000, '2027-01-10', '종합소득세'))).toBe(1100);
  });
});
