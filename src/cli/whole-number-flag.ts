import { groupThousands } from '../domain/money.js';
import { UsageError } from './user-errors.js';

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
  const refuse = (problem: string) =>
    new UsageError(`${flag} "${text}" ${problem}`, `give a whole number from ${groupThousands(String(min))} to ${groupThousands(String(max))}`);
  if (!/^\d+$/.test(digits)) throw refuse('is not a whole number');
  const value = Number(digits);
  if (value < min) throw refuse(`must be at least ${groupThousands(String(min))}`);
  if (value > max) throw refuse(`is more than ${groupThousands(String(max))}`);
  return value;
}
