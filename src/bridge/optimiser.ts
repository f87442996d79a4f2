import type { Minor } from '../domain/money.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { Need } from './need.js';
import type { PricingContext } from './price-option.js';
import { headroom, priceLump, priceRevolving } from './price-option.js';
import type { FeasibleQuote } from './quote.js';

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
}

/** A shared limit: the options drawing on it may together use at most `headroom` of principal. */
export interface SharedLimit {
  readonly id: string;
  readonly headroom: Minor;
}

/** One way to raise some units of cash from a group of lump options: its cost and its parts. */
interface Entry {
  readonly cost: Minor;
  readonly principal: Minor;
  readonly parts: readonly FeasibleQuote[];
}

/** Whether a quote may be part of a plan: only legal, within any legal cap. */
function withinCap(quote: FeasibleQuote): boolean {
  return quote.cap === 'ok' || quote.cap === 'none';
}

/** For one lump option: the cheapest quote for each number of cash units it can credit (index = units). */
function tableOf(candidate: Candidate, need: Need, unit: Minor, units: number): Array<Entry | undefined> {
  const table: Array<Entry | undefined> = new Array(units + 1).fill(undefined);
  for (let m = 1; m <= units; m += 1) {
    const quote = priceLump(candidate.option, m * unit, need, candidate.context);
    if (!quote.feasible) break; // a larger need fails for the same reason (limit, lead time, term)
    // Proceeds are credited in whole units, rounded down, so the plan never counts cash it lacks.
    const credited = Math.min(units, Math.floor(quote.cashReceived / unit));
    if (withinCap(quote) && credited >= 1 && (table[credited] === undefined || quote.cost < table[credited]!.cost)) {
      table[credited] = { cost: quote.cost, principal: quote.principal, parts: [quote] };
    }
    m = Math.max(m, credited);
  }
  return table;
}

/** Two tables of options on one shared limit, combined: each split whose principals fit the limit (min-plus convolution). */
function combineShared(a: Array<Entry | undefined>, b: Array<Entry | undefined>, headroom: Minor, units: number): Array<Entry | undefined> {
  const zero: Entry = { cost: 0, principal: 0, parts: [] };
  const out: Array<Entry | undefined> = new Array(units + 1).fill(undefined);
  for (let i = 0; i <= units; i += 1) {
    const left = i === 0 ? zero : a[i];
    if (left === undefined) continue;
    for (let j = 0; j <= units; j += 1) {
      const right = j === 0 ? zero : b[j];
      if (right === undefined || i + j === 0 || left.principal + right.principal > headroom) continue;
      const k = Math.min(units, i + j);
      const cost = left.cost + right.cost;
      if (out[k] === undefined || cost < out[k]!.cost) out[k] = { cost, principal: left.principal + right.principal, parts: [...left.parts, ...right.parts] };
    }
  }
  return out;
}

/**
 * The cheapest plan for a need (brief §D4, exact for the discretised problem):
 * a dynamic programme over cash units chooses the lump-drawn options (with minimums, steps, limits,
 * all-or-nothing invoices and shared limits); for every amount of lump cash, the revolving lines then fill
 * the rest of the deficit curve day by day, cheapest line first, charged on the area they cover.
 */
export function cheapestPlan(candidates: readonly Candidate[], need: Need, unit: Minor, shared: readonly SharedLimit[] = []): Plan {
  const units = Math.ceil(need.peak / unit);
  if (units === 0) return { parts: [], totalCost: 0, residualGap: 0 };
  const lines = candidates.filter((c) => c.option.category === 'revolving_line')
    .map((c) => ({ c, probe: priceRevolving(c.option, need.gaps.map(() => 0), need, c.context) }))
    .filter(({ probe }) => probe.feasible)
    .map(({ c }) => c)
    .sort((a, b) => lineRate(a.option) - lineRate(b.option));
  const lumps = candidates.filter((c) => c.option.category !== 'revolving_line');

  // Lump options become tables; options on one shared limit are folded into one table.
  const groups: Array<Array<Entry | undefined>> = [];
  const byLimit = new Map<string, Array<Entry | undefined>>();
  for (const candidate of lumps) {
    const table = tableOf(candidate, need, unit, units);
    const limitId = candidate.option.amount.sharedLimitId;
    const limit = shared.find((s) => s.id === limitId);
    if (limit === undefined) {
      groups.push(table);
      continue;
    }
    const capped = table.map((entry) => (entry !== undefined && entry.principal <= limit.headroom ? entry : undefined));
    const earlier = byLimit.get(limit.id);
    byLimit.set(limit.id, earlier === undefined ? capped : combineShared(earlier, capped, limit.headroom, units));
  }
  groups.push(...byLimit.values());

  // dp[j]: the cheapest way to credit exactly j units (j = units means at least that many).
  let dp: Array<Entry | undefined> = [{ cost: 0, principal: 0, parts: [] }, ...new Array<Entry | undefined>(units).fill(undefined)];
  for (const table of groups) {
    const next = [...dp];
    // Most tables are sparse (a lump option has one entry): walk only the entries that exist.
    const entries = table.flatMap((entry, m) => (entry === undefined || m === 0 ? [] : [[m, entry] as const]));
    for (let j = 0; j <= units; j += 1) {
      const base = dp[j];
      if (base === undefined) continue;
      for (const [m, entry] of entries) {
        const k = Math.min(units, j + m);
        const cost = base.cost + entry.cost;
        if (next[k] === undefined || cost < next[k]!.cost) next[k] = { cost, principal: 0, parts: [...base.parts, ...entry.parts] };
      }
    }
    dp = next;
  }

  let best: Plan | undefined;
  for (let j = 0; j <= units; j += 1) {
    const entry = dp[j];
    if (entry === undefined) continue;
    const covered = j * unit;
    const filled = fillWithLines(lines, need, need.gaps.map((gap) => Math.max(0, gap - covered)));
    const plan: Plan = {
      parts: [...entry.parts, ...filled.parts],
      totalCost: entry.cost + filled.parts.reduce((sum, part) => sum + part.cost, 0),
      residualGap: filled.residual,
    };
    if (best === undefined || better(plan, best)) best = plan;
  }
  return best!;
}

function lineRate(option: BridgeOption): number {
  return option.charges.reduce((sum, charge) => sum + (charge.type === 'interest' ? charge.annualRate : 0), 0);
}

/** Revolving lines take the remaining gaps day by day, cheapest first: the cheapest line gets the most-used layer. */
export function fillWithLines(lines: readonly Candidate[], need: Need, remaining: Minor[]): { parts: FeasibleQuote[]; residual: Minor } {
  const parts: FeasibleQuote[] = [];
  for (const line of lines) {
    if (remaining.every((gap) => gap === 0)) break;
    const cap = headroom(line.option, line.context);
    const drawn = remaining.map((gap) => Math.min(gap, cap));
    const quote = priceRevolving(line.option, drawn, need, line.context);
    if (!quote.feasible || !withinCap(quote) || quote.cashReceived === 0) continue;
    parts.push(quote);
    drawn.forEach((amount, index) => { remaining[index]! -= amount; });
  }
  return { parts, residual: Math.max(0, ...remaining) };
}

/** Plan order: covers more; then cheaper; then fewer parts, lower worst risk, shorter lead time, option order. */
export function better(a: Plan, b: Plan): boolean {
  if (a.residualGap !== b.residualGap) return a.residualGap < b.residualGap;
  if (a.totalCost !== b.totalCost) return a.totalCost < b.totalCost;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  const risk = (plan: Plan) => Math.max(0, ...plan.parts.map((part) => part.option.risk.level));
  if (risk(a) !== risk(b)) return risk(a) < risk(b);
  const lead = (plan: Plan) => Math.max(0, ...plan.parts.map((part) => part.option.availability.leadTimeDays));
  if (lead(a) !== lead(b)) return lead(a) < lead(b);
  const key = (plan: Plan) => plan.parts.map((part) => `${part.option.id}:${part.invoiceId ?? ''}`).join(',');
  return key(a) < key(b);
}
