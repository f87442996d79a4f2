import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { subMinor } from '../domain/money.js';
import type { DayBalance } from './projection.js';

/** A maximal run of days whose end-of-day balance is below the buffer. */
export interface ShortfallWindow {
  readonly start: Day;
  readonly end: Day;
  readonly days: number;
  /** The largest buffer − balance in the window, and the first day it is reached. */
  readonly peakGap: Minor;
  readonly peakDate: Day;
  /** The day after the window; undefined when the window is still open on the last horizon day. */
  readonly recovery: Day | undefined;
  /** The balance never comes back inside the horizon: income does not cover spending. */
  readonly structural: boolean;
  /** buffer − balance for each day of the window, which a revolving line is charged on. */
  readonly gaps: readonly Minor[];
}

/** Every shortfall window of a projection, in date order. */
export function findShortfalls(days: readonly DayBalance[], buffer: Minor): ShortfallWindow[] {
  const windows: ShortfallWindow[] = [];
  let gaps: Minor[] = [];
  let start: Day | undefined;
  const close = (end: Day, open: boolean) => {
    let peak = 0;
    gaps.forEach((gap, index) => {
      if (gap > gaps[peak]!) peak = index;
    });
    windows.push({
      start: start!,
      end,
      days: gaps.length,
      peakGap: gaps[peak]!,
      peakDate: addDays(start!, peak),
      recovery: open ? undefined : addDays(end, 1),
      structural: open,
      gaps,
    });
    start = undefined;
    gaps = [];
  };
  for (const day of days) {
    if (day.balance < buffer) {
      start ??= day.date;
      gaps.push(subMinor(buffer, day.balance));
    } else if (start !== undefined) {
      close(addDays(day.date, -1), false);
    }
  }
  const last = days[days.length - 1];
  if (start !== undefined && last !== undefined) close(last.date, true);
  return windows;
}
