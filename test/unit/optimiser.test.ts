import { describe, expect, it } from 'vitest';
import { needOf } from '../../src/bridge/need.js';
import type { Candidate, Plan } from '../../src/bridge/optimiser.js';
import { cheapestPlan } from '../../src/bridge/optimiser.js';
import { d, KRW, linkable } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

const S = d('2026-03-01');
const flatNeed = (amount: number, days: number) => needOf(S, new Array(days).fill(amount), S);
const ctx = { currency: KRW };

// TV-18 (brief §D4): u = 10,000; the term of each option is the window, interest simple.
const O1: Candidate = {
  option: bridgeOption({
    id: 'overdraft',
    category: 'revolving_line',
    amount: { basis: 'cash', min: 10_000, max: 800_000, step: 10_000 },
    charges: [interest(0.065)],
  }),
  context: ctx,
};
const O2: Candidate = {
  option: bridgeOption({
    id: 'cash-adv',
    category: 'card_cash_advance',
    amount: { basis: 'cash', min: 10_000, max: 1_500_000, step: 10_000 },
    charges: [interest(0.179)],
  }),
  context: ctx,
};
const O3: Candidate = {
  option: bridgeOption({
    id: 'term-loan',
    category: 'single_payment_loan',
    amount: { basis: 'cash', min: 500_000, max: 3_000_000, step: 100_000 },
    charges: [interest(0.12)],
  }),
  context: ctx,
};
// The early-pay lump: gross 2,000,000 less 3.3 % withholding is 1,934,000 of cash; 2 % of gross is 38,680 won.
const o4 = (expected: number): Candidate => ({
  option: bridgeOption({
    id: 'early-pay',
    category: 'early_payment_discount',
    amount: { basis: 'face', min: 1, max: 10_000_000, step: 1 },
    term: { kind: 'until_invoice_paid' },
    charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
  }),
  context: { currency: KRW, invoice: linkable({ id: 'INV', client: 'C', amount: 1_934_000, issued: S - 30, expected }) },
});
const summary = (plan: Plan) => ({ total: plan.totalCost, parts: plan.parts.map((part) => [part.option.id, part.cashReceived, part.cost]) });

describe('TV-18: the exact optimiser', () => {
  it('A = 950,000 for 35 days: overdraft 800,000 + cash advance 150,000 = 7,561 (greedy by rate would pay 10,740)', () => {
    expect(summary(cheapestPlan([O1, O2, O3], flatNeed(950_000, 35)))).toEqual({
      total: 7561,
      parts: [
        ['cash-adv', 150_000, 2575],
        ['overdraft', 800_000, 4986],
      ],
    });
  });

  it('A = 2,500,000 for 35 days: overdraft 800,000 + term loan 1,700,000 = 24,548, the early-pay lump not chosen', () => {
    const plan = cheapestPlan([O1, O2, O3, o4(S + 60)], flatNeed(2_500_000, 35));
    expect(summary(plan)).toEqual({
      total: 24_548,
      parts: [
        ['term-loan', 1_700_000, 19_562],
        ['overdraft', 800_000, 4986],
      ],
    });
  });

  it('A = 2,500,000 for 75 days: early-pay lump (38,680) + overdraft on the exact remainder 604,680 = 46,756 (brief §D4 amended)', () => {
    const plan = cheapestPlan([O1, O2, O3, o4(S + 80)], flatNeed(2_500_000, 75));
    // The unit DP drew 610,000 (46,827): cash counted in whole 10,000-won blocks.
    expect(summary(plan)).toEqual({
      total: 46_756,
      parts: [
        ['early-pay', 1_895_320, 38_680],
        ['overdraft', 604_680, 8076],
      ],
    });
    expect(plan.residualGap).toBe(0);
  });

  it('reports the residual gap when the options cannot cover the need', () => {
    const plan = cheapestPlan([O1], flatNeed(1_000_000, 10));
    expect(plan.residualGap).toBe(200_000);
    expect(summary(plan).parts).toEqual([['overdraft', 800_000, 1425]]);
  });
});
