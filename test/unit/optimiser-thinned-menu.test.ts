import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Need } from '../../src/bridge/need.js';
import { needOf } from '../../src/bridge/need.js';
import type { Candidate } from '../../src/bridge/optimiser.js';
import { cheapestPlan } from '../../src/bridge/optimiser.js';
import { priceAt } from '../../src/bridge/price-option.js';
import { addDays } from '../../src/domain/day.js';
import type { BridgeOption } from '../../src/read/catalogue-schema.js';
import type { OracleOption } from '../support/exhaustive-plan.js';
import { exhaustivePlan } from '../support/exhaustive-plan.js';
import { d, KRW } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';
import { line, lumpLoan } from '../support/plan-arbitraries.js';

// An option priced to the unit with more amounts below the need than the optimiser prices up front (5,000): the
// search weighs the spans between them where no bound rules them out (README, "The plan"). Against a brute force over
// every one of its amounts — each priced alone with priceAt, the lines then taking the rest in every order and subset
// (test/support/exhaustive-plan.ts), times every amount of at most one coarse loan — the plan costs the same, covers
// as much, and says it is proven where it covers the need. The fine loan and the lines may share a limit with the
// coarse loan. `THINNED_RUNS` picks more cases.
const RUNS = Number(process.env.THINNED_RUNS ?? 24);
const S = d('2026-03-02');
const ctx = { currency: KRW };

interface Case {
  readonly need: Need;
  readonly fine: BridgeOption;
  readonly coarse: BridgeOption | undefined;
  readonly lines: readonly BridgeOption[];
  /** The headroom of the shared limit `card` the fine loan and some lines may draw on, when they do. */
  readonly card: number | undefined;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    gaps: fc.array(fc.integer({ min: 5_500, max: 9_000 }), { minLength: 1, maxLength: 4 }),
    rate: fc.integer({ min: 10, max: 400 }).map((permille) => permille / 1000),
    fee: fc.constantFrom(0, 0, 100, 700),
    rounding: fc.constantFrom('round' as const, 'floor' as const),
    coarse: fc.option(lumpLoan, { nil: undefined }),
    lines: fc.array(line, { maxLength: 2 }),
    lineMax: fc.array(fc.integer({ min: 500, max: 8_000 }), { minLength: 2, maxLength: 2 }),
    card: fc.option(fc.integer({ min: 3_000, max: 12_000 }), { nil: undefined }),
    onCard: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map((spec) => ({
    need: needOf(S, spec.gaps, addDays(S, -1)),
    fine: bridgeOption({
      id: 'to-the-unit',
      category: 'single_payment_loan',
      amount: { basis: 'cash', min: 1, max: 50_000, step: 1, ...(spec.card !== undefined && spec.onCard[0] ? { sharedLimitId: 'card' } : {}) },
      charges: [
        interest(spec.rate, spec.rounding),
        ...(spec.fee === 0 ? [] : [{ type: 'flat_fee' as const, amount: spec.fee, timing: 'add_at_repay' as const }]),
      ],
    }),
    coarse: spec.coarse?.('coarse'),
    // The lines are small beside the gaps, so the fine loan carries most of the need and its amount matters.
    lines: spec.lines.map((make, i) => {
      const option = make(`line-${i}`);
      const sharedLimitId = spec.card !== undefined && spec.onCard[i + 1] ? 'card' : undefined;
      return { ...option, amount: { ...option.amount, min: 100, step: 100, max: spec.lineMax[i]!, sharedLimitId } };
    }),
    card: spec.card,
  }));

/** Every admissible amount of a lump option up to the first whose cash covers the peak, priced alone (no amount: 0). */
function amountsOf(option: BridgeOption, need: Need): Array<{ cash: number; cost: number; card: number }> {
  const out = [{ cash: 0, cost: 0, card: 0 }];
  const { min, max, step, lump } = option.amount;
  const lo = Math.ceil(min / step) * step;
  const every = Array.from({ length: Math.floor((max - lo) / step) + 1 }, (_, k) => lo + k * step);
  // A lump list names the only amounts there are.
  for (const principal of lump === undefined ? every : [...lump].sort((x, y) => x - y)) {
    const quote = priceAt(option, principal, need, ctx);
    if (!quote.feasible || (quote.cap !== 'ok' && quote.cap !== 'none')) continue;
    out.push({ cash: quote.cashReceived, cost: quote.cost, card: option.amount.sharedLimitId === 'card' ? principal : 0 });
    if (quote.cashReceived >= need.peak) break;
  }
  return out;
}

/** The least residual, then cost, over every amount of both lumps with the lines on what they leave. */
function bruteForce(c: Case): { residual: number; cost: number } {
  const lines: OracleOption[] = c.lines.map((option) => ({ option, context: ctx }));
  const coarse = c.coarse === undefined ? [{ cash: 0, cost: 0, card: 0 }] : amountsOf(c.coarse, c.need);
  const card = c.card ?? Infinity;
  let best = { residual: Infinity, cost: Infinity };
  const linesOn = new Map<string, { residual: number; cost: number }>();
  for (const a of coarse) {
    for (const b of amountsOf(c.fine, c.need)) {
      const cash = a.cash + b.cash;
      // The lumps' principal on the card holds its headroom for the whole need; the lines on it share what is left.
      const left = card - a.card - b.card;
      if (left < 0) continue;
      const key = `${cash}|${left}`;
      if (!linesOn.has(key)) {
        const rest = needOf(
          c.need.start,
          c.need.gaps.map((gap) => Math.max(0, gap - cash)),
          c.need.asOf,
        );
        const shared = new Map(Number.isFinite(left) ? [['card', left]] : []);
        linesOn.set(key, rest.peak === 0 ? { residual: 0, cost: 0 } : exhaustivePlan(lines, rest, shared));
      }
      const fill = linesOn.get(key)!;
      const cost = a.cost + b.cost + fill.cost;
      if (fill.residual < best.residual || (fill.residual === best.residual && cost < best.cost)) best = { residual: fill.residual, cost };
    }
  }
  return best;
}

describe('an option with more amounts than are priced up front', () => {
  it(`costs what a brute force over its every amount finds, proven, on ${RUNS} random needs`, () => {
    const cases = fc.sample(caseArb, { numRuns: RUNS, seed: 20_261_203 });
    const wrong: string[] = [];
    let covered = 0;
    cases.forEach((c, index) => {
      const candidates: Candidate[] = [c.fine, ...(c.coarse === undefined ? [] : [c.coarse]), ...c.lines].map((option) => ({ option, context: ctx }));
      const contextOf = (option: BridgeOption) =>
        option.amount.sharedLimitId === 'card' && c.card !== undefined ? { currency: KRW, sharedHeadroom: c.card } : ctx;
      const plan = cheapestPlan(
        candidates.map(({ option }) => ({ option, context: contextOf(option) })),
        c.need,
        c.card === undefined ? [] : [{ id: 'card', headroom: c.card }],
      );
      const truth = bruteForce(c);
      // A need no plan covers bounds no cost, so its spans are not split past the budget: proven only when covered.
      if (truth.residual === 0) covered += 1;
      if (plan.residualGap !== truth.residual || plan.totalCost !== truth.cost || (truth.residual === 0 && !plan.exact))
        wrong.push(`case ${index}: plan ${plan.residualGap}/${plan.totalCost} exact ${plan.exact}, brute force ${truth.residual}/${truth.cost}`);
    });
    expect(wrong).toEqual([]);
    expect(covered).toBeGreaterThan(RUNS * 0.7);
  }, 120_000);
});
