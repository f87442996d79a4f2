import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needOf } from '../../src/bridge/need.js';
import type { Candidate, Plan } from '../../src/bridge/optimiser.js';
import { cheapestPlan, fillWithLines } from '../../src/bridge/optimiser.js';
import { priceLump } from '../../src/bridge/price-option.js';
import { d, KRW } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

const S = d('2026-03-01');
const flatNeed = (amount: number, days: number) => needOf(S, new Array(days).fill(amount), S);
const ctx = { currency: KRW };

// TV-18 (brief §D4): u = 10,000; the term of each option is the window, interest simple.
const O1: Candidate = { option: bridgeOption({ id: 'overdraft', category: 'revolving_line', amount: { basis: 'cash', min: 10_000, max: 800_000, step: 10_000 }, charges: [interest(0.065)] }), context: ctx };
const O2: Candidate = { option: bridgeOption({ id: 'cash-adv', category: 'card_cash_advance', amount: { basis: 'cash', min: 10_000, max: 1_500_000, step: 10_000 }, charges: [interest(0.179)] }), context: ctx };
const O3: Candidate = { option: bridgeOption({ id: 'term-loan', category: 'single_payment_loan', amount: { basis: 'cash', min: 500_000, max: 3_000_000, step: 100_000 }, charges: [interest(0.12)] }), context: ctx };
// The early-pay lump: gross 2,000,000 less 3.3 % withholding is 1,934,000 of cash; 2 % of gross is 38,680 won.
const o4 = (expected: number): Candidate => ({
  option: bridgeOption({ id: 'early-pay', category: 'early_payment_discount', amount: { basis: 'face', min: 1, max: 10_000_000, step: 1 }, term: { kind: 'until_invoice_paid' }, charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }] }),
  context: { currency: KRW, invoice: { id: 'INV', client: 'C', amount: 1_934_000, issued: S - 30, expected } },
});
const summary = (plan: Plan) => ({ total: plan.totalCost, parts: plan.parts.map((part) => [part.option.id, part.cashReceived, part.cost]) });

describe('TV-18: the exact optimiser', () => {
  it('A = 950,000 for 35 days: overdraft 800,000 + cash advance 150,000 = 7,561 (greedy by rate would pay 10,740)', () => {
    expect(summary(cheapestPlan([O1, O2, O3], flatNeed(950_000, 35), 10_000))).toEqual({
      total: 7561, parts: [['cash-adv', 150_000, 2575], ['overdraft', 800_000, 4986]],
    });
  });

  it('A = 2,500,000 for 35 days: overdraft 800,000 + term loan 1,700,000 = 24,548, the early-pay lump not chosen', () => {
    const plan = cheapestPlan([O1, O2, O3, o4(S + 60)], flatNeed(2_500_000, 35), 10_000);
    expect(summary(plan)).toEqual({ total: 24_548, parts: [['term-loan', 1_700_000, 19_562], ['overdraft', 800_000, 4986]] });
  });

  it('A = 2,500,000 for 75 days: overdraft 610,000 + early-pay lump (38,680) = 46,827, beating 52,603', () => {
    const plan = cheapestPlan([O1, O2, O3, o4(S + 80)], flatNeed(2_500_000, 75), 10_000);
    expect(summary(plan)).toEqual({ total: 46_827, parts: [['early-pay', 1_895_320, 38_680], ['overdraft', 610_000, 8147]] });
    expect(plan.residualGap).toBe(0);
  });

  it('reports the residual gap when the options cannot cover the need', () => {
    const plan = cheapestPlan([O1], flatNeed(1_000_000, 10), 10_000);
    expect(plan.residualGap).toBe(200_000);
    expect(summary(plan).parts).toEqual([['overdraft', 800_000, 1425]]);
  });
});

/** Every way of drawing each lump option (or not), then the same line filling: the reference the DP must match. */
function bruteForce(candidates: readonly Candidate[], need: ReturnType<typeof needOf>, unit: number): { total: number; residual: number } {
  const units = Math.ceil(need.peak / unit);
  const lumps = candidates.filter((c) => c.option.category !== 'revolving_line');
  const lines = candidates.filter((c) => c.option.category === 'revolving_line')
    .sort((a, b) => (a.option.charges[0] as { annualRate: number }).annualRate - (b.option.charges[0] as { annualRate: number }).annualRate);
  const choices = lumps.map((c) => {
    const list: Array<{ units: number; cost: number }> = [{ units: 0, cost: 0 }];
    for (let m = 1; m <= units; m += 1) {
      const quote = priceLump(c.option, m * unit, need, c.context);
      if (quote.feasible && (quote.cap === 'ok' || quote.cap === 'none')) list.push({ units: Math.floor(quote.cashReceived / unit), cost: quote.cost });
    }
    return list;
  });
  let best = { total: Infinity, residual: Infinity };
  const walk = (index: number, credited: number, cost: number) => {
    if (index === choices.length) {
      const covered = Math.min(units, credited) * unit;
      const filled = fillWithLines(lines, need, need.gaps.map((gap) => Math.max(0, gap - covered)));
      const total = cost + filled.parts.reduce((sum, part) => sum + part.cost, 0);
      if (filled.residual < best.residual || (filled.residual === best.residual && total < best.total)) best = { total, residual: filled.residual };
      return;
    }
    for (const choice of choices[index]!) walk(index + 1, credited + choice.units, cost + choice.cost);
  };
  walk(0, 0, 0);
  return best;
}

const lumpOption = fc.record({
  id: fc.constantFrom('loan-a', 'loan-b', 'loan-c'),
  rate: fc.integer({ min: 1, max: 400 }).map((bp) => bp / 1000),
  min: fc.integer({ min: 1, max: 8 }).map((n) => n * 10_000),
  step: fc.constantFrom(10_000, 20_000, 50_000),
  span: fc.integer({ min: 0, max: 10 }),
  fee: fc.integer({ min: 0, max: 5_000 }),
  lump: fc.boolean(),
}).map(({ id, rate, min, step, span, fee, lump }) => bridgeOption({
  id, category: 'single_payment_loan',
  amount: { basis: 'cash', min, max: min + span * step, step, ...(lump ? { lump: [min + span * step] } : {}) },
  charges: [interest(rate), { type: 'flat_fee', amount: fee, timing: 'add_at_repay' }],
}));
const lineOption = fc.record({ id: fc.constantFrom('line-x', 'line-y'), rate: fc.integer({ min: 1, max: 300 }).map((bp) => bp / 1000), max: fc.integer({ min: 0, max: 15 }).map((n) => n * 10_000) })
  .map(({ id, rate, max }) => bridgeOption({ id, category: 'revolving_line', amount: { basis: 'cash', min: 0, max, step: 1 }, charges: [interest(rate)] }));

describe('the optimiser against brute force', () => {
  it('finds exactly the cheapest cover on 1,000 random small catalogues and needs', () => {
    fc.assert(fc.property(
      fc.uniqueArray(lumpOption, { maxLength: 3, selector: (o) => o.id }),
      fc.uniqueArray(lineOption, { maxLength: 2, selector: (o) => o.id }),
      fc.array(fc.integer({ min: 0, max: 150_000 }), { minLength: 1, maxLength: 8 }),
      (lumps, lines, gaps) => {
        const need = needOf(S, gaps, S);
        const candidates = [...lumps, ...lines].map((option) => ({ option, context: ctx }));
        const plan = cheapestPlan(candidates, need, 10_000);
        const reference = bruteForce(candidates, need, 10_000);
        if (need.peak === 0) {
          expect(plan).toEqual({ parts: [], totalCost: 0, residualGap: 0 });
          return;
        }
        expect({ total: plan.totalCost, residual: plan.residualGap }).toEqual(reference);
        expect(plan.totalCost).toBe(plan.parts.reduce((sum, part) => sum + part.cost, 0));
      },
    ), { numRuns: 1000 });
  });
});
