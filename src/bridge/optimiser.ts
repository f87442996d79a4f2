import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import { chargesFor } from './charges.js';
import type { LineFill, PlanLine } from './line-fill.js';
import { fillLines, fillsInOrders, lineOrders } from './line-fill.js';
import type { Need } from './need.js';
import type { LumpTerms, PricingContext } from './price-option.js';
import { amountsOf, headroom, isAmountList, lumpTerms, priceAt, priceRevolving, smallestCovering } from './price-option.js';
import type { FeasibleQuote } from './quote.js';
import { whyNotRecommendable } from './recommendable.js';

/** An option (with its invoice, for invoice-linked ones) the optimiser may use. */
export interface Candidate {
  readonly option: BridgeOption;
  readonly context: PricingContext;
}

/** The cheapest way found through a need: its parts, their total cost, and what is still missing. */
export interface Plan {
  readonly parts: readonly FeasibleQuote[];
  readonly totalCost: Minor;
  /** The largest daily gap the plan leaves uncovered (0 when it covers the whole need). */
  readonly residualGap: Minor;
  /**
   * Whether the plan is proven cheapest: false when a frontier was thinned, an amount list was cut (larger amounts past
   * the limit, or a span split past its budget), five lines or more were not reordered, or the joint search over
   * windows stopped at its run limits (README, "The plan").
   */
  readonly exact: boolean;
}

/** A shared limit: the options drawing on it may together use at most `headroom` of principal on any day. */
export interface SharedLimit {
  readonly id: string;
  readonly headroom: number;
}

/** Partial plans kept per step; past this the frontier is thinned and the plan is no longer proven cheapest. */
const FRONTIER_LIMIT = 10_000;
/** Partial plans kept by the quick first pass that only looks for a good bound. */
const QUICK_LIMIT = 64;
/** Amounts priced per option; an option with more admissible amounts below the need is priced on every k-th. */
const AMOUNT_LIMIT = 5000;
/** Spans of a thinned menu one partial plan may split before it falls back to the menu's every k-th amount. */
const SPLIT_LIMIT = 2000;

/** One way to draw one lump option: an amount, its cash and cost; priced in full (`quote`) only if a plan is built on it. */
interface Entry {
  readonly option: BridgeOption;
  readonly principal: number;
  readonly cash: number;
  readonly cost: number;
  readonly quote: () => FeasibleQuote;
  readonly position: number;
  readonly group: number;
}

interface Chosen {
  readonly entry: Entry;
  readonly previous: Chosen | undefined;
}

/** A partial plan: the lumps chosen so far, their cash (capped at the peak) and what they use of each shared limit. */
interface State {
  readonly cash: number;
  readonly cost: number;
  readonly used: readonly number[];
  readonly chosen: Chosen | undefined;
  readonly count: number;
  readonly risk: number;
  readonly lead: number;
}

interface Scored {
  readonly residual: number;
  readonly cost: number;
  readonly parts: ReadonlyArray<{ quote: FeasibleQuote; position: number }>;
}

function entriesOf(chosen: Chosen | undefined): Entry[] {
  const out: Entry[] = [];
  for (let link = chosen; link !== undefined; link = link.previous) out.push(link.entry);
  return out.sort((a, b) => a.position - b.position);
}

/** Catalogue positions ascending, compared lexicographically: the earlier option wins the last tie. */
function positionsBefore(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Plan order (README): covers more; then cheaper; then fewer options, lower worst risk, shorter lead time, catalogue order. */
function compareScored(a: Scored, b: Scored): number {
  if (a.residual !== b.residual) return a.residual - b.residual;
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.parts.length !== b.parts.length) return a.parts.length - b.parts.length;
  const risk = (s: Scored) => Math.max(0, ...s.parts.map((part) => part.quote.option.risk.level));
  if (risk(a) !== risk(b)) return risk(a) - risk(b);
  const lead = (s: Scored) => Math.max(0, ...s.parts.map((part) => part.quote.option.availability.leadTimeDays));
  if (lead(a) !== lead(b)) return lead(a) - lead(b);
  const positions = (s: Scored) => s.parts.map((part) => part.position).sort((x, y) => x - y);
  return positionsBefore(positions(a), positions(b));
}

/**
 * The amounts between two priced ones of an option with too many to price each (AMOUNT_LIMIT): `lo` to `hi`, whole
 * steps. Cost and cash only grow with the principal (interest, fees and their `min`/`max`, late fees and their caps
 * are all non-decreasing in it, and so is each rounding), so every amount in it costs at least `costLo` (what the
 * amount below the span costs, 0 when that one is infeasible) and brings at most `cashHi` (what the amount above
 * brings): one lower bound for the whole span, which the search splits only where it cannot rule the span out.
 */
interface Span {
  readonly lo: number;
  readonly hi: number;
  readonly costLo: number;
  readonly cashHi: number;
  /** At least what each amount brings: the amount below's cash, 0 when it is infeasible. */
  readonly cashLo: number;
  /** At most what each amount costs, when known: what `upper` costs. */
  readonly costHi?: number;
  /** The amount costHi and cashHi are of, when it is past `hi` (else `hi` itself). */
  readonly upper?: number;
  /** The amount costLo and cashLo are of, when it is before `lo` (else `lo` itself). */
  readonly lower?: number;
}

/** A lump option's amounts as the search sees them: `entries` priced up front, `spans` between them priced on demand. */
interface Menu {
  readonly entries: Entry[];
  /** The spans between the entries of a thinned menu, for the bounds (see itemOf); empty when none was thinned. */
  readonly spans: Span[];
  /** A thinned menu's every amount up to the first that covers the peak, as one span the search splits. */
  readonly whole: Span | undefined;
  /** Entries for the amounts of the spans, made once each (however many partial plans ask for them). */
  readonly at: (principal: number) => Entry | undefined;
  /** An amount's cash and cost, within the cap or not (undefined when infeasible): the bounds of the spans beside it. */
  readonly terms: (principal: number) => LumpTerms | undefined;
  /** The entry of the least amount of a thinned menu whose cash reaches `cash`, when it is within any cap. */
  readonly covering: (cash: number) => Entry | undefined;
  readonly step: number;
  /** The shared limit its amounts draw on (index), or -1. */
  readonly group: number;
  /** Past the first amount that covers the peak, larger ones were left out (see menuOf): not proven cheapest. */
  readonly cut: boolean;
}

/**
 * The amounts of one lump option worth considering: each admissible amount up to the first whose cash covers the
 * peak, priced exactly; an amount bringing no more cash than a cheaper smaller one is left out. Past AMOUNT_LIMIT
 * amounts, every k-th is priced up front and the spans between them are left to the search, which prices each amount
 * of a span no lower bound rules out (so the exact remainder, and every amount that could win, is still weighed).
 */
function menuOf(candidate: Candidate, position: number, group: number, need: Need, room: number): Menu {
  const context = { ...candidate.context, sharedHeadroom: Math.min(candidate.context.sharedHeadroom ?? Infinity, room) };
  const amounts = amountsOf(candidate.option, context);
  const spans: Span[] = [];
  const known = new Map<number, Entry | undefined>();
  const make = (principal: number, terms: LumpTerms): Entry => {
    let quote: FeasibleQuote | undefined;
    const priced = () => (quote ??= fullQuote(candidate.option, principal, need, context));
    return { option: candidate.option, principal, cash: terms.cash, cost: terms.cost, quote: priced, position, group };
  };
  const priced = new Map<number, LumpTerms | undefined>();
  const termsAt = (principal: number) => {
    if (!priced.has(principal)) priced.set(principal, lumpTerms(candidate.option, principal, need, context));
    return priced.get(principal);
  };
  const at = (principal: number) => {
    if (!known.has(principal)) {
      const terms = termsAt(principal);
      known.set(principal, terms === undefined || !terms.withinCap ? undefined : make(principal, terms));
    }
    return known.get(principal);
  };
  let whole: Span | undefined;
  const covering = (cash: number) => {
    if (whole === undefined) return undefined;
    const found = smallestCovering({ lo: whole.lo, hi: whole.hi, step }, (x) => termsAt(x)?.cash ?? 0, cash);
    return found === undefined ? undefined : at(found);
  };
  const none: Menu = { entries: [], spans, whole, at, terms: termsAt, covering, step: 1, group, cut: false };
  let list: readonly number[];
  let cut = false;
  let step = 1;
  if (isAmountList(amounts)) list = amounts;
  else {
    if (amounts.hi < amounts.lo) return none;
    step = amounts.step;
    const probe = priceAt(candidate.option, amounts.lo, need, context);
    if (!probe.feasible && probe.reason.id !== 'feesTakeAll') return none;
    const days = probe.feasible ? probe.repayDate - need.start : 1;
    const cashAt = (x: number) =>
      chargesFor(candidate.option, x, { days, area: BigInt(x) * BigInt(days), early: candidate.option.term.kind === 'flexible' }).cash;
    const last = smallestCovering(amounts, cashAt, need.peak) ?? amounts.hi;
    const count = (last - amounts.lo) / amounts.step + 1;
    const stride = Math.ceil(count / AMOUNT_LIMIT);
    const steps: number[] = [];
    for (let k = 0; k < count; k += stride) steps.push(amounts.lo + k * amounts.step);
    if (steps[steps.length - 1] !== last) steps.push(last);
    const [first, cover] = [termsAt(amounts.lo), termsAt(last)];
    if (stride > 1 && cover !== undefined) {
      const cashLo = Math.max(0, first?.cash ?? 0);
      whole = { lo: amounts.lo, hi: last, costLo: first?.cost ?? 0, cashHi: cover.cash, cashLo, costHi: cover.cost };
      // The spans between the priced amounts, with each one's bound from its ends (see Span).
      for (let i = 0; i + 1 < steps.length; i += 1) {
        const [below, above] = [steps[i]!, steps[i + 1]!];
        if (above - below <= amounts.step) continue;
        const [low, high] = [termsAt(below), termsAt(above)];
        // Cash grows with the principal: below an amount the fees leave no cash for, none is left either.
        if (high === undefined) continue;
        spans.push({ lo: below + amounts.step, hi: above - amounts.step, costLo: low?.cost ?? 0, cashHi: high.cash, cashLo: Math.max(0, low?.cash ?? 0) });
      }
    }
    // Past the first amount that covers the peak only a larger one can help, when the smaller are above the legal
    // cap (a flat fee weighs less on more cash): those follow, up to the limit, until one is within it (below).
    const more = Math.min((amounts.hi - last) / amounts.step, AMOUNT_LIMIT);
    for (let k = 1; k <= more; k += 1) steps.push(last + k * amounts.step);
    cut = more < (amounts.hi - last) / amounts.step;
    list = steps;
  }
  const entries: Entry[] = [];
  for (const principal of list) {
    const terms = termsAt(principal);
    if (terms === undefined || !terms.withinCap) continue;
    const previous = entries[entries.length - 1];
    if (previous !== undefined && previous.cash >= terms.cash && previous.cost <= terms.cost) continue;
    const entry = make(principal, terms);
    known.set(principal, entry);
    entries.push(entry);
    if (terms.cash >= need.peak) return { entries, spans, whole, at, terms: termsAt, covering, step, group, cut: false };
  }
  return { entries, spans, whole, at, terms: termsAt, covering, step, group, cut };
}

/** priceAt for an amount lumpTerms found feasible: the same computation, so it is feasible too. */
function fullQuote(option: BridgeOption, principal: number, need: Need, context: PricingContext): FeasibleQuote {
  const quote = priceAt(option, principal, need, context);
  if (!quote.feasible) throw new Error(`priceAt and lumpTerms disagree on ${option.id} at ${principal}: ${JSON.stringify(quote.reason)}`);
  return quote;
}

function usedWithin(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i]! > b[i]!) return false;
  return true;
}

/**
 * Whether partial plan `a` makes `b` useless: whatever is added to `b` (more lumps, then the lines on what is left)
 * can be added to `a` for no more money and no worse a tie. Strictly cheaper with at least the cash and at most the
 * use of every shared limit; or, at the same cost, cash and use, at least as good on every tie-break.
 */
function dominates(a: State, b: State): boolean {
  if (a.cash < b.cash || a.cost > b.cost || !usedWithin(a.used, b.used)) return false;
  if (a.cost < b.cost) return true;
  if (a.cash !== b.cash || !usedWithin(b.used, a.used)) return false;
  if (a.count !== b.count) return a.count < b.count;
  if (a.risk > b.risk || a.lead > b.lead) return false;
  return (
    positionsBefore(
      entriesOf(a.chosen).map((e) => e.position),
      entriesOf(b.chosen).map((e) => e.position),
    ) <= 0
  );
}

const frontierOrder = (a: State, b: State) => a.cost - b.cost || b.cash - a.cash || a.count - b.count;

/**
 * The states of `sorted` (in frontier order) and `more` that `keep` keeps and no other state dominates, cheapest first.
 * The two are merged as a stable sort of both would order them (a tie keeps `sorted`'s first): the frontier stays in
 * order, so only the few new partial plans are sorted.
 */
function frontier(sorted: readonly State[], more: State[], keep: (state: State) => boolean): State[] {
  more.sort(frontierOrder);
  const kept: State[] = [];
  const plain = sorted.length + more.length > 0 && (sorted[0] ?? more[0])!.used.length === 0;
  let richestCheaper = -1;
  let groupStart = 0;
  const beaten = (state: State, from: number) => {
    for (let i = from; i < kept.length; i += 1) if (dominates(kept[i]!, state)) return true;
    return false;
  };
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    const state = j >= more.length || (i < sorted.length && frontierOrder(sorted[i]!, more[j]!) <= 0) ? sorted[i++]! : more[j++]!;
    if (!keep(state)) continue;
    if (plain) {
      // Without shared limits, a state is beaten by a strictly cheaper one with as much cash, or by a tie kept before it.
      if (kept.length > groupStart && kept[groupStart]!.cost !== state.cost) {
        for (let k = groupStart; k < kept.length; k += 1) richestCheaper = Math.max(richestCheaper, kept[k]!.cash);
        groupStart = kept.length;
      }
      if (state.cash <= richestCheaper || beaten(state, groupStart)) continue;
    } else if (beaten(state, 0)) continue;
    kept.push(state);
  }
  return kept;
}

function extend(state: State, entry: Entry, peak: number): State {
  const used = entry.group < 0 ? state.used : state.used.map((amount, i) => (i === entry.group ? amount + entry.principal : amount));
  const option = entry.option;
  return {
    cash: Math.min(peak, state.cash + entry.cash),
    cost: state.cost + entry.cost,
    used,
    chosen: { entry, previous: state.chosen },
    count: state.count + 1,
    risk: Math.max(state.risk, option.risk.level),
    lead: Math.max(state.lead, option.availability.leadTimeDays),
  };
}

/**
 * Whether a lower bound, worked out in doubles (rates per unit of cash, interpolated line costs), is above a cost
 * even allowing for their rounding: 3,249/51,000 × 51,000 is 3,249.0000000000005, and a plan at exactly the bound
 * can still win a tie.
 */
function beyond(lower: number, cost: number): boolean {
  return lower > cost + 1e-9 * Math.max(1, Math.abs(cost));
}

/** Whether a state and a fill cover as much as `best` for no more: only then can they win, so only then are they built. */
function coversForNoMore(state: State, fill: LineFill, best: Scored): boolean {
  return fill.residual < best.residual || (fill.residual === best.residual && state.cost + fill.cost <= best.cost);
}

/** A complete plan from a state and a fill of the lines. */
function scored(state: State, fill: LineFill): Scored {
  return {
    residual: fill.residual,
    cost: state.cost + fill.cost,
    parts: [
      ...entriesOf(state.chosen).map((e) => ({ quote: e.quote(), position: e.position })),
      ...fill.quotes.map((quote, i) => ({ quote, position: fill.lines[i]!.position })),
    ],
  };
}

/**
 * One choice of the search: an option, or every option on one invoice (used once). Its entries cheapest first, the
 * spans of thinned menus, and what the lower bounds need of it, which hold for the spans' amounts too: the least
 * cost per unit of cash (ρ), the least cost and the least cash.
 */
interface Item {
  readonly entries: readonly Entry[];
  readonly spans: ReadonlyArray<{ menu: Menu; span: Span }>;
  /** The entries of the menus that were not thinned: the full pass weighs the thinned ones' amounts by their spans. */
  readonly exactEntries: readonly Entry[];
  readonly menus: readonly Menu[];
  readonly rho: number;
  readonly minCost: number;
  readonly minCash: number;
}

function itemOf(menus: readonly Menu[]): Item {
  const entries = menus.flatMap((menu) => menu.entries).sort((a, b) => a.cost - b.cost);
  const spans = menus.flatMap((menu) => menu.spans.map((span) => ({ menu, span })));
  // A thinned menu's amounts up to its span's end are weighed by the span; those past it (see menuOf) as entries.
  const exactEntries = menus
    .flatMap((menu) => (menu.whole === undefined ? menu.entries : menu.entries.filter((entry) => entry.principal > menu.whole!.hi)))
    .sort((a, b) => a.cost - b.cost);
  // A span's amounts each cost at least costLo and bring at most cashHi (and at least cashLo).
  const rho = Math.min(...entries.map((e) => (e.cash > 0 ? e.cost / e.cash : Infinity)), ...spans.map(({ span }) => span.costLo / span.cashHi), Infinity);
  const minCost = Math.min(...entries.map((e) => e.cost), ...spans.map(({ span }) => span.costLo), Infinity);
  const minCash = Math.min(...entries.map((e) => Math.max(0, e.cash)), ...spans.map(({ span }) => span.cashLo), Infinity);
  return { entries, spans, exactEntries, menus, rho, minCost, minCash };
}

/** A line's daily rate: the order in which lines take the layers of the need, cheapest first. */
function lineRate(option: BridgeOption): number {
  return option.charges.reduce((sum, charge) => sum + (charge.type === 'interest' ? charge.annualRate / charge.dayBasis : 0), 0);
}

/**
 * The cheapest plan for a need, exact in money (README, "The plan"): every lump option at each of its admissible
 * amounts or not at all — an invoice sold, discounted or pledged once, each shared limit holding every principal
 * drawn on it — searched as a frontier of partial plans that no other partial plan beats; then, for each, the
 * revolving lines take the exact daily remainder, cheapest first (every order of the lines where fees or rounding
 * could make another order cheaper). Options that may not be proposed are left out here too.
 */
export function cheapestPlan(candidates: readonly Candidate[], need: Need, shared: readonly SharedLimit[] = []): Plan {
  if (need.peak === 0) return { parts: [], totalCost: minor(0), residualGap: minor(0), exact: true };
  const groupOf = (option: BridgeOption) => shared.findIndex((limit) => limit.id === option.amount.sharedLimitId);
  const limits = shared.map((limit) => Math.max(0, limit.headroom));
  const usable = candidates
    .map((candidate, position) => ({ candidate, position }))
    .filter(({ candidate }) => whyNotRecommendable(candidate.option) === undefined);

  const lines: PlanLine[] = usable
    .filter(({ candidate }) => candidate.option.category === 'revolving_line')
    .filter(
      ({ candidate }) =>
        priceRevolving(
          candidate.option,
          need.gaps.map(() => 0),
          need,
          candidate.context,
        ).feasible,
    )
    .map(({ candidate, position }) => ({ option: candidate.option, context: candidate.context, position, group: groupOf(candidate.option) }))
    .sort((a, b) => lineRate(a.option) - lineRate(b.option) || a.position - b.position);

  // Each lump option is one choice; the options on one invoice are one choice together, since it can be used once.
  let exact = true;
  const menus = new Map<string, Menu[]>();
  for (const { candidate, position } of usable) {
    if (candidate.option.category === 'revolving_line') continue;
    const group = groupOf(candidate.option);
    const menu = menuOf(candidate, position, group, need, group < 0 ? Infinity : limits[group]!);
    if (menu.cut) exact = false;
    if (menu.entries.length === 0 && menu.spans.length === 0) continue;
    const key = candidate.context.invoice === undefined ? `option ${position}` : `invoice ${candidate.context.invoice.id}`;
    menus.set(key, [...(menus.get(key) ?? []), menu]);
  }

  // Items are searched most cash-efficient first: good plans are found early, and the lower bound's ρ_k (the best
  // cost per cash among the items left) rises fastest, so more partial plans are dropped. Thinned menus come last:
  // their spans are split only where the bound cannot rule them out, and with no item left after them it is the
  // lump cost plus the lines' own, tight enough to leave only the amounts near the best.
  const ordered = [...menus.values()].map(itemOf).sort((a, b) => Number(a.spans.length > 0) - Number(b.spans.length > 0) || a.rho - b.rho);
  const { lowest, finished, breakpoints } = lowerBounds(ordered, lines, need);
  const lower = (state: State, k: number) => lowest(state.cost, state.cash, k);
  const empty: State = { cash: 0, cost: 0, used: limits.map(() => 0), chosen: undefined, count: 0, risk: 0, lead: 0 };
  // A fill depends only on the cash and the shared limits' use; many partial plans share them (all those at the peak).
  const fills = new Map<number | string, LineFill>();
  const fillOf = (state: State) => {
    const key = state.used.length === 0 ? state.cash : `${state.cash}|${state.used.join(',')}`;
    const known = fills.get(key);
    if (known !== undefined) return known;
    const fill = fillLines(lines, need, state.cash, state.used, limits);
    fills.set(key, fill);
    return fill;
  };
  // One pass over the items, keeping at most `limit` partial plans; `bound` is the cost of some complete plan.
  const search = (limit: number, initial: number, quick: boolean) => {
    let bound = initial;
    let thinned = false;
    let states: State[] = [empty];
    // Partial plans no later item can extend within the bound leave the frontier: they are only filled at the end.
    const done: State[] = [];
    ordered.forEach((item, index) => {
      const all = quick ? item.entries : item.exactEntries;
      // The quick passes only look for a bound: they try at most 64 amounts of an option, evenly spread.
      const stride = quick ? Math.ceil(all.length / 64) : 1;
      const entries = stride === 1 ? all : all.filter((_, i) => i % stride === 0);
      const grown: State[] = [];
      // A partial plan whose cost plus the least any completion could add is above a complete plan's is dropped
      // (checked before the plan is built: most are dropped).
      const ruledOut = (state: State, cost: number, cash: number) =>
        beyond(lowest(state.cost + cost, Math.min(need.peak, state.cash + cash), index + 1), bound);
      const grow = (state: State, entry: Entry) => {
        if (entry.group >= 0 && state.used[entry.group]! + entry.principal > limits[entry.group]!) return;
        if (ruledOut(state, entry.cost, entry.cash)) return;
        const plan = extend(state, entry, need.peak);
        if (plan.cash >= need.peak) bound = Math.min(bound, plan.cost);
        grown.push(plan);
      };
      const thinnedMenus = item.menus.filter((menu) => menu.whole !== undefined);
      // A thinned menu's partial plans go most promising first, each first completed at its best exact remainder with
      // the lines: the bound that leaves then rules out most of the spans of the rest.
      const order = quick || thinnedMenus.length === 0 ? states : [...states].sort((a, b) => lower(a, index) - lower(b, index));
      for (const state of order) {
        if (!quick && thinnedMenus.length > 0 && beyond(lower(state, index), bound)) continue;
        for (const entry of entries) {
          // Entries are cheapest first: past the bound, so are all the rest.
          if (state.cost + entry.cost > bound) break;
          grow(state, entry);
        }
        // The quick pass weighs a thinned menu at the exact remainders: the amounts that bring the lumps' cash to a
        // point where the lines' cost changes slope (between them it is linear, so a near-best plan is at one). The
        // full pass weighs every amount of its span that the bound cannot rule out.
        const remainders = thinnedMenus.flatMap((menu) =>
          breakpoints.flatMap((point) => {
            const entry = point > state.cash ? menu.covering(point - state.cash) : undefined;
            const over = entry !== undefined && entry.group >= 0 && state.used[entry.group]! + entry.principal > limits[entry.group]!;
            return entry === undefined || over || state.cost + entry.cost > bound ? [] : [entry];
          }),
        );
        for (const entry of remainders) grow(state, entry);
        if (quick) continue;
        if (remainders.length > 0 && index === ordered.length - 1) {
          const best = remainders.map((entry) => extend(state, entry, need.peak)).reduce((a, b) => (lower(b, index + 1) < lower(a, index + 1) ? b : a));
          const filled = fillOf(best);
          if (filled.residual === 0) bound = Math.min(bound, best.cost + filled.cost);
        }
        for (const menu of item.menus) {
          if (menu.whole === undefined) continue;
          const room = menu.group;
          const open = [menu.whole];
          let splits = 0;
          for (let part = open.pop(); part !== undefined; part = open.pop()) {
            // Splitting is bounded (a need no plan covers bounds nothing): past it the state takes the menu's every
            // k-th amount instead, and the plan is not proven cheapest.
            splits += 1;
            if (splits > SPLIT_LIMIT) {
              thinned = true;
              for (const entry of menu.entries) if (state.cost + entry.cost <= bound) grow(state, entry);
              break;
            }
            if (state.cost + part.costLo > bound || ruledOut(state, part.costLo, part.cashHi)) continue;
            if (room >= 0 && state.used[room]! + part.lo > limits[room]!) continue;
            // A span whose amounts all cost the same is beaten by its top (more cash, and no shared limit to spare);
            // one whose amounts all bring the same cash by its bottom (cheaper, and less of any limit). Either is
            // weighed here when it lies in the span, and was already when it is the amount split off beside it.
            const top = part.costHi !== undefined && part.costLo >= part.costHi && room < 0 ? menu.at(part.upper ?? part.hi) : undefined;
            const bottom = part.cashLo >= part.cashHi ? menu.at(part.lower ?? part.lo) : undefined;
            const beats = top ?? bottom;
            if (beats !== undefined) {
              if ((top !== undefined ? part.upper : part.lower) === undefined) grow(state, beats);
              continue;
            }
            const mid = part.lo + Math.floor((part.hi - part.lo) / menu.step / 2) * menu.step;
            const entry = menu.at(mid);
            if (entry !== undefined) grow(state, entry);
            // The halves either side, each bounded by the middle amount's terms where it has them (see Span).
            const terms = entry ?? menu.terms(mid);
            if (mid > part.lo && terms !== undefined) open.push({ ...part, hi: mid - menu.step, cashHi: terms.cash, costHi: terms.cost, upper: mid });
            if (mid < part.hi && terms !== undefined) open.push({ ...part, lo: mid + menu.step, costLo: terms.cost, cashLo: terms.cash, lower: mid });
            else if (mid < part.hi) open.push({ ...part, lo: mid + menu.step });
          }
        }
      }
      const promisingEnough = (state: State) => !beyond(lower(state, index + 1), bound);
      // An item that extends no partial plan leaves the frontier as it was, less what the bound now drops.
      states = grown.length === 0 ? states.filter(promisingEnough) : frontier(states, grown, promisingEnough);
      const active: State[] = [];
      for (const state of states) (finished(state.cost, state.cash, index + 1, bound) ? done : active).push(state);
      states = active;
      if (states.length > limit) {
        thinned = true;
        states = thin(states, (state) => lower(state, index + 1), limit);
      }
      // The most promising partial plan, completed with the lines, tightens the bound for the rest of the search
      // (every eighth item: a fill prices each line).
      if (index % 8 !== 0 || states.length === 0) return;
      const promising = states.reduce((a, b) => (lower(b, index + 1) < lower(a, index + 1) ? b : a));
      const filled = fillOf(promising);
      if (filled.residual === 0) bound = Math.min(bound, promising.cost + filled.cost);
    });
    // Only the quick passes hand their bound on; the full pass's states are all filled below.
    states.push(...done);
    if (quick) {
      for (const state of states) {
        const filled = fillOf(state);
        if (filled.residual === 0) bound = Math.min(bound, state.cost + filled.cost);
      }
    }
    return { states, bound, thinned };
  };
  // A quick narrow pass finds a near-best complete plan; its cost bounds the full search, which then prunes early.
  const alone = fillLines(lines, need, 0, empty.used, limits);
  let bound = alone.residual === 0 ? alone.cost : Infinity;
  bound = search(QUICK_LIMIT, bound, true).bound;
  const full = search(FRONTIER_LIMIT, bound, false);
  if (full.thinned) exact = false;
  const states = full.states;

  // Filled most promising first: once a plan covers every day, a state whose lower bound (which holds for any order of
  // the lines) is above its cost can neither beat it nor, below, be reordered into a plan that does.
  const byBound = states.map((state) => ({ state, bound: lower(state, ordered.length) })).sort((a, b) => a.bound - b.bound);
  const filled = [{ state: byBound[0]!.state, fill: fillOf(byBound[0]!.state), bound: byBound[0]!.bound }];
  let best = scored(filled[0]!.state, filled[0]!.fill);
  for (const { state, bound: least } of byBound.slice(1)) {
    if (best.residual === 0 && beyond(least, best.cost)) break;
    const fill = fillOf(state);
    filled.push({ state, fill, bound: least });
    if (!coversForNoMore(state, fill, best)) continue;
    const candidate = scored(state, fill);
    if (compareScored(candidate, best) < 0) best = candidate;
  }
  // Cheapest-first is the cheapest fill up to the lines' rounding (reorderReach); fees on a line can make skipping it
  // or another order cheaper. Plans within that reach of the best, and whose lower bound (any order, any subset) is not
  // above it, are tried with every order and subset of lines; past four lines they are not, and the plan is not proven.
  const reach = reorderReach(lines);
  if (lines.length > 1 && lines.length <= 4) {
    const orders = lineOrders(lines);
    for (const { state, fill, bound: least } of filled) {
      if (fill.residual > best.residual || state.cost + fill.cost > best.cost + reach) continue;
      if (best.residual === 0 && beyond(least, best.cost)) continue;
      for (const reordered of fillsInOrders(lines, orders, need, state.cash, state.used, limits)) {
        if (!coversForNoMore(state, reordered, best)) continue;
        const candidate = scored(state, reordered);
        if (compareScored(candidate, best) < 0) best = candidate;
      }
    }
  } else if (lines.length > 4) exact = false;
  // The search adds plain integers of minor units; the plan's totals are money again.
  return { parts: best.parts.map((part) => part.quote), totalCost: minor(best.cost), residualGap: minor(best.residual), exact };
}

/**
 * How much dearer than the best order cheapest-first can be for lines charging only simple interest (Infinity for any
 * other). Unrounded, cheapest-first is the cheapest fill: each day is a linear programme over caps that nest (a line's
 * own, its shared limit's), which the greedy solves. Each charge then rounds within its spread — half up −0.5 to +0.5,
 * floor up to 1 down, floor10 up to 10 down — so another order is cheaper by at most the spreads' sum.
 */
function reorderReach(lines: readonly PlanLine[]): number {
  let reach = 0;
  for (const line of lines) {
    for (const charge of line.option.charges) {
      if (charge.type !== 'interest' || charge.compounding !== 'simple') return Infinity;
      reach += charge.rounding === 'floor10' ? 10 : 1;
    }
  }
  return reach;
}

/** Keeps the most promising partial plans when the frontier grows too large: the lowest lower bounds. */
function thin(states: State[], lower: (state: State) => number, limit: number): State[] {
  return states
    .map((state) => ({ state, bound: lower(state) }))
    .sort((a, b) => a.bound - b.bound)
    .slice(0, limit)
    .map(({ state }) => state)
    .sort(frontierOrder);
}

/**
 * The least any completion of a partial plan can cost, for pruning. After item k, more lump cash costs at least ρ_k,
 * the lowest cost per unit of cash among the items left; the lines cost at least their interest on the layers they
 * would cover cheapest first within their own headroom (shared limits and fees only add), less a minor unit of
 * rounding each. With t the cash in hand after more lumps, ρ_k·(t − cash) + lines(t) is convex in t, so its minimum
 * over t ≥ cash is at max(cash, t̂_k), t̂_k its unconstrained minimum, found once per distinct ρ on the breakpoints.
 */
function lowerBounds(items: readonly Item[], lines: readonly PlanLine[], need: Need): Bounds {
  const sorted = [...need.gaps].sort((a, b) => b - a);
  const prefix = [0];
  for (const gap of sorted) prefix.push(prefix[prefix.length - 1]! + gap);
  const above = (t: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > t) lo = mid + 1;
      else hi = mid;
    }
    return prefix[lo]! - lo * t;
  };
  const layers = lines
    .map((line) => ({
      rate: Math.min(...line.option.charges.filter((charge) => charge.type === 'interest').map((charge) => charge.annualRate / charge.dayBasis), Infinity),
      room: headroom(line.option, line.context),
    }))
    .map((layer) => ({ ...layer, rate: Number.isFinite(layer.rate) ? layer.rate : 0 }))
    .sort((a, b) => a.rate - b.rate);
  const capacity = layers.reduce((sum, layer) => sum + layer.room, 0);
  // Each interest charge is rounded once: half up loses at most half a unit, floor under one, floor10 under ten (and
  // a millionth for the doubles of daily compounding).
  const roundingSlack = lines.reduce(
    (sum, line) =>
      sum +
      line.option.charges.reduce(
        (slack, charge) => slack + (charge.type !== 'interest' ? 0 : (charge.rounding === 'round' ? 0.5 : charge.rounding === 'floor' ? 1 : 10) + 1e-6),
        0,
      ),
    0,
  );
  const floor = Math.max(0, need.peak - capacity);
  const lineCostAt = (t: number) => {
    let cost = -roundingSlack;
    let base = t;
    for (const layer of layers) {
      cost += layer.rate * (above(base) - above(base + layer.room));
      base += layer.room;
    }
    return cost;
  };
  const points = [
    ...new Set([
      floor,
      need.peak,
      ...sorted.flatMap((gap) => {
        let base = 0;
        return [
          gap,
          ...layers.map((layer) => {
            base += layer.room;
            return gap - base;
          }),
        ];
      }),
    ]),
  ]
    .filter((t) => t >= floor && t <= need.peak)
    .sort((a, b) => a - b);
  const rhoFrom: number[] = new Array(items.length + 1).fill(Infinity);
  for (let k = items.length - 1; k >= 0; k -= 1) rhoFrom[k] = Math.min(rhoFrom[k + 1]!, items[k]!.rho);
  const minCostFrom: number[] = new Array(items.length + 1).fill(Infinity);
  const minCashFrom: number[] = new Array(items.length + 1).fill(Infinity);
  for (let k = items.length - 1; k >= 0; k -= 1) {
    minCostFrom[k] = Math.min(minCostFrom[k + 1]!, items[k]!.minCost);
    minCashFrom[k] = Math.min(minCashFrom[k + 1]!, items[k]!.minCash);
  }
  // L is linear between its breakpoints (whole units, floor and peak among them): priced there once, interpolated
  // elsewhere, with its slope, on the one segment a binary search finds.
  const costs = points.map(lineCostAt);
  const segmentOf = (t: number) => {
    let lo = 0;
    let hi = points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (points[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineCost = (t: number) => {
    const i = segmentOf(t);
    if (i === points.length - 1) return costs[i]!;
    return costs[i]! + ((costs[i + 1]! - costs[i]!) * (t - points[i]!)) / (points[i + 1]! - points[i]!);
  };
  /** What one more unit of lump cash at t saves on the lines: −L′ from the right. */
  const savingAt = (t: number) => {
    const i = segmentOf(t);
    return i === points.length - 1 ? 0 : (costs[i]! - costs[i + 1]!) / (points[i + 1]! - points[i]!);
  };
  const tHat: number[] = rhoFrom.map(() => NaN);
  const atHat: number[] = rhoFrom.map(() => NaN);
  const hatAt = (k: number, rho: number) => {
    if (Number.isNaN(tHat[k]!)) {
      let best = 0;
      for (let i = 1; i < points.length; i += 1) if (rho * points[i]! + costs[i]! < rho * points[best]! + costs[best]!) best = i;
      tHat[k] = points[best]!;
      atHat[k] = costs[best]!;
    }
    return tHat[k]!;
  };
  const lowest = (cost: number, cash: number, k: number) => {
    const rho = rhoFrom[k]!;
    if (!Number.isFinite(rho)) return cash >= floor ? cost + lineCost(cash) : Infinity;
    const t = hatAt(k, rho);
    return cash <= t ? cost + rho * (t - cash) + atHat[k]! : cost + lineCost(cash);
  };
  // Past t̂_k the lines save at most s = −L′(cash) per unit of cash, below ρ_k; lump cash costs at least ρ_k a unit
  // and comes in at least the smallest item's cash, so any extension's bound exceeds the state's by (ρ_k − s) times
  // that (L is convex from the floor up). A unit of margin covers the doubles.
  const finished = (cost: number, cash: number, k: number, bound: number) => {
    if (k >= items.length || cost + minCostFrom[k]! + lineCost(need.peak) > bound + 1) return true;
    const rho = rhoFrom[k]!;
    if (!Number.isFinite(rho) || cash < hatAt(k, rho)) return false;
    return cost + lineCost(cash) + Math.max(0, (rho - savingAt(cash)) * Math.min(minCashFrom[k]!, need.peak - cash)) > bound + 1;
  };
  return { lowest, finished, breakpoints: points };
}

interface Bounds {
  /** The least any completion of a partial plan of `cost` and `cash` can cost when items k… are left. */
  readonly lowest: (cost: number, cash: number, k: number) => number;
  /** Whether no item from k on can extend such a partial plan within `bound`: it need only be filled with the lines. */
  readonly finished: (cost: number, cash: number, k: number, bound: number) => boolean;
  /** The lump cash at which the lines' cost changes slope (a day's gap less what cheaper lines hold, the peak…). */
  readonly breakpoints: readonly number[];
}
