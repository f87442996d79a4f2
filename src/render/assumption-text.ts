import type { Assumption } from '../domain/types.js';

/**
 * The rule an invoice's expected day rests on, in words: `history: median 41 d over 7 invoices` or
 * `default: 30 d`. An overdue invoice is described by the rule it overran (the JSON's `overdue` says the rest).
 */
export function assumptionText(assumption: Assumption): string {
  return assumption.paidCount > 0 ? `history: median ${assumption.days} d over ${assumption.paidCount} invoices` : `default: ${assumption.days} d`;
}
