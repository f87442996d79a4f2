import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { ForecastReport } from '../forecast/forecast-report.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import type { BridgeOption, Catalogue } from '../read/catalogue-schema.js';
import type { EarlyPaymentTarget } from './ask-early.js';
import { earlyPaymentTargets } from './ask-early.js';
import type { LinkableInvoice, Need } from './need.js';
import { needOf } from './need.js';
import type { Candidate, Plan } from './optimiser.js';
import { cheapestPlan } from './optimiser.js';
import { balancesOf, withPlanCharges, withPlanFlows } from './plan-flows.js';
import { priceAlone } from './price-option.js';
import type { FeasibleQuote, Quote } from './quote.js';
import { whyNotRecommendable } from './recommendable.js';

/** One option priced alone for a window, and whether cashflow would ever propose it. */
export interface Alternative {
  readonly quote: Quote;
  /** Why it is never part of a plan (illegal, above the cap, disabled…); undefined when it may be. */
  readonly notRecommendable: string | undefined;
}

/** How a shortfall window is bridged: the verified plan, the next best option and every option's true cost. */
export interface WindowBridge {
  readonly window: ShortfallWindow;
  /** What the plan was sized for; may reach past the window when a repayment had to wait (see verification). */
  readonly need: Need | undefined;
  /** Undefined for a structural window, which no loan fixes. */
  readonly plan: Plan | undefined;
  readonly nextBest: FeasibleQuote | undefined;
  readonly alternatives: readonly Alternative[];
  /** The clients best asked to pay early, cheapest discount first (at most three). */
  readonly askEarly: readonly EarlyPaymentTarget[];
}

export interface BridgeSettings {
  readonly catalogue: Catalogue;
}

/** Open invoices expected in the horizon, which factoring and early-payment offers can draw on. */
export function linkableInvoices(report: ForecastReport): LinkableInvoice[] {
  return report.events.flatMap((event) =>
    event.kind === 'invoice' ? [{ id: event.id, client: event.client, amount: event.amount, issued: event.issued, expected: event.date }] : [],
  );
}

/** How many open invoices an invoice-linked option is tried on per window: the ones paid latest, which cost least. */
export const LINKED_INVOICES_PER_OPTION = 20;

/**
 * Every option of the catalogue as candidates for a window; invoice-linked ones once per open invoice they may
 * draw on — invoices already issued at the window's start and expected after its end, latest first, at most 20
 * per option (a bookkeeper's file can hold thousands; the latest payers are the cheapest to bring forward).
 */
export function candidatesOf(
  catalogue: Catalogue,
  invoices: readonly LinkableInvoice[],
  report: Pick<ForecastReport, 'options'>,
  start: Day,
  end: Day,
): Candidate[] {
  const currency = report.options.currency;
  const usable = invoices
    .filter((invoice) => invoice.issued <= start && invoice.expected > end)
    .sort((a, b) => b.expected - a.expected || compareText(a.id, b.id));
  return catalogue.options.flatMap((option): Candidate[] => {
    const linked = option.category === 'receivable_finance' || option.category === 'early_payment_discount';
    if (!linked) return [{ option, context: { currency } }];
    return usable
      .filter((invoice) => option.linkedInvoiceId === undefined || invoice.id === option.linkedInvoiceId)
      .slice(0, LINKED_INVOICES_PER_OPTION)
      .map((invoice) => ({ option, context: { currency, invoice } }));
  });
}

const MAX_REPLANS = 5;

/** Sequential runs the joint search may try per forecast; past it the plan is the best of those tried. */
const MAX_RUNS = 32;

/**
 * Bridges each shortfall window, jointly: the cheapest of the sequential plans (below) over every sub-catalogue, so
 * that one more option or a higher limit never makes the forecast's total dearer.
 *
 * Why this is monotone, and why the search below visits every sub-catalogue it needs to. Let seq(S) be the
 * sequential plans on the options S and G(C) = min over S ⊆ C of seq(S) (least residual, then least cost). G only
 * ranges over more sub-catalogues when C grows, so G(C ∪ {o}) ≤ G(C). Each window's plan is the best plan of the set
 * its options allow (cheapestPlan, exact), and tie-breaks compare catalogue positions, whose order removing an option
 * keeps; so removing an option no computed plan of seq(S) uses (re-plans included) leaves every plan, and seq(S),
 * unchanged. Hence for S' ⊆ S: either S' keeps every option seq(S) uses, and seq(S') = seq(S), or S' lacks one, u,
 * and S' ⊆ S ∖ {u}. Searching S, then S ∖ {u} for each used u, recursively, therefore reaches G(C). The proof holds
 * where every plan is exact (`plan.exact`) and the search ends within MAX_RUNS runs. A higher shared limit is not
 * covered by it (seq(S) is not monotone in a limit, and G is a minimum over options only): dropping the option whose
 * cheaper plan held the limit is among the runs, which fixes most such cases but not all (see the README).
 */
export function bridgeForecast(report: ForecastReport, settings: BridgeSettings): WindowBridge[] {
  const options = settings.catalogue.options;
  const seen = new Set<string>();
  const queue: number[][] = [[]];
  let best: { run: SequentialRun; dropped: number[] } | undefined;
  for (let runs = 0; queue.length > 0 && runs < MAX_RUNS; runs += 1) {
    const dropped = queue.shift()!;
    // The search compares plans only: the options priced alone are worked out once, for the run that wins.
    const run = bridgeInOrder(report, settings, new Set(dropped.map((index) => options[index]!)), false);
    // The run on the whole catalogue is kept unless a smaller one covers more or costs strictly less.
    if (best === undefined || run.residual < best.run.residual || (run.residual === best.run.residual && run.cost < best.run.cost)) best = { run, dropped };
    for (const option of run.used) {
      const next = [...dropped, options.indexOf(option)].sort((a, b) => a - b);
      const key = next.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  if (best === undefined) return [];
  // The same deterministic run again, now with the alternatives, the next best and the clients to ask.
  return bridgeInOrder(report, settings, new Set(best.dropped.map((index) => options[index]!)), true).bridges;
}

interface SequentialRun {
  readonly bridges: WindowBridge[];
  readonly residual: number;
  readonly cost: number;
  /** The options of every plan the run computed, the discarded re-plans included. */
  readonly used: ReadonlySet<BridgeOption>;
}

/**
 * Bridges each shortfall window in date order, planning on every option but `dropped` (whose alternatives are still
 * shown). Each plan is verified by re-projecting the balance with its draws, repayments and charges: if that opens a
 * new or longer shortfall (a repayment landing too early, fees pushing a later day under the buffer), the need is
 * extended over those days and planned again, at most five times. Later windows are planned on the balance that
 * already carries earlier plans.
 */
function bridgeInOrder(report: ForecastReport, settings: BridgeSettings, dropped: ReadonlySet<BridgeOption>, priceAlternatives: boolean): SequentialRun {
  const { buffer, openingBalance, asOf } = report.options;
  const start = report.horizon.start;
  const used = new Set<BridgeOption>();
  if (report.shortfalls.length === 0) return { bridges: [], residual: 0, cost: 0, used };
  const invoices = linkableInvoices(report);
  const limitsOf = settings.catalogue.sharedLimits;
  let net = report.days.map((day) => day.inflow - day.outflow);
  const taken: FeasibleQuote[] = [];
  const bridges: WindowBridge[] = [];

  for (const window of report.shortfalls) {
    if (window.structural) {
      bridges.push({ window, need: undefined, plan: undefined, nextBest: undefined, alternatives: [], askEarly: [] });
      continue;
    }
    const before = balancesOf(openingBalance, net);
    const gapOn = (balances: readonly number[], day: number) => Math.max(0, buffer - balances[day - start]!);
    const gapsOver = (from: Day, to: Day, extra: (day: number) => number) =>
      Array.from({ length: to - from + 1 }, (_, i) => gapOn(before, from + i) + extra(from + i));
    let need = needOf(
      window.start,
      gapsOver(window.start, window.end, () => 0),
      asOf,
    );
    const candidates = candidatesOf(settings.catalogue, invoices, report, window.start, window.end);
    // What earlier windows' plans still hold on the need's first day, of an option's own limit and of a shared one.
    const held = (holds: (part: FeasibleQuote) => boolean) =>
      taken.filter((part) => holds(part) && part.repayDate > need.start).reduce((sum, part) => sum + part.principal, 0);
    const sharedLimits = () =>
      limitsOf.map((limit) => ({
        id: limit.id,
        headroom: Math.max(0, limit.limit - limit.used - held((part) => part.option.amount.sharedLimitId === limit.id)),
      }));
    const drawnBefore = (candidate: Candidate): Candidate => {
      const shared = sharedLimits().find((limit) => limit.id === candidate.option.amount.sharedLimitId);
      return {
        option: candidate.option,
        context: {
          ...candidate.context,
          alreadyDrawn: held((part) => part.option.id === candidate.option.id),
          ...(shared === undefined ? {} : { sharedHeadroom: shared.headroom }),
        },
      };
    };
    const usable = () => candidates.filter((c) => !dropped.has(c.option) && whyNotRecommendable(c.option) === undefined).map(drawnBefore);
    const planned = () => {
      const found = cheapestPlan(usable(), need, sharedLimits());
      for (const part of found.parts) used.add(part.option);
      return found;
    };

    let plan = planned();
    let after = balancesOf(openingBalance, withPlanFlows(net, start, plan.parts));
    for (let attempt = 0; attempt < MAX_REPLANS && plan.residualGap === 0; attempt += 1) {
      const failing = failingDays(before, after, buffer, start, need);
      if (failing === undefined) break;
      // Hold the bridge through the run of days the plan made short, by the amount it made them short.
      const extendedEnd = Math.max(need.end, failing);
      // Only what the plan's charges take from those days is added to their own gap: the new plan holds its cash
      // through them, so its principal is not repaid there, and a later window's own gap is not counted twice.
      const charged = balancesOf(openingBalance, withPlanCharges(net, start, plan.parts));
      const postGap = (day: number) => (day > need.end ? gapOn(charged, day) - gapOn(before, day) : 0);
      need = needOf(need.start, gapsOver(need.start, addDays(need.start, extendedEnd - need.start), postGap), asOf);
      plan = planned();
      after = balancesOf(openingBalance, withPlanFlows(net, start, plan.parts));
    }
    if (plan.residualGap === 0 && failingDays(before, after, buffer, start, need) !== undefined) {
      // Five re-plans did not settle it: report what is still missing rather than a plan that fails.
      const residual = Math.max(0, ...after.slice(need.start - start).map((balance) => buffer - balance));
      plan = { ...plan, residualGap: minor(residual) };
    }
    net = withPlanFlows(net, start, plan.parts);

    const alternatives = (priceAlternatives ? candidates : [])
      .map(drawnBefore)
      .map((candidate): Alternative => {
        const quote = priceAlone(candidate.option, need, candidate.context);
        return { quote, notRecommendable: whyNotRecommendable(candidate.option, quote) };
      })
      .sort(byCost);
    // Alternatives are priced against what earlier windows hold, not against this window's own plan.
    taken.push(...plan.parts);
    const askEarly = priceAlternatives ? earlyPaymentTargets(invoices, need.start, need.end, settings.catalogue).slice(0, 3) : [];
    bridges.push({ window, need, plan, nextBest: nextBestOf(plan, alternatives), alternatives, askEarly });
  }
  const residual = bridges.reduce((sum, bridge) => sum + (bridge.plan?.residualGap ?? 0), 0);
  const cost = bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0);
  return { bridges, residual, cost, used };
}

/**
 * The last day of the first run of short days the plan leaves behind: a day of the need still short, or a day
 * after it that was not short before the plan (a new or longer shortfall). Undefined when the plan holds.
 */
function failingDays(before: readonly number[], after: readonly number[], buffer: Minor, start: Day, need: Need): Day | undefined {
  for (let index = need.start - start; index < after.length; index += 1) {
    const day = index + start;
    if (after[index]! < buffer && (day <= need.end || before[index]! >= buffer)) {
      let end = index;
      while (end + 1 < after.length && after[end + 1]! < buffer) end += 1;
      return addDays(start, end);
    }
  }
  return undefined;
}

function byCost(a: Alternative, b: Alternative): number {
  if (a.quote.feasible !== b.quote.feasible) return a.quote.feasible ? -1 : 1;
  if (a.quote.feasible && b.quote.feasible && a.quote.cost !== b.quote.cost) return a.quote.cost - b.quote.cost;
  return 0;
}

/** The cheapest option that could bridge the window alone and is not the plan itself. */
function nextBestOf(plan: Plan, alternatives: readonly Alternative[]): FeasibleQuote | undefined {
  const sole = plan.parts.length === 1 ? plan.parts[0] : undefined;
  for (const alternative of alternatives) {
    const { quote } = alternative;
    if (!quote.feasible || alternative.notRecommendable !== undefined) continue;
    if (quote.cap === 'above_cap' || quote.cap === 'void') continue;
    if (sole !== undefined && sole.option.id === quote.option.id && sole.invoiceId === quote.invoiceId) continue;
    return quote;
  }
  return undefined;
}
