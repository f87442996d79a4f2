import { describe, expect, it } from 'vitest';
import { bridgeForecast } from '../../src/bridge/bridge-forecast.js';
import { reasonText } from '../../src/bridge/bridge-reason.js';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { needOf } from '../../src/bridge/need.js';
import type { Plan } from '../../src/bridge/optimiser.js';
import { cheapestPlan } from '../../src/bridge/optimiser.js';
import { addDays } from '../../src/domain/day.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import type { BridgeOption, Catalogue } from '../../src/read/catalogue-schema.js';
import { d, expense, invoice, KRW, linkable, options } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

// One minimal case per bug class of issue 12; each failed on the unit DP this optimiser replaced.
const S = d('2026-03-02');
const ctx = { currency: KRW };
const flatNeed = (amount: number, days: number) => needOf(S, new Array(days).fill(amount), S);
const summary = (plan: Plan) => plan.parts.map((part) => [part.option.id, part.principal, part.cost]);
const loan = (id: string, fields: Partial<Parameters<typeof bridgeOption>[0]> = {}): BridgeOption =>
  bridgeOption({
    id,
    category: 'single_payment_loan',
    amount: { basis: 'cash', min: 10_000, max: 1_000_000, step: 10_000 },
    charges: [interest(0.1)],
    ...fields,
  });

describe('an invoice is used once', () => {
  it('is discounted or factored, not both: 720,000 of the need stays uncovered', () => {
    const inv = linkable({ id: 'INV-7', client: 'C', amount: 1_000_000, issued: S - 30, expected: S + 40 });
    const early = bridgeOption({
      id: 'early-pay',
      category: 'early_payment_discount',
      amount: { basis: 'face', min: 1, max: 10_000_000, step: 1 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
    });
    const factoring = bridgeOption({
      id: 'factoring',
      category: 'receivable_finance',
      amount: { basis: 'face', min: 1, max: 10_000_000, step: 1 },
      proceeds: { advanceRate: 0.8 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'block_fee', pct: 0.01, of: 'face', blockDays: 30, timing: 'deduct_from_reserve' }],
    });
    const plan = cheapestPlan(
      [
        { option: early, context: { ...ctx, invoice: inv } },
        { option: factoring, context: { ...ctx, invoice: inv } },
      ],
      flatNeed(1_700_000, 5),
    );
    expect(summary(plan)).toEqual([['early-pay', 1_000_000, 20_000]]);
    expect(plan.residualGap).toBe(720_000);
  });
});

describe('cash is counted to the minor unit, not in blocks', () => {
  it('a 250,000 loan with a 1,000 fee covers 249,000 (the unit DP drew 300,000)', () => {
    const option = loan('fee-loan', {
      amount: { basis: 'cash', min: 250_000, max: 1_000_000, step: 50_000 },
      charges: [interest(0.1), { type: 'flat_fee', amount: 1000, timing: 'deduct_at_draw' }],
    });
    expect(summary(cheapestPlan([{ option, context: ctx }], flatNeed(249_000, 10)))).toEqual([['fee-loan', 250_000, 1685]]);
  });

  it('a loan in steps of 1,000 is drawn to the 1,000, finer than the old 10,000 block', () => {
    const option = loan('fine-loan', { amount: { basis: 'cash', min: 1000, max: 1_000_000, step: 1000 } });
    expect(summary(cheapestPlan([{ option, context: ctx }], flatNeed(123_400, 10)))).toEqual([['fine-loan', 124_000, 340]]);
  });
});

describe('the legal cap and the amount', () => {
  it('draws a larger amount when the smallest that covers is above the cap (a flat fee weighs less on more cash)', () => {
    const option = loan('fee-capped', {
      amount: { basis: 'cash', min: 100_000, max: 500_000, step: 100_000 },
      term: { kind: 'flexible', minDays: 19 },
      charges: [interest(0.155), { type: 'flat_fee', amount: 500, timing: 'deduct_at_draw' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: 'x' },
    });
    // 200,000 would cost 2,114 on 199,500 over 19 days: 20.4 % a year, above the cap.
    const plan = cheapestPlan([{ option, context: ctx }], flatNeed(146_505, 5));
    expect([summary(plan), plan.residualGap]).toEqual([[['fee-capped', 300_000, 2921]], 0]);
  });
});

describe('ties (README: fewer options, lower risk, shorter lead time, catalogue order)', () => {
  const feeOnly = (id: string, fee: number, max: number, fields: Partial<Parameters<typeof bridgeOption>[0]> = {}) =>
    loan(id, { amount: { basis: 'cash', min: max, max, step: max }, charges: [{ type: 'flat_fee', amount: fee, timing: 'add_at_repay' }], ...fields });
  const plan = (...opts: BridgeOption[]) =>
    summary(
      cheapestPlan(
        opts.map((option) => ({ option, context: ctx })),
        needOf(S, [100_000, 100_000], addDays(S, -1)),
      ),
    );

  it('one loan at 1,322 beats two half loans at 661 each', () => {
    expect(plan(feeOnly('half-a', 661, 50_000), feeOnly('half-b', 661, 50_000), feeOnly('whole', 1322, 100_000))).toEqual([['whole', 100_000, 1322]]);
  });
  it('at the same cost and count, the lower risk wins', () => {
    expect(plan(feeOnly('risky', 900, 100_000, { risk: { level: 2, flags: [] } }), feeOnly('safe', 900, 100_000, { risk: { level: 0, flags: [] } }))).toEqual([
      ['safe', 100_000, 900],
    ]);
  });
  it('then the shorter lead time', () => {
    const slow = feeOnly('slow', 900, 100_000, { availability: { leadTimeDays: 1, requiresApproval: false } });
    expect(plan(slow, feeOnly('quick', 900, 100_000))).toEqual([['quick', 100_000, 900]]);
  });
  it('then the earlier option in the catalogue', () => {
    expect(plan(feeOnly('first', 900, 100_000), feeOnly('second', 900, 100_000))).toEqual([['first', 100_000, 900]]);
    expect(plan(feeOnly('second', 900, 100_000), feeOnly('first', 900, 100_000))).toEqual([['second', 100_000, 900]]);
  });
});

describe('shared limits bind every pricing', () => {
  const AS_OF = d('2027-01-01');
  // 1,000,000 short from 1 to 10 January, repaid by an invoice on the 11th.
  const report = buildForecast(
    [invoice({ id: 'I1', amount: 1_200_000, issued: AS_OF - 20, due: AS_OF + 10 })],
    [expense({ amount: 1_000_000, date: AS_OF })],
    options({ asOf: AS_OF, openingBalance: 0, buffer: 0, delayDays: 0 }),
  );
  const catalogue: Catalogue = {
    schemaVersion: 1,
    currency: 'KRW',
    jurisdiction: 'KR',
    sharedLimits: [{ id: 'card', limit: 5_000_000, used: 4_890_000 }],
    options: [
      bridgeOption({
        id: 'card-advance',
        category: 'card_cash_advance',
        amount: { basis: 'cash', min: 10_000, max: 1_500_000, step: 10_000, sharedLimitId: 'card' },
        charges: [interest(0.05)],
      }),
      bridgeOption({
        id: 'bank-line',
        category: 'revolving_line',
        amount: { basis: 'cash', min: 10_000, max: 2_000_000, step: 10_000 },
        charges: [interest(0.1)],
      }),
    ],
  };

  it('an option priced alone sees the 110,000 its shared limit has left, and next best is never below the plan', () => {
    const [bridge] = bridgeForecast(report, { catalogue });
    const advance = bridge!.alternatives.find((alternative) => alternative.quote.option.id === 'card-advance')!.quote;
    expect(advance.feasible ? 'feasible' : reasonText(advance.reason, 'en')).toBe('over the limit: at most ₩110,000 of cash is available');
    expect(bridge!.plan!.parts.map((part) => [part.option.id, part.principal])).toEqual([
      ['card-advance', 110_000],
      ['bank-line', 890_000],
    ]);
    expect(bridge!.nextBest!.cost).toBeGreaterThanOrEqual(bridge!.plan!.totalCost);
  });
});

describe('more options never make the windows dearer', () => {
  it("re-planning a window adds only what its plan charges to the days after it, not a later window's own gap twice", () => {
    const AS_OF = d('2027-01-01');
    // Short 2,950,000 on 3–4 January, 9 won to spare on the 5th, short 2,949,991 on 6–7 January.
    const report = buildForecast(
      [
        invoice({ id: 'A', amount: 2_950_009, issued: AS_OF - 20, due: AS_OF + 4 }),
        invoice({ id: 'B', amount: 2_955_000, issued: AS_OF - 20, due: AS_OF + 7 }),
        invoice({ id: 'C', amount: 3_000_000, issued: AS_OF - 20, due: AS_OF + 27 }),
      ],
      [expense({ amount: 2_950_000, date: AS_OF + 2 }), expense({ amount: 2_950_000, date: AS_OF + 5 })],
      options({ asOf: AS_OF, openingBalance: 0, buffer: 0, delayDays: 0 }),
    );
    const base = defaultCatalogue(KRW);
    const extra = loan('extra-loan', {
      amount: { basis: 'cash', min: 500_000, max: 5_000_000, step: 10_000 },
      charges: [interest(0.079), { type: 'flat_fee', amount: 300, timing: 'add_at_repay' }],
    });
    const total = (catalogue: Catalogue) => bridgeForecast(report, { catalogue }).reduce((sum, bridge) => sum + bridge.plan!.totalCost, 0);
    // The first window's lines cost more than the 9 won spare on the 5th, so its need runs on through the second
    // window; the old re-plan counted the second window's gap twice there: 2,907 without the loan, 4,797 with it.
    expect(total(base)).toBe(2903);
    expect(total({ ...base, options: [...base.options, extra] })).toBe(2903);
  });
});
