import type { ShortfallWindow } from '../forecast/shortfalls.js';
import { endsOnKnownDay } from '../forecast/shortfalls.js';
import type { BridgeOption } from '../read/catalogue-schema.js';

/**
 * Per window, the window whose last short day its first need reaches to (itself when it is planned alone). Planning
 * two touching windows as one need lets one bridge carry both: a loan held through the days between, one client paying
 * the later invoice early, which planning in order never weighs against the first window's cheapest plan.
 */
export type WindowGrouping = readonly number[];

/** How many neighbouring pairs of windows are grouped in every way; past it, one pair at a time. */
const EVERY_GROUPING_UP_TO = 3;

/**
 * The groupings the joint search plans under, alone first: consecutive windows with a known end grouped in every way
 * when at most three pairs touch, else each pair alone. They depend on the forecast only, never on the catalogue or
 * its limits, which the monotonicity argument in bridgeForecast needs.
 */
export function windowGroupings(windows: readonly ShortfallWindow[]): WindowGrouping[] {
  const alone = windows.map((_, i) => i);
  const pairs = windows.flatMap((window, i) => (i + 1 < windows.length && endsOnKnownDay(window) && endsOnKnownDay(windows[i + 1]!) ? [i] : []));
  const subsets =
    pairs.length <= EVERY_GROUPING_UP_TO
      ? Array.from({ length: 2 ** pairs.length }, (_, mask) => pairs.filter((_, bit) => (mask >> bit) & 1))
      : [[], ...pairs.map((pair) => [pair])];
  return subsets.map((joined) => {
    const reach = [...alone];
    // A run of joined pairs i, i+1, … makes one group, reaching to the window after the last pair.
    for (let i = windows.length - 2; i >= 0; i -= 1) if (joined.includes(i)) reach[i] = reach[i + 1]!;
    return reach;
  });
}

/**
 * How much a grouping must save to be taken over planning each window alone: the lines' rounding spreads (1 a simple
 * interest charge, 10 for `floor10`). A line drawn through grouped windows draws nothing on the days between, so it
 * costs what it costs drawn in each window, but for rounding once instead of once a window; a saving within that is
 * rounding, not a better plan, and would turn a plain plan into one bridge across windows for a unit or ten.
 */
export function groupingSlack(options: readonly BridgeOption[]): number {
  return options
    .filter((option) => option.category === 'revolving_line')
    .flatMap((option) => option.charges)
    .reduce((sum, charge) => sum + (charge.type !== 'interest' ? 0 : charge.rounding === 'floor10' ? 10 : 1), 0);
}
