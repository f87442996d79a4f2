import type { BridgeOption } from '../read/catalogue-schema.js';
import type { Need } from './need.js';
import type { PricingContext } from './price-option.js';
import { headroom, priceRevolving } from './price-option.js';
import type { FeasibleQuote } from './quote.js';

/** A revolving line the plan may draw on, with its place in the catalogue and the shared limit it counts against. */
export interface PlanLine {
  readonly option: BridgeOption;
  readonly context: PricingContext;
  readonly position: number;
  /** Index into the shared limits, or -1. */
  readonly group: number;
}

export interface LineFill {
  readonly quotes: FeasibleQuote[];
  readonly lines: PlanLine[];
  readonly cost: number;
  /** The largest daily gap still open after the lines. */
  readonly residual: number;
}

/** Whether a quote may be part of a plan: only within any legal cap. */
export function withinCap(quote: FeasibleQuote): boolean {
  return quote.cap === 'ok' || quote.cap === 'none';
}

/**
 * The lines, in `order`, take what lump cash `cash` leaves of each day's gap: each line draws on each day what is still
 * missing, up to its own headroom and what its shared limit has left after the lumps (`used`) and the lines before it.
 * So the first line gets the most-used layer; on pure daily interest, cheapest first is the cheapest fill.
 */
export function fillLines(order: readonly PlanLine[], need: Need, cash: number, used: readonly number[], limits: readonly number[]): LineFill {
  const missing = need.gaps.map((gap) => Math.max(0, gap - cash));
  const quotes: FeasibleQuote[] = [];
  const lines: PlanLine[] = [];
  const onGroup = new Map<number, number[]>();
  let cost = 0;
  for (const line of order) {
    if (missing.every((gap) => gap === 0)) break;
    const own = headroom(line.option, line.context);
    const groupDrawn = line.group < 0 ? undefined : (onGroup.get(line.group) ?? need.gaps.map(() => 0));
    const drawn = missing.map((gap, day) =>
      Math.max(0, Math.min(gap, own, groupDrawn === undefined ? Infinity : limits[line.group]! - used[line.group]! - groupDrawn[day]!)),
    );
    if (drawn.every((amount) => amount === 0)) continue;
    const quote = priceRevolving(line.option, drawn, need, line.context);
    if (!quote.feasible || !withinCap(quote)) continue;
    drawn.forEach((amount, day) => {
      missing[day]! -= amount;
      if (groupDrawn !== undefined) groupDrawn[day]! += amount;
    });
    if (groupDrawn !== undefined) onGroup.set(line.group, groupDrawn);
    quotes.push(quote);
    lines.push(line);
    cost += quote.cost;
  }
  return { quotes, lines, cost, residual: Math.max(0, ...missing) };
}

/** Every order of every subset of the lines (65 for four lines): the fills a line with fees, or rounding, may need. */
export function lineOrders(lines: readonly PlanLine[]): PlanLine[][] {
  const out: PlanLine[][] = [];
  const grow = (prefix: PlanLine[], rest: readonly PlanLine[]) => {
    out.push(prefix);
    rest.forEach((line, index) => {
      grow([...prefix, line], [...rest.slice(0, index), ...rest.slice(index + 1)]);
    });
  };
  grow([], lines);
  return out;
}
