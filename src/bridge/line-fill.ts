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

/** A fill under way: what each day still misses and what the lines so far drew on each shared limit. */
interface Filling {
  readonly missing: number[];
  readonly onGroup: Map<number, number[]>;
  readonly quotes: FeasibleQuote[];
  readonly lines: PlanLine[];
  readonly cost: number;
}

function startFill(need: Need, cash: number): Filling {
  return { missing: need.gaps.map((gap) => Math.max(0, gap - cash)), onGroup: new Map(), quotes: [], lines: [], cost: 0 };
}

const covered = (filling: Filling) => filling.missing.every((gap) => gap === 0);

/** `line` drawing what is still missing, within its headroom and its shared limit; undefined when it adds nothing. */
function drawLine(line: PlanLine, need: Need, used: readonly number[], limits: readonly number[], from: Filling): Filling | undefined {
  const own = headroom(line.option, line.context);
  const groupDrawn = line.group < 0 ? undefined : (from.onGroup.get(line.group) ?? need.gaps.map(() => 0));
  const drawn = from.missing.map((gap, day) =>
    Math.max(0, Math.min(gap, own, groupDrawn === undefined ? Infinity : limits[line.group]! - used[line.group]! - groupDrawn[day]!)),
  );
  if (drawn.every((amount) => amount === 0)) return undefined;
  const quote = priceRevolving(line.option, drawn, need, line.context);
  if (!quote.feasible || !withinCap(quote)) return undefined;
  const onGroup = new Map(from.onGroup);
  if (groupDrawn !== undefined)
    onGroup.set(
      line.group,
      groupDrawn.map((amount, day) => amount + drawn[day]!),
    );
  return {
    missing: from.missing.map((gap, day) => gap - drawn[day]!),
    onGroup,
    quotes: [...from.quotes, quote],
    lines: [...from.lines, line],
    cost: from.cost + quote.cost,
  };
}

const finish = (filling: Filling): LineFill => ({
  quotes: filling.quotes,
  lines: filling.lines,
  cost: filling.cost,
  residual: Math.max(0, ...filling.missing),
});

/**
 * The lines, in `order`, take what lump cash `cash` leaves of each day's gap: each line draws on each day what is still
 * missing, up to its own headroom and what its shared limit has left after the lumps (`used`) and the lines before it.
 * So the first line gets the most-used layer; on pure daily interest, cheapest first is the cheapest fill.
 */
export function fillLines(order: readonly PlanLine[], need: Need, cash: number, used: readonly number[], limits: readonly number[]): LineFill {
  let filling = startFill(need, cash);
  for (const line of order) {
    if (covered(filling)) break;
    filling = drawLine(line, need, used, limits, filling) ?? filling;
  }
  return finish(filling);
}

/**
 * The fill of every order of every subset of the lines (65 orders for four lines: what a line with fees, or rounding,
 * may need), depth first, each common prefix priced once: a line draws the same whatever follows it. Orders that add
 * nothing to a prefix, because it covers the need or the line draws nothing, are its fill again and are skipped.
 */
export function eachFill(
  lines: readonly PlanLine[],
  need: Need,
  cash: number,
  used: readonly number[],
  limits: readonly number[],
  visit: (fill: LineFill) => void,
): void {
  const grow = (filling: Filling, rest: readonly PlanLine[]) => {
    visit(finish(filling));
    if (covered(filling)) return;
    rest.forEach((line, index) => {
      const next = drawLine(line, need, used, limits, filling);
      if (next !== undefined) grow(next, [...rest.slice(0, index), ...rest.slice(index + 1)]);
    });
  };
  grow(startFill(need, cash), lines);
}
