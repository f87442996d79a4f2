import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WindowBridge } from '../../src/bridge/bridge-forecast.js';
import { bridgeForecast, jointSearch } from '../../src/bridge/bridge-forecast.js';
import { balancesOf, withPlanFlows } from '../../src/bridge/plan-flows.js';
import type { ForecastReport } from '../../src/forecast/forecast-report.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import type { BridgeOption, Catalogue } from '../../src/read/catalogue-schema.js';
import { d, expense, invoice, options } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';
import { line, linked, lumpLoan, roundingSlack } from '../support/plan-arbitraries.js';
import { cardCatalogue, touchingForecast } from '../support/touching-windows.js';

// The planner over whole forecasts of two or three shortfall windows close enough to touch (a repayment or a charge
// landing in the next one, a shared limit held across them): one more option, or a higher shared limit, never makes
// the forecast's bridging dearer, and the plans together cover every day. `WINDOW_RUNS`/`WINDOW_SEED` as the oracle's.
const RUNS = Number(process.env.WINDOW_RUNS ?? 500);
const SEED = Number(process.env.WINDOW_SEED ?? 20_261_202);
const A = d('2026-03-02');
/** The share of searches allowed to end at their run limits (each squeezing a shared line a unit at a time). */
const MAX_CUT_SHARE = 0.2;
/** The share of forecasts one more option or a higher limit may make dearer by the lines' rounding (see problemsOf). */
const MAX_ROUNDED_SHARE = 0.02;

interface Case {
  readonly report: ForecastReport;
  readonly catalogue: Catalogue;
  readonly extra: BridgeOption;
  /** How much the shared limit is raised by for the monotonicity check. */
  readonly raise: number;
}

const windowArb = fc.record({
  spend: fc.integer({ min: 1, max: 60 }).map((n) => n * 10_000 + 3_000),
  days: fc.integer({ min: 2, max: 12 }),
  refund: fc.integer({ min: 0, max: 20 }).map((n) => n * 10_000),
  apart: fc.integer({ min: 1, max: 12 }),
});

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    windows: fc.array(windowArb, { minLength: 2, maxLength: 3 }),
    lumps: fc.array(lumpLoan, { maxLength: 3 }),
    lines: fc.array(line, { maxLength: 2 }),
    linkedOptions: fc.array(linked, { maxLength: 1 }),
    receivable: fc.option(
      fc.integer({ min: 5, max: 60 }).map((n) => n * 10_000),
      { nil: undefined },
    ),
    limit: fc.integer({ min: 0, max: 60 }).map((n) => n * 10_000),
    extra: fc.oneof(lumpLoan, line),
    raise: fc.oneof(fc.constant(50_000), fc.integer({ min: 1, max: 300_000 })),
  })
  .map((spec) => {
    const report = touchingForecast(A, spec.windows, spec.receivable, 90);
    const catalogue = cardCatalogue(spec.lumps, spec.lines, spec.linkedOptions, spec.limit);
    return { report, catalogue, extra: spec.extra('extra-one'), raise: spec.raise };
  });

/** What a forecast's bridging leaves uncovered (summed over its windows) and what it costs. */
function totalOf(bridges: readonly WindowBridge[]): { residual: number; cost: number } {
  return {
    residual: bridges.reduce((sum, bridge) => sum + (bridge.plan?.residualGap ?? 0), 0),
    cost: bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0),
  };
}

/** The days still under the buffer once every window's plan is applied, when the plans say they cover everything. */
function shortDays(report: ForecastReport, bridges: readonly WindowBridge[]): number[] {
  if (totalOf(bridges).residual > 0) return [];
  const parts = bridges.flatMap((bridge) => bridge.plan?.parts ?? []);
  const net = report.days.map((day) => day.inflow - day.outflow);
  const after = balancesOf(report.options.openingBalance, withPlanFlows(net, report.horizon.start, parts));
  return after.flatMap((balance, i) => (balance < report.options.buffer ? [i] : []));
}

/**
 * What is wrong with one case, by kind, how many of its three searches ran out of runs (not proven), and whether one
 * more option or a higher limit made it dearer within the lines' rounding.
 */
function problemsOf(c: Case): { problems: string[]; incomplete: number; rounding: boolean; proven: number } {
  const problems: string[] = [];
  let incomplete = 0;
  let proven = 0;
  const search = (catalogue: Catalogue) => {
    const found = jointSearch(c.report, { catalogue });
    if (!found.complete) incomplete += 1;
    return found.bridges;
  };
  const bridges = search(c.catalogue);
  const base = totalOf(bridges);
  if (shortDays(c.report, bridges).length > 0) problems.push('coverage');
  // The lines' rounding spreads, as in the one-window oracle, once for each window: lines drawn in layers can cost
  // that much more than the split a lower limit forced in every window they draw in (README, "Not proven").
  const spreads = roundingSlack([...c.catalogue.options, c.extra]);
  const slack = spreads * c.report.shortfalls.length;
  // Where no line counts against a shared limit, the proof bounds it: the lines' rounding once (groupingSlack), for
  // searches that end within their runs.
  const unshared = [...c.catalogue.options, c.extra].every((option) => option.category !== 'revolving_line' || option.amount.sharedLimitId === undefined);
  const baseComplete = incomplete === 0;
  let rounding = false;
  const worse = (catalogue: Catalogue) => {
    const before = incomplete;
    const other = totalOf(search(catalogue));
    rounding ||= other.residual === base.residual && other.cost > base.cost;
    const bounded = unshared && baseComplete && incomplete === before;
    if (bounded) proven += 1;
    if (bounded && other.residual === base.residual && other.cost > base.cost + spreads) problems.push('beyond-proof');
    return other.residual > base.residual || (other.residual === base.residual && other.cost > base.cost + slack);
  };
  if (worse({ ...c.catalogue, options: [...c.catalogue.options, c.extra] })) problems.push('monotone-option');
  const raised = c.catalogue.sharedLimits.map((limit) => ({ ...limit, limit: limit.limit + c.raise }));
  if (worse({ ...c.catalogue, sharedLimits: raised })) problems.push('monotone-limit');
  return { problems, incomplete, rounding, proven };
}

describe('planning several windows', () => {
  it(
    `never gets dearer with one more option or a higher limit, and covers every day, on ${RUNS} random two- and three-window forecasts`,
    () => {
      const cases = fc.sample(caseArb, { numRuns: RUNS, seed: SEED });
      const failing = new Map<string, number>();
      let first: string | undefined;
      let failed = 0;
      let touching = 0;
      let incomplete = 0;
      let rounded = 0;
      let proven = 0;
      cases.forEach((c, index) => {
        if (c.report.shortfalls.length >= 2) touching += 1;
        const { problems, incomplete: cut, rounding, proven: bounded } = problemsOf(c);
        proven += bounded;
        incomplete += cut;
        if (rounding) rounded += 1;
        for (const problem of problems) failing.set(problem, (failing.get(problem) ?? 0) + 1);
        if (problems.length > 0) {
          failed += 1;
          first ??= `case ${index}: ${problems.join(', ')}`;
        }
      });
      // Most cases must really have several windows, or the property says little.
      expect(touching).toBeGreaterThan(RUNS * 0.8);
      // The proven bound ('beyond-proof') must be checked on many of the 2 × RUNS comparisons (464 of 1,000 on the seed).
      expect(proven).toBeGreaterThan(RUNS * 0.6);
      expect({ failed, byKind: Object.fromEntries(failing), first }).toEqual({ failed: 0, byKind: {}, first: undefined });
      // The property is asserted on every case, but proven (README) only where the search ends within its runs; the
      // searches that do not are counted here, and their plans say exact: false.
      console.info(`joint searches cut short: ${incomplete} of ${RUNS * 3}; dearer by rounding: ${rounded} of ${RUNS}`);
      expect(incomplete).toBeLessThanOrEqual(RUNS * 3 * MAX_CUT_SHARE);
      // The slack is for the rare rounding case, not a licence: on the default seed 2 of 500 forecasts use it.
      expect(rounded).toBeLessThanOrEqual(RUNS * MAX_ROUNDED_SHARE);
    },
    60_000 + RUNS * 40,
  );
});

describe('a higher shared limit', () => {
  // Three windows; a card line shares the limit. At 100,000 the first window borrows 100,000 of the 22-day loan,
  // whose spare cash carries the second window. At 150,000 the first window alone is cheaper with more of the line
  // and half the loan (1,185 instead of 1,298), which leaves the second and third windows short: 2,010 in all, when
  // the plans made for 100,000 (1,872) still fit. Planning the earlier windows as if the limit were lower finds them.
  // Planning the second and third windows as one need (a 50,000 or 100,000 loan held through both, the line on the
  // third's days) costs less again: 1,806 at either limit, 1,298 + 508 or 1,185 + 621.
  const report = buildForecast(
    [
      invoice({ id: 'PAY-0', client: 'P0', amount: 523_000, issued: A - 40, due: A + 8 }),
      invoice({ id: 'PAY-1', client: 'P1', amount: 203_000, issued: A - 40, due: A + 17 }),
      invoice({ id: 'PAY-2', client: 'P2', amount: 343_000, issued: A - 40, due: A + 30 }),
    ],
    [expense({ amount: 453_000, date: A + 3 }), expense({ amount: 193_000, date: A + 12 }), expense({ amount: 223_000, date: A + 20 })],
    options({ asOf: A, days: 90, delayDays: 0 }),
  );
  const catalogueAt = (limit: number): Catalogue =>
    ({
      schemaVersion: 1,
      currency: 'KRW',
      jurisdiction: 'KR',
      sharedLimits: [{ id: 'card', limit, used: 0 }],
      options: [
        bridgeOption({
          id: 'loan',
          category: 'single_payment_loan',
          amount: { basis: 'cash', min: 15_000, max: 250_000, step: 50_000 },
          term: { kind: 'flexible', minDays: 22 },
          charges: [interest(0.083, 'floor')],
        }),
        bridgeOption({
          id: 'advance',
          category: 'card_cash_advance',
          amount: { basis: 'cash', min: 250_000, max: 300_000, step: 50_000, lump: [300_000] },
          charges: [interest(0.159, 'floor')],
        }),
        bridgeOption({
          id: 'card-line',
          category: 'revolving_line',
          amount: { basis: 'cash', min: 10_000, max: 135_894, step: 10_000, sharedLimitId: 'card' },
          charges: [interest(0.2)],
        }),
      ],
    }) as Catalogue;

  it('does not make three touching windows dearer, though the first alone gets cheaper', () => {
    const at = (limit: number) => totalOf(bridgeForecast(report, { catalogue: catalogueAt(limit) }));
    expect({ at100k: at(100_000), at150k: at(150_000) }).toEqual({ at100k: { residual: 0, cost: 1_806 }, at150k: { residual: 0, cost: 1_806 } });
  });
});
