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
  return fillsInOrders(order, [order], need, cash, used, limits)[0]!;
}

/** What is still missing on each day after some lines have drawn, and what each shared limit's lines have drawn. */
interface Remainder {
  readonly missing: readonly number[];
  readonly onGroup: ReadonlyMap<number, readonly number[]>;
}

/**
 * fillLines for each of `orders` (orders of some of `lines`), each line priced once per set of lines drawn before it.
 * That set alone decides what the line draws: whatever their order, lines capped by their own headroom and their
 * shared limits (caps that nest) cover the most any order could on each day, so what is still missing is the same;
 * and where something is still missing each line before drew all its caps allowed, so its shared limit has drawn the
 * same too.
 */
export function fillsInOrders(
  lines: readonly PlanLine[],
  orders: readonly (readonly PlanLine[])[],
  need: Need,
  cash: number,
  used: readonly number[],
  limits: readonly number[],
): LineFill[] {
  const indexOf = new Map(lines.map((line, i) => [line, i]));
  const after = new Map<number, Remainder>([[0, { missing: need.gaps.map((gap) => Math.max(0, gap - cash)), onGroup: new Map() }]]);
  const draws = new Map<number, { drawn: number[]; quote: FeasibleQuote } | undefined>();
  const drawOf = (line: PlanLine, before: Remainder): { drawn: number[]; quote: FeasibleQuote } | undefined => {
    const own = headroom(line.option, line.context);
    const groupDrawn = line.group < 0 ? undefined : before.onGroup.get(line.group);
    const room = line.group < 0 ? Infinity : limits[line.group]! - used[line.group]!;
    const drawn = before.missing.map((gap, day) => Math.max(0, Math.min(gap, own, room - (groupDrawn?.[day] ?? 0))));
    if (drawn.every((amount) => amount === 0)) return undefined;
    const quote = priceRevolving(line.option, drawn, need, line.context);
    return quote.feasible && withinCap(quote) ? { drawn, quote } : undefined;
  };
  return orders.map((order) => {
    let set = 0;
    const quotes: FeasibleQuote[] = [];
    const drawing: PlanLine[] = [];
    let cost = 0;
    for (const line of order) {
      const before = after.get(set)!;
      if (before.missing.every((gap) => gap === 0)) break;
      const index = indexOf.get(line)!;
      const key = set * lines.length + index;
      if (!draws.has(key)) draws.set(key, drawOf(line, before));
      const draw = draws.get(key);
      if (draw === undefined) continue;
      quotes.push(draw.quote);
      drawing.push(line);
      cost += draw.quote.cost;
      const next = set | (1 << index);
      if (!after.has(next)) after.set(next, drawnFrom(before, draw.drawn, line.group));
      set = next;
    }
    return { quotes, lines: drawing, cost, residual: Math.max(0, ...after.get(set)!.missing) };
  });
}

function drawnFrom(before: Remainder, drawn: readonly number[], group: number): Remainder {
  const missing = before.missing.map((gap, day) => gap - drawn[day]!);
  if (group < 0) return { missing, onGroup: before.onGroup };
  const previous = before.onGroup.get(group);
  const onGroup = new Map(before.onGroup);
  onGroup.set(
    group,
    drawn.map((amount, day) => amount + (previous?.[day] ?? 0)),
  );
  return { missing, onGroup };
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
