import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanLine } from '../../src/bridge/line-fill.js';
import { fillLines, fillsInOrders, lineOrders } from '../../src/bridge/line-fill.js';
import { needOf } from '../../src/bridge/need.js';
import { d, KRW } from '../support/factories.js';
import { bridgeOption } from '../support/options.js';

// The reorders price each line once per set of lines drawn before it, not once per order: the fills must be the ones
// each order gives on its own, shared limits included (two limits, lines on either or none).
const S = d('2026-03-02');

const lineArb = fc.record({
  max: fc.integer({ min: 1, max: 40 }).map((n) => n * 10_000),
  rate: fc.integer({ min: 10, max: 300 }),
  rounding: fc.constantFrom('round' as const, 'floor' as const, 'floor10' as const),
  group: fc.constantFrom(-1, 0, 1),
  fee: fc.constantFrom(0, 0, 500),
});

const caseArb = fc.record({
  gaps: fc.array(
    fc.integer({ min: 0, max: 60 }).map((n) => n * 5_000 + 7),
    { minLength: 1, maxLength: 8 },
  ),
  lines: fc.array(lineArb, { minLength: 2, maxLength: 4 }),
  cash: fc.integer({ min: 0, max: 100_000 }),
  used: fc.tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 })),
  limits: fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 400_000 })),
});

describe('line fills in every order', () => {
  it('equal each order filled alone on 300 random sets of lines', () => {
    for (const c of fc.sample(caseArb, { numRuns: 300, seed: 42 })) {
      const need = needOf(S, c.gaps, S);
      const lines: PlanLine[] = c.lines.map((spec, position) => ({
        option: bridgeOption({
          id: `line-${position}`,
          category: 'revolving_line',
          amount: { basis: 'cash', min: 10_000, max: spec.max, step: 10_000 },
          charges: [
            { type: 'interest', annualRate: spec.rate / 1000, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: spec.rounding },
            ...(spec.fee === 0 ? [] : [{ type: 'flat_fee' as const, amount: spec.fee, timing: 'add_at_repay' as const }]),
          ],
        }),
        context: { currency: KRW },
        position,
        group: spec.group,
      }));
      const orders = lineOrders(lines);
      const summary = (fill: ReturnType<typeof fillLines>) => ({
        lines: fill.lines.map((line) => line.position),
        drawn: fill.quotes.map((quote) => quote.drawn),
        cost: fill.cost,
        residual: fill.residual,
      });
      const together = fillsInOrders(lines, orders, need, c.cash, c.used, c.limits).map(summary);
      const alone = orders.map((order) => summary(fillLines(order, need, c.cash, c.used, c.limits)));
      expect(together).toEqual(alone);
    }
  });
});
