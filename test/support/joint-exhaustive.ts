import { candidatesOf, linkableInvoices } from '../../src/bridge/bridge-forecast.js';
import type { Need } from '../../src/bridge/need.js';
import { needOf } from '../../src/bridge/need.js';
import { balancesOf, withPlanFlows } from '../../src/bridge/plan-flows.js';
import type { FeasibleQuote } from '../../src/bridge/quote.js';
import { whyNotRecommendable } from '../../src/bridge/recommendable.js';
import type { ForecastReport } from '../../src/forecast/forecast-report.js';
import type { ShortfallWindow } from '../../src/forecast/shortfalls.js';
import { lastShortDay } from '../../src/forecast/shortfalls.js';
import type { Catalogue } from '../../src/read/catalogue-schema.js';
import type { OracleOption, OraclePlan } from './exhaustive-plan.js';
import { everyPlan } from './exhaustive-plan.js';

// The joint optimum of a two-window forecast, by brute force: every plan the one-window oracle weighs for the first
// window — on its own short days, or on the short days of both windows as one need (one bridge held through the days
// between) — then, on the balance that plan leaves, every plan for the second, keeping the cheapest pair that leaves
// no day of the horizon under the buffer. Each need, its candidates and limits are built as the README says the
// planner builds them (short days on the carried balance; what earlier plans still hold counted against an option's
// own limit and its shared limit; an invoice an earlier plan used is gone), but no plan is re-planned: a pair either covers every day or is not a joint plan
// here. Slow on purpose; tiny catalogues only.

export interface JointOptimum {
  readonly cost: number;
  readonly parts: readonly (readonly FeasibleQuote[])[];
}

/** The cheapest pair of plans that covers every day, or undefined when no pair does. */
export function jointOptimum(report: ForecastReport, catalogue: Catalogue): JointOptimum | undefined {
  const [first, second] = report.shortfalls;
  if (first === undefined || second === undefined || report.shortfalls.length !== 2) throw new Error('two windows only');
  const base = report.days.map((day) => day.inflow - day.outflow);
  let best: JointOptimum | undefined;
  const firstPlans = (visit: (plan: OraclePlan, need: Need) => void) => {
    forEachPlan(report, catalogue, first, first, base, [], visit);
    forEachPlan(report, catalogue, first, second, base, [], visit);
  };
  firstPlans((plan1, need1) => {
    if (plan1.residual > 0 || (best !== undefined && plan1.cost >= best.cost)) return;
    const net1 = withPlanFlows(base, report.horizon.start, plan1.parts);
    forEachPlan(report, catalogue, second, second, net1, plan1.parts, (plan2) => {
      const cost = plan1.cost + plan2.cost;
      if (plan2.residual > 0 || (best !== undefined && cost >= best.cost)) return;
      if (!coversFrom(report, withPlanFlows(net1, report.horizon.start, plan2.parts), need1.start)) return;
      best = { cost, parts: [plan1.parts, plan2.parts] };
    });
  });
  return best;
}

/** Every plan for the short days from `window` to `through` on the balance `net` leaves, with what `earlier` parts hold. */
function forEachPlan(
  report: ForecastReport,
  catalogue: Catalogue,
  window: ShortfallWindow,
  through: ShortfallWindow,
  net: readonly number[],
  earlier: readonly FeasibleQuote[],
  visit: (plan: OraclePlan, need: Need) => void,
): void {
  const { buffer, openingBalance, asOf } = report.options;
  const start = report.horizon.start;
  const balances = balancesOf(openingBalance, net);
  const last = lastShortDay(through);
  const gaps = Array.from({ length: last - window.start + 1 }, (_, i) => Math.max(0, buffer - balances[window.start + i - start]!));
  const need = needOf(window.start, gaps, asOf);
  const heldFrom = (holds: (part: FeasibleQuote) => boolean) =>
    earlier.filter((part) => holds(part) && part.repayDate > need.start).reduce((sum, part) => sum + part.principal, 0);
  const shared = new Map(
    catalogue.sharedLimits.map((limit) => [
      limit.id,
      Math.max(0, limit.limit - limit.used - heldFrom((part) => part.option.amount.sharedLimitId === limit.id)),
    ]),
  );
  const candidates: OracleOption[] = candidatesOf(catalogue, linkableInvoices(report), report, window.start, through.end)
    .filter((candidate) => whyNotRecommendable(candidate.option) === undefined)
    // An invoice is sold, discounted or pledged once, whichever window does it.
    .filter((candidate) => !earlier.some((part) => part.invoiceId !== undefined && part.invoiceId === candidate.context.invoice?.id))
    .map((candidate) => {
      const id = candidate.option.amount.sharedLimitId;
      return {
        option: candidate.option,
        context: {
          ...candidate.context,
          alreadyDrawn: heldFrom((part) => part.option.id === candidate.option.id),
          ...(id !== undefined && shared.has(id) ? { sharedHeadroom: shared.get(id)! } : {}),
        },
      };
    });
  everyPlan(candidates, need, shared, (plan) => visit(plan, need));
}

/** Whether no day from `from` to the horizon's end is under the buffer once the flows are applied. */
function coversFrom(report: ForecastReport, net: readonly number[], from: number): boolean {
  const balances = balancesOf(report.options.openingBalance, net);
  return balances.every((balance, i) => i + report.horizon.start < from || balance >= report.options.buffer);
}
