import { groupThousands } from '../domain/money.js';
import type { InputRef } from '../read/issue-words.js';
import { ref } from '../read/issue-words.js';
import { usageError } from './user-errors.js';

/** The smallest and largest value a whole-number flag takes, both allowed. */
export interface WholeNumberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A flag's whole number (digits only; full-width digits as typed with a Korean IME are read too), or a UsageError
 * naming the flag, what was given and the range: `--days "0" must be at least 1; give a whole number from 1 to 3,660`.
 * @example wholeNumberFlag('--days', '90', { min: 1, max: 3660 }) // 90
 */
export function wholeNumberFlag(flag: string, text: string, { min, max }: WholeNumberRange): number {
  const digits = text.normalize('NFKC').trim();
  const [low, high] = [groupThousands(String(min)), groupThousands(String(max))];
  const refuse = (problem: InputRef) => usageError(problem, ref('wholeNumberHint', low, high));
  if (!/^\d+$/.test(digits)) throw refuse(ref('notWholeNumber', flag, text));
  const value = Number(digits);
  if (value < min) throw refuse(ref('wholeNumberTooSmall', flag, text, low));
  if (value > max) throw refuse(ref('wholeNumberTooLarge', flag, text, high));
  return value;
}
