import type { Need } from '../../src/bridge/need.js';
import type { PricingContext } from '../../src/bridge/price-option.js';
import { priceLump, priceRevolving } from '../../src/bridge/price-option.js';
import type { FeasibleQuote } from '../../src/bridge/quote.js';
import type { BridgeOption } from '../../src/read/catalogue-schema.js';

// The oracle for the optimiser: every combination of every option's amounts, checked against the rules as the
// README states them. Written apart from src/bridge/optimiser.ts on purpose — it shares nothing with it but the
// per-option price functions (priceLump, priceRevolving) — and slow on purpose: it only has to be right.

export interface OracleOption {
  readonly option: BridgeOption;
  readonly context: PricingContext;
}

export interface OraclePlan {
  readonly residual: number;
  readonly cost: number;
  readonly parts: readonly FeasibleQuote[];
  /** Catalogue positions of the parts, ascending: the last tie-break. */
  readonly positions: readonly number[];
}

const usable = (quote: FeasibleQuote) => quote.cap === 'ok' || quote.cap === 'none';

/** Every amount of a lump option worth drawing: each principal that brings more cash than the one before, up to the peak. */
function menuOf(candidate: OracleOption, need: Need): FeasibleQuote[] {
  const menu: FeasibleQuote[] = [];
  let wanted = 1;
  for (let guard = 0; guard < 400; guard += 1) {
    const quote = priceLump(candidate.option, wanted, need, candidate.context);
    if (!quote.feasible) break;
    if (!usable(quote)) {
      wanted = quote.cashReceived + 1;
      continue;
    } // a larger amount may be within the cap
    menu.push(quote);
    if (quote.cashReceived >= need.peak) break;
    wanted = quote.cashReceived + 1;
  }
  return menu;
}

/** The option's own limit as the catalogue states it: its max, within its capacity, less what earlier plans hold. */
function ownLimit(option: BridgeOption, context: PricingContext): number {
  const capacity = option.amount.capacity;
  const fromCapacity = capacity === undefined ? Infinity : capacity.limit - capacity.used;
  return Math.max(0, Math.min(option.amount.max, fromCapacity) - (context.alreadyDrawn ?? 0));
}

function orderings<T>(items: readonly T[]): T[][] {
  const out: T[][] = [[]];
  const grow = (prefix: T[], rest: readonly T[]) => {
    rest.forEach((item, index) => {
      const next = [...prefix, item];
      out.push(next);
      grow(next, [...rest.slice(0, index), ...rest.slice(index + 1)]);
    });
  };
  grow([], items);
  return out;
}

/** a before b: covers more, then cheaper, then fewer options, lower worst risk, shorter lead time, catalogue order. */
export function oracleBetter(a: OraclePlan, b: OraclePlan): boolean {
  if (a.residual !== b.residual) return a.residual < b.residual;
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  const risk = (plan: OraclePlan) => Math.max(0, ...plan.parts.map((part) => part.option.risk.level));
  if (risk(a) !== risk(b)) return risk(a) < risk(b);
  const lead = (plan: OraclePlan) => Math.max(0, ...plan.parts.map((part) => part.option.availability.leadTimeDays));
  if (lead(a) !== lead(b)) return lead(a) < lead(b);
  for (let i = 0; i < a.positions.length; i += 1) if (a.positions[i] !== b.positions[i]) return a.positions[i]! < b.positions[i]!;
  return false;
}

/**
 * The best plan by brute force: each lump option drawn at one of its amounts or not at all (an invoice used by one
 * option at most; each shared limit holding every principal drawn on it), then the lines in every order and subset,
 * each line drawing on each day what is still missing, up to its own limit and what its shared limit has left.
 */
export function exhaustivePlan(candidates: readonly OracleOption[], need: Need, shared: ReadonlyMap<string, number>): OraclePlan {
  let best: OraclePlan | undefined;
  everyPlan(candidates, need, shared, (plan) => {
    if (best === undefined || oracleBetter(plan, best)) best = plan;
  });
  return best!;
}

/** Every plan the brute force weighs (see exhaustivePlan), each handed to `visit`: the joint oracle needs them all. */
export function everyPlan(candidates: readonly OracleOption[], need: Need, shared: ReadonlyMap<string, number>, visit: (plan: OraclePlan) => void): void {
  const lumps = candidates.map((candidate, position) => ({ candidate, position })).filter(({ candidate }) => candidate.option.category !== 'revolving_line');
  const lines = candidates.map((candidate, position) => ({ candidate, position })).filter(({ candidate }) => candidate.option.category === 'revolving_line');
  const menus = lumps.map(({ candidate }) => menuOf(candidate, need));
  const lineOrders = orderings(lines);

  const finish = (chosen: Array<{ quote: FeasibleQuote; position: number }>) => {
    const cash = chosen.reduce((sum, part) => sum + part.quote.cashReceived, 0);
    const usage = new Map<string, number>();
    for (const { quote } of chosen) {
      const id = quote.option.amount.sharedLimitId;
      if (id !== undefined && shared.has(id)) usage.set(id, (usage.get(id) ?? 0) + quote.principal);
    }
    for (const order of lineOrders) {
      const missing = need.gaps.map((gap) => Math.max(0, gap - cash));
      const drawnOnGroup = new Map<string, number[]>();
      const parts = chosen.map((part) => part.quote);
      const positions = chosen.map((part) => part.position);
      let valid = true;
      for (const { candidate, position } of order) {
        const groupId = candidate.option.amount.sharedLimitId;
        const group = groupId !== undefined && shared.has(groupId) ? groupId : undefined;
        const onGroup = group === undefined ? undefined : (drawnOnGroup.get(group) ?? need.gaps.map(() => 0));
        const limit = ownLimit(candidate.option, candidate.context);
        const drawn = missing.map((gap, day) => {
          const groupLeft = group === undefined ? Infinity : shared.get(group)! - (usage.get(group) ?? 0) - onGroup![day]!;
          return Math.max(0, Math.min(gap, limit, groupLeft));
        });
        if (drawn.every((amount) => amount === 0)) {
          valid = false;
          break;
        }
        const quote = priceRevolving(candidate.option, drawn, need, candidate.context);
        if (!quote.feasible || !usable(quote)) {
          valid = false;
          break;
        }
        drawn.forEach((amount, day) => {
          missing[day]! -= amount;
          if (onGroup !== undefined) onGroup[day]! += amount;
        });
        if (group !== undefined) drawnOnGroup.set(group, onGroup!);
        parts.push(quote);
        positions.push(position);
      }
      if (!valid) continue;
      const plan: OraclePlan = {
        residual: Math.max(0, ...missing),
        cost: parts.reduce((sum, part) => sum + part.cost, 0),
        parts,
        positions: [...positions].sort((a, b) => a - b),
      };
      visit(plan);
    }
  };

  const walk = (
    index: number,
    chosen: Array<{ quote: FeasibleQuote; position: number }>,
    invoices: ReadonlySet<string>,
    usage: ReadonlyMap<string, number>,
  ) => {
    if (index === lumps.length) {
      finish(chosen);
      return;
    }
    walk(index + 1, chosen, invoices, usage);
    const { candidate, position } = lumps[index]!;
    const invoice = candidate.context.invoice?.id;
    if (invoice !== undefined && invoices.has(invoice)) return;
    const groupId = candidate.option.amount.sharedLimitId;
    const group = groupId !== undefined && shared.has(groupId) ? groupId : undefined;
    for (const quote of menus[index]!) {
      if (group !== undefined && (usage.get(group) ?? 0) + quote.principal > shared.get(group)!) continue;
      const nextUsage = group === undefined ? usage : new Map(usage).set(group, (usage.get(group) ?? 0) + quote.principal);
      const nextInvoices = invoice === undefined ? invoices : new Set(invoices).add(invoice);
      walk(index + 1, [...chosen, { quote, position }], nextInvoices, nextUsage);
    }
  };
  walk(0, [], new Set(), new Map());
}
