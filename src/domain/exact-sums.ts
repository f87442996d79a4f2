import type { Currency } from './currency.js';
import type { Minor } from './money.js';
import { AmountRangeError, MAX_MINOR, minor } from './money.js';
import type { RangeLabel, RangeSubject, RangeWord } from './range-words.js';
import { RANGE_WORDS } from './range-words.js';
import { wordsOf } from './refusal.js';

/** Amounts that will be added together in any order and with any signs, and what a message calls each one. */
export interface Addends {
  readonly count: number;
  readonly amount: (index: number) => Minor;
  /** `the invoice at invoices.csv:2`, for the hint that points at the largest. */
  readonly label: (index: number) => RangeLabel;
}

/** One named amount, e.g. the buffer. */
export function oneAddend(label: RangeLabel, amount: Minor): Addends {
  return { count: 1, amount: () => amount, label: () => label };
}

/**
 * Proves in one pass that no sum of these amounts, in any order and with any signs, can pass MAX_MINOR, by checking
 * the sum of their sizes; otherwise throws an AmountRangeError that gives that sum exactly and points at the largest.
 * `what` names them all: `the opening balance, the buffer and the 6 cash events of the horizon`.
 * One check for a whole forecast rather than one per addition: every balance, daily total and gap is such a sum, and
 * so is whatever a later layer adds up from them.
 */
export function assertExactSums(what: RangeSubject, groups: readonly Addends[], currency: Currency): void {
  // Sizes are safe integers, so the partial sums are exact until one passes MAX_MINOR; past it, rounding never takes
  // a double back below 2^53, so one comparison at the end decides.
  let size = 0;
  for (const group of groups) {
    for (let index = 0; index < group.count; index += 1) size += Math.abs(group.amount(index));
  }
  if (size <= MAX_MINOR) return;
  let exact = 0n;
  let largest: { amount: Minor; label: RangeLabel } = { amount: minor(0), label: { kind: 'opening' } };
  for (const group of groups) {
    for (let index = 0; index < group.count; index += 1) {
      const amount = minor(Math.abs(group.amount(index)));
      exact += BigInt(amount);
      if (amount > largest.amount) largest = { amount, label: group.label(index) };
    }
  }
  const message: RangeWord = { id: 'sumsBeyond', params: [what, exact, currency] };
  const hint: RangeWord = { id: 'checkLargest', params: [largest.label, largest.amount, currency] };
  throw new AmountRangeError(wordsOf(RANGE_WORDS, message), wordsOf(RANGE_WORDS, hint), { message, hint });
}
