import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Repeat } from '../domain/recurrence.js';

/** What is wrong with a row's repeat/until pair, if anything, and which of the two cells to point at. */
export function recurrenceProblem(start: Day, repeat: Repeat, until: Day | undefined): { field: 'until'; problem: string; hint: string } | undefined {
  if (until === undefined) return undefined;
  if (repeat === 'none') {
    return { field: 'until', problem: 'is set but the row does not repeat', hint: 'add a repeat rule (e.g. monthly) or clear the until cell' };
  }
  if (until < start) {
    return { field: 'until', problem: `is before the first date ${formatDay(start)}`, hint: 'the last date must be on or after the first one' };
  }
  return undefined;
}
