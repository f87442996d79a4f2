import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { subMinor } from '../domain/money.js';
import type { AfterHorizonRecovery } from './open-window.js';
import type { DayBalance } from './projection.js';
import type { RunRate } from './run-rate.js';

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
  /**
   * Open on the last horizon day, not recovering after it either (see judgeOpenWindow), and the horizon's spending a
   * month is above the invoicing run-rate (or there is none): income does not cover spending.
   */
  readonly structural: boolean;
  /** For the window open on the last horizon day: the day the books, followed past the horizon, bring it back. */
  readonly recoversAfterHorizon: AfterHorizonRecovery | undefined;
  /** For the window open on the last horizon day that does not recover after it: the run-rate it was judged on. */
  readonly runRate: RunRate | undefined;
  /** For the window open on the last horizon day: the horizon's spending a month (see monthlySpending). */
  readonly spendingPerMonth: Minor | undefined;
  /** buffer − balance for each day of the window, which a revolving line is charged on. */
  readonly gaps: readonly Minor[];
}

/** Whether the window ends on a known day, in the horizon or after it: only then can a bridge be repaid. */
export function endsOnKnownDay(window: ShortfallWindow): boolean {
  return window.recovery !== undefined || window.recoversAfterHorizon !== undefined;
}

/** The last day a bridge must hold the cash: the window's end, or the day before it recovers after the horizon. */
export function lastShortDay(window: ShortfallWindow): Day {
  return window.recoversAfterHorizon === undefined ? window.end : addDays(window.recoversAfterHorizon.date, -1);
}

/**
 * Every shortfall window of a projection, in date order. One open on the last day is provisionally structural;
 * judgeOpenWindow settles it against the books.
 */
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
      recoversAfterHorizon: undefined,
      runRate: undefined,
      spendingPerMonth: undefined,
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
