import type { Assumption } from '../domain/types.js';
import type { Lang } from '../i18n/lang.js';
import { ASSUMPTION } from '../i18n/messages/assumption.js';

/**
 * The rule an invoice's expected day rests on, in words: `history: median 41 d over 7 invoices` or
 * `default: 30 d`. An overdue invoice is described by the rule it overran (the JSON's `overdue` says the rest).
 */
export function assumptionText(assumption: Assumption, lang: Lang = 'en'): string {
  const text = ASSUMPTION[lang];
  return assumption.paidCount > 0 ? text.history(assumption.days, assumption.paidCount) : text.defaultDelay(assumption.days);
}
