import type { Day } from '../domain/day.js';
import type { Repeat } from '../domain/recurrence.js';
import type { IssueWords } from './issue-words.js';
import { ref, said } from './issue-words.js';

/** What is wrong with a row's repeat/until pair, if anything, and which of the two cells to point at. */
export function recurrenceProblem(start: Day, repeat: Repeat, until: Day | undefined): ({ field: 'until' } & IssueWords) | undefined {
  if (until === undefined) return undefined;
  if (repeat === 'none') return { field: 'until', ...said(ref('untilWithoutRepeat'), ref('untilWithoutRepeatHint')) };
  if (until < start) return { field: 'until', ...said(ref('untilBeforeStart', start), ref('untilBeforeStartHint')) };
  return undefined;
}
