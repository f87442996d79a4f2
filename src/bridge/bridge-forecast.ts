import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { ForecastReport } from '../forecast/forecast-report.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import { endsOnKnownDay, lastShortDay } from '../forecast/shortfalls.js';
import type { BridgeOption, Catalogue } from '../read/catalogue-schema.js';
import type { EarlyPaymentTarget } from './ask-early.js';
import { earlyPaymentTargets } from './ask-early.js';
import { expenseCandidates } from './expense-levers.js';
import type { LinkableInvoice, Need } from './need.js';
import { needOf } from './need.js';
import type { Candidate, Plan } from './optimiser.js';
import { cheapestPlan } from './optimiser.js';
import { balancesOf, withPlanCharges, withPlanFlows } from './plan-flows.js';
import { priceAlone } from './price-option.js';
import type { FeasibleQuote, Quote } from './quote.js';
import { whyNotRecommendable } from './recommendable.js';
import { sharedUseOf } from './shared-use.js';
import type { WindowGrouping } from './window-groups.js';
import { groupingSlack, windowGroupings } from './window-groups.js';

/** One option priced alone for a window, and whether cashflow would ever propose it. */
export interface Alternative {
  readonly quote: Quote;
  /** Why it is never part of a plan (illegal, above the cap, disabled…); undefined when it may be. */
  readonly notRecommendable: ReturnType<typeof whyNotRecommendable>;
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
  /** The clients to ask to pay early: the plan's discounts, or the one cheaper than the plan (see earlyPaymentTargets). */
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
  report: Pick<ForecastReport, 'options' | 'events'>,
  start: Day,
  end: Day,
): Candidate[] {
  const currency = report.options.currency;
  const usable = invoices
    .filter((invoice) => invoice.issued <= start && invoice.expected > end)
    .sort((a, b) => b.expected - a.expected || compareText(a.id, b.id));
  return catalogue.options.flatMap((option): Candidate[] => {
    const linked = option.category === 'receivable_finance' || option.category === 'early_payment_discount';
    if (option.linkedExpense !== undefined) return expenseCandidates(option, report.events, start, end, currency);
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
/** Runs with a shared limit capped below its own the search may try after those. */
const MAX_CAPPED_RUNS = 32;

/**
 * What a sequential run plans with — the catalogue but some options, each shared limit capped at most at its own —
 * and the part of the search it stands for: every sub-catalogue between `kept` and its own, every cap from `least` to
 * its own.
 */
interface Restriction {
  /** Catalogue positions of the options left out, ascending. */
  readonly dropped: readonly number[];
  /** Per shared limit of the catalogue (same order), the limit the plans may draw against. */
  readonly caps: readonly number[];
  /** Catalogue positions every sub-catalogue of this part of the search keeps. */
  readonly kept: readonly number[];
  /** Per shared limit, the lowest cap this part of the search reaches. */
  readonly least: readonly number[];
  /** Whether it only squeezes lines (caps J_j + 1 to F_j − 1 of some limit j, in bridgeForecast): searched last. */
  readonly squeeze: boolean;
}

/**
 * Bridges each shortfall window, jointly: for each grouping of touching windows into one need (windowGroupings), the
 * cheapest of the sequential plans (below) over every sub-catalogue and every lower cap on the shared limits for the
 * windows before the last; then planning each window alone unless a grouping beats it by more than the lines'
 * rounding. One more option or a higher limit never makes the forecast's total dearer by more than that rounding (s
 * below) where no line of the catalogue counts against a shared limit (see what it does not prove).
 *
 * Why this is monotone. Fix a grouping γ; "the last window" below is the need that reaches the last window (the last
 * window itself when it is alone). Let seq(S, E) be the sequential plans with the options S and each shared limit j
 * capped at E_j for every need but the last, which plans on every option C and the real limit L_j, and G_γ(C, L) =
 * min over S ⊆ C and E ≤ L (componentwise) of seq(S, E) (least residual, then least cost). Every such run is a plan
 * for (C, L) itself: it uses only options of C and draws on no limit more than L allows. When C grows by o, G_γ
 * ranges over more pairs, and each run it ranged over before only gives its last window one more option; when L rises
 * to L', G_γ ranges over more caps, and each run it ranged over before only gives its last window more headroom. Both
 * leave every earlier window as it was and the last one no dearer where its first plan is final (the best of a larger
 * set; a re-plan of it, on a need its own first plan set, is not compared), so G_γ(C ∪ {o}, L) ≤ G_γ(C, L) and
 * G_γ(C, L') ≤ G_γ(C, L). The groupings depend on the forecast only, so the result R = G_alone unless some G_γ is
 * cheaper by more than the slack s (groupingSlack), else the first least G_γ, lies in [m, m + s] with m = min_γ G_γ,
 * and m is monotone: R(C ∪ {o}) ≤ m(C ∪ {o}) + s ≤ m(C) + s ≤ R(C) + s, and the same for L'. Restricting the last
 * window too would drop the condition on its first plan, but it costs runs for nothing after it needs the room: on
 * the random forecasts of optimiser-windows it ran out of runs more often and let more limits raise a total.
 *
 * Why the search reaches G_γ. Each window's plan is the best plan of the set its options and headroom allow
 * (cheapestPlan, exact), and tie-breaks compare catalogue positions, whose order removing an option keeps. A plan p
 * fits headroom h iff sharedUseOf(p).total ≤ h, and a window's headroom is max(0, E_j − used_j − held), held being
 * what earlier windows' plans still draw; let F_j be the largest used_j + held + sharedUseOf(p).total over the plans
 * the run computed (re-plans included) before the last window that draw on j. Window by window, removing options no
 * computed plan before the last uses and lowering each cap to no less than F_j keeps each plan in its shrunken set,
 * so every plan, every held amount and invoice used, and seq(S, E) stay the same. A restriction stands for the pairs
 * (S', E') with kept ⊆ S' ⊆ S and least ≤ E' ≤ E; those other than seq(S, E)'s own are split, without overlap, among
 * its children: with u_1 … u_m the options the run used before the last window (not kept) and j_1 … j_n the limits
 * it drew on, the pairs lacking u_i but keeping u_1 … u_(i−1) (child: S ∖ {u_i}), then those keeping every u with
 * E'_(j_t) < F_(j_t) but E'_(j_s) ≥ F_(j_s) for s < t (child: cap F_(j_t) − 1; split at J_(j_t), the least cap the
 * plans' lumps fit, into the caps that change a lump and, searched last, those that only squeeze lines). Each child
 * has a smaller S or a lower cap, never below used_j, so the recursion from (C, L) ends, visiting no pair twice, and
 * its best run is G_γ(C, L). A restriction whose first window already loses to the best run (cannotBeat) is not split
 * further. The proof holds where every plan is exact (`plan.exact`), the last window is not re-planned, and each
 * search ends within MAX_RUNS runs on the real limits and MAX_CAPPED_RUNS below them. A catalogue without shared
 * limits gets no lowered caps.
 *
 * What it does not prove. Lines are drawn in whole layers (cheapestPlan), so a window's set of plans does not only
 * shrink with its cap: a lower cap gives a shared line a smaller layer, a fill the higher cap did not have, which its
 * rounding can make cheaper by up to the lines' spreads. "Each plan stays the same" then fails by that rounding, and a
 * unit of balance can move a later window's lump by a whole step, so nothing here bounds it: measured, the total moved
 * by at most the lines' rounding in each window (test/unit/optimiser-windows.test.ts). The caps that only squeeze a line step down one unit a run, and the
 * search can run out (then `exact` is false). Within sequential runs nothing coarser is monotone: if the search for L' > L must range
 * over every cap the search for L does, L itself included, for every L, it ranges over every whole unit. Planning the
 * windows at once, whose plans only grow with an option or a limit, would close it.
 */
export function bridgeForecast(report: ForecastReport, settings: BridgeSettings): WindowBridge[] {
  return jointSearch(report, settings).bridges;
}

/** The joint search's bridges and whether it ended within its runs (when not, no plan is proven: `exact` is false). */
export interface JointSearch {
  readonly bridges: WindowBridge[];
  readonly complete: boolean;
}

/** bridgeForecast, saying whether the search ended within MAX_RUNS and MAX_CAPPED_RUNS (its proof needs it). */
export function jointSearch(report: ForecastReport, settings: BridgeSettings): JointSearch {
  let best: GroupedSearch | undefined;
  let alone: GroupedSearch | undefined;
  let complete = true;
  const slack = groupingSlack(settings.catalogue.options);
  // Each grouping is searched as before. Planning each window alone (searched first) is kept unless a grouping covers
  // more or costs less by more than the lines' rounding (groupingSlack); a grouping unless a later one beats it.
  for (const grouping of windowGroupings(report.shortfalls)) {
    const found = searchGrouping(report, settings, grouping, alone?.best?.run);
    alone ??= found;
    complete &&= found.complete;
    const run = found.best?.run;
    const held = best?.best?.run;
    if (run === undefined) continue;
    const margin = best?.grouping.every((reach, i) => reach === i) ? slack : 0;
    if (held === undefined || run.residual < held.residual || (run.residual === held.residual && run.cost < held.cost - margin)) best = found;
  }
  if (best?.best === undefined) return { bridges: [], complete };
  const { run, restriction, priced } = best.best;
  // The same deterministic run again, now with the alternatives, the next best and the clients to ask.
  const bridges = priced ? run.bridges : bridgeInOrder(report, settings, restriction, true, best.grouping).bridges;
  // A search cut short proves no plan cheapest for the forecast, however exact each window's search was.
  if (complete) return { bridges, complete };
  return { bridges: bridges.map((bridge) => (bridge.plan === undefined ? bridge : { ...bridge, plan: { ...bridge.plan, exact: false } })), complete };
}

interface GroupedSearch {
  readonly grouping: WindowGrouping;
  readonly best: { run: SequentialRun; restriction: Restriction; priced: boolean } | undefined;
  readonly complete: boolean;
}

/** The search over sub-catalogues and caps (see bridgeForecast) with the windows grouped one way. */
function searchGrouping(report: ForecastReport, settings: BridgeSettings, grouping: WindowGrouping, bar: SequentialRun | undefined): GroupedSearch {
  const alone = grouping.every((reach, i) => reach === i);
  const options = settings.catalogue.options;
  const limits = settings.catalogue.sharedLimits;
  const real = limits.map((limit) => limit.limit);
  // Sub-catalogues on the real limits first, as many as before there were caps; then the caps that change a lump;
  // then those that only squeeze lines.
  const uncapped: Restriction[] = [{ dropped: [], caps: real, kept: [], least: limits.map(() => 0), squeeze: false }];
  const capped: Restriction[] = [];
  const squeezed: Restriction[] = [];
  let best: { run: SequentialRun; restriction: Restriction; priced: boolean } | undefined;
  for (let runs = 0, cappedRuns = 0; ; ) {
    const rest = capped.length > 0 ? capped : squeezed;
    const queue = uncapped.length > 0 && runs < MAX_RUNS ? uncapped : rest.length > 0 && cappedRuns < MAX_CAPPED_RUNS ? rest : undefined;
    if (queue === undefined) break;
    if (queue === uncapped) runs += 1;
    else cappedRuns += 1;
    const restriction = queue.shift()!;
    // The search compares plans only: the options priced alone are worked out for the run on the whole catalogue,
    // which most often wins, and otherwise once more for the run that does.
    const priced = best === undefined && alone;
    const run = bridgeInOrder(report, settings, restriction, priced, grouping);
    // The run on the whole catalogue is kept unless a smaller one covers more or costs strictly less; a grouped run
    // counts only where a grouped need holds more than lines, as only then is it more than the windows' own plans.
    const counts = alone || run.carries;
    if (counts && (best === undefined || run.residual < best.run.residual || (run.residual === best.run.residual && run.cost < best.run.cost))) {
      best = { run, restriction, priced };
    }
    // A restriction that cannot beat planning alone cannot make its grouping taken either (jointSearch).
    if ([best?.run, bar].some((reference) => reference !== undefined && cannotBeat(run.first, reference))) continue;
    for (const child of childrenOf(restriction, run, options)) {
      (child.squeeze ? squeezed : child.caps.every((cap, j) => cap === real[j]) ? uncapped : capped).push(child);
    }
  }
  return { grouping, best, complete: uncapped.length + capped.length + squeezed.length === 0 };
}

/**
 * Whether no run a restriction stands for can beat `best`, judged by the first window alone: its need does not depend
 * on any plan, so every such run plans it on fewer options and no more headroom than this one's `first` plan, and
 * (cheapestPlan being exact) leaves at least its residual. A first plan that leaves a residual is never re-planned, so
 * that window then also costs at least `first`'s cost, and no window costs less than nothing.
 */
function cannotBeat(first: Plan | undefined, best: SequentialRun): boolean {
  if (first === undefined || first.residualGap === 0) return false;
  return first.residualGap > best.residual || (first.residualGap === best.residual && first.totalCost >= best.cost);
}

/** The parts of a restriction's search its run does not settle, split without overlap (see bridgeForecast). */
function childrenOf(restriction: Restriction, run: SequentialRun, options: readonly BridgeOption[]): Restriction[] {
  const children: Restriction[] = [];
  const kept = [...restriction.kept];
  const usedPositions = [...run.used].map((option) => options.indexOf(option)).sort((a, b) => a - b);
  for (const position of usedPositions.filter((p) => !restriction.kept.includes(p))) {
    children.push({ ...restriction, dropped: [...restriction.dropped, position].sort((a, b) => a - b), kept: [...kept] });
    kept.push(position);
  }
  const least = [...restriction.least];
  const capAt = (j: number, cap: number) => restriction.caps.map((c, i) => (i === j ? cap : c));
  run.floors.forEach((floor, j) => {
    if (floor === undefined) return;
    const below = Math.min(restriction.caps[j]!, floor.all) - 1;
    // Caps from J_j to F_j − 1 only squeeze lines, a unit at a time; the caps up to J_j, which change a lump, first.
    const squeezed = Math.max(least[j]!, floor.lumps + 1);
    const split = floor.lumps >= least[j]! && squeezed <= below;
    if (split) children.push({ ...restriction, caps: capAt(j, floor.lumps), kept, least: [...least] });
    const from = split ? squeezed : least[j]!;
    if (below >= from)
      children.push({ ...restriction, caps: capAt(j, below), kept, least: least.map((l, i) => (i === j ? from : l)), squeeze: split || restriction.squeeze });
    least[j] = Math.max(least[j]!, floor.all);
  });
  return children;
}

interface Floor {
  /** The least cap every plan the run computed still fits (F_j in bridgeForecast). */
  readonly all: number;
  /** The least cap every such plan's lumps still fit, its lines drawing less (J_j). */
  readonly lumps: number;
}

interface SequentialRun {
  readonly bridges: WindowBridge[];
  readonly residual: number;
  readonly cost: number;
  /** The options of every plan the run computed, the discarded re-plans included. */
  readonly used: ReadonlySet<BridgeOption>;
  /** Per shared limit the run's plans draw on, the least caps they still fit. */
  readonly floors: readonly (Floor | undefined)[];
  /** The first plan computed for the first window that needs one, before any re-plan. */
  readonly first: Plan | undefined;
  /**
   * Whether a need grouping several windows is bridged by more than lines. Lines draw nothing on the days between,
   * so lines alone cost what each window's own lines cost, but for rounding once and paying the earlier interest later.
   */
  readonly carries: boolean;
}

/**
 * Bridges each shortfall window in date order, planning on every option but the dropped ones and against the capped
 * shared limits (the alternatives are still every option, priced against the real limits). Each plan is verified by re-projecting the balance with its draws, repayments and charges: if that opens a
 * new or longer shortfall (a repayment landing too early, fees pushing a later day under the buffer), the need is
 * extended over those days and planned again, at most five times. Later windows are planned on the balance that
 * already carries earlier plans.
 */
function bridgeInOrder(
  report: ForecastReport,
  settings: BridgeSettings,
  restriction: Restriction,
  priceAlternatives: boolean,
  grouping: WindowGrouping,
): SequentialRun {
  const { buffer, openingBalance, asOf } = report.options;
  const start = report.horizon.start;
  const used = new Set<BridgeOption>();
  const limitsOf = settings.catalogue.sharedLimits;
  const floors: (Floor | undefined)[] = limitsOf.map(() => undefined);
  if (report.shortfalls.length === 0) return { bridges: [], residual: 0, cost: 0, used, floors, first: undefined, carries: false };
  const dropped = new Set(restriction.dropped.map((index) => settings.catalogue.options[index]!));
  const invoices = linkableInvoices(report);
  let first: Plan | undefined;
  let carries = false;
  let net = report.days.map((day) => day.inflow - day.outflow);
  const taken: FeasibleQuote[] = [];
  const bridges: WindowBridge[] = [];

  const realLimits = limitsOf.map((limit) => limit.limit);
  const last = report.shortfalls.reduce((found, window, i) => (endsOnKnownDay(window) ? i : found), -1);
  for (const [index, window] of report.shortfalls.entries()) {
    // The last window's plan leaves nothing after it to make room for: it, and a need reaching it, always has the real
    // limits (see bridgeForecast).
    const reach = grouping[index] ?? index;
    const final = reach >= last;
    const caps = final ? realLimits : restriction.caps;
    // No loan for a window with no known end: nothing says when it could be repaid (structural or not).
    if (!endsOnKnownDay(window)) {
      bridges.push({ window, need: undefined, plan: undefined, nextBest: undefined, alternatives: [], askEarly: [] });
      continue;
    }
    const before = balancesOf(openingBalance, net);
    // Past the horizon (a window that recovers after it) the gaps are the books' own, followed past the horizon.
    const horizonEnd = report.horizon.end;
    const beyond = window.recoversAfterHorizon?.gaps ?? [];
    const gapOn = (balances: readonly number[], day: number) =>
      day > horizonEnd ? (beyond[day - horizonEnd - 1] ?? 0) : Math.max(0, buffer - balances[day - start]!);
    const gapsOver = (from: Day, to: Day, extra: (day: number) => number) =>
      Array.from({ length: to - from + 1 }, (_, i) => gapOn(before, from + i) + extra(from + i));
    // A grouped window's need runs to the last short day of the last window of its group (the days between at no gap).
    let need = needOf(
      window.start,
      gapsOver(window.start, lastShortDay(report.shortfalls[reach]!), () => 0),
      asOf,
    );
    // An invoice sold, discounted or pledged by an earlier window's plan is gone for the later ones.
    const spent = new Set(taken.flatMap((part) => (part.invoiceId === undefined ? [] : [part.invoiceId])));
    const candidates = candidatesOf(settings.catalogue, invoices, report, window.start, report.shortfalls[reach]!.end).filter(
      (candidate) => candidate.context.invoice === undefined || !spent.has(candidate.context.invoice.id),
    );
    // What earlier windows' plans still hold on the need's first day, of an option's own limit and of a shared one.
    const held = (holds: (part: FeasibleQuote) => boolean) =>
      taken.filter((part) => holds(part) && part.repayDate > need.start).reduce((sum, part) => sum + part.principal, 0);
    const heldOn = (limit: Catalogue['sharedLimits'][number]) => limit.used + held((part) => part.option.amount.sharedLimitId === limit.id);
    const sharedLimits = (caps: readonly number[]) => limitsOf.map((limit, j) => ({ id: limit.id, headroom: Math.max(0, caps[j]! - heldOn(limit)) }));
    const drawnBefore = (candidate: Candidate, caps: readonly number[]): Candidate => {
      const shared = sharedLimits(caps).find((limit) => limit.id === candidate.option.amount.sharedLimitId);
      return {
        option: candidate.option,
        context: {
          ...candidate.context,
          alreadyDrawn: held((part) => part.option.id === candidate.option.id),
          ...(shared === undefined ? {} : { sharedHeadroom: shared.headroom }),
        },
      };
    };
    // The last window (and a need reaching it) plans on every option, as it has the real limits (see bridgeForecast).
    const usable = () =>
      candidates.filter((c) => (final || !dropped.has(c.option)) && whyNotRecommendable(c.option) === undefined).map((c) => drawnBefore(c, caps));
    const planned = () => {
      const found = cheapestPlan(usable(), need, sharedLimits(caps));
      if (final) return found;
      for (const part of found.parts) used.add(part.option);
      limitsOf.forEach((limit, j) => {
        const use = sharedUseOf(found.parts, limit.id);
        if (use.total === 0) return;
        const floor = floors[j] ?? { all: 0, lumps: 0 };
        floors[j] = { all: Math.max(floor.all, heldOn(limit) + use.total), lumps: Math.max(floor.lumps, heldOn(limit) + use.lumps) };
      });
      return found;
    };

    let plan = planned();
    first ??= plan;
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
    carries ||= reach > index && plan.parts.some((part) => part.option.category !== 'revolving_line');

    const alternatives = (priceAlternatives ? candidates : [])
      .map((candidate) => drawnBefore(candidate, realLimits))
      .map((candidate): Alternative => {
        const quote = priceAlone(candidate.option, need, candidate.context);
        return { quote, notRecommendable: whyNotRecommendable(candidate.option, quote) };
      })
      .sort(byCost);
    // Alternatives are priced against what earlier windows hold, not against this window's own plan.
    taken.push(...plan.parts);
    const askEarly = priceAlternatives ? earlyPaymentTargets(invoices, need, plan, alternatives) : [];
    bridges.push({ window, need, plan, nextBest: nextBestOf(plan, alternatives), alternatives, askEarly });
  }
  const residual = bridges.reduce((sum, bridge) => sum + (bridge.plan?.residualGap ?? 0), 0);
  const cost = bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0);
  return { bridges, residual, cost, used, floors, first, carries };
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
