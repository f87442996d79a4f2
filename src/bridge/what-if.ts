import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor } from '../domain/money.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import type { Alternative } from './bridge-forecast.js';
import { needOf } from './need.js';
import { faceForCash, headroom, priceAlone } from './price-option.js';
import { whyNotRecommendable } from './recommendable.js';
import { sharedHeadroomOf } from './shared-headroom.js';

/**
 * "What would it really cost me": every option priced for `amount` of cash held `days` days. Each option is
 * drawn as soon as it can be (as-of plus its lead time), so all are compared over the same length of use.
 * Invoice-linked options are priced on an invoice just large enough (and at least the option's min), that the client
 * would pay the day after.
 * Cheapest feasible first; options that cannot serve the need follow, with the reason.
 */
export function priceWhatIf(catalogue: Catalogue, amount: Minor, days: number, asOf: Day, currency: Currency): Alternative[] {
  const priced = catalogue.options.map((option): Alternative => {
    const start = addDays(asOf, option.availability.leadTimeDays);
    const need = needOf(start, new Array<Minor>(days).fill(amount), asOf);
    const linked = option.category === 'receivable_finance' || option.category === 'early_payment_discount';
    const context = { currency, ...sharedHeadroomOf(catalogue, option) };
    // The invoice is sized for the need, at least the option's min (as a loan's min is drawn for a small need), but
    // never above what the option may take: then the quote names that limit.
    const face = linked ? Math.max(faceForCash(option, amount, days), option.amount.min) : 0;
    const invoice = linked
      ? {
          id: 'what-if',
          client: '',
          amount: minor(Math.min(face, headroom(option, context))),
          issued: start,
          expected: addDays(start, days),
        }
      : undefined;
    const quote = priceAlone(option, need, { ...context, invoice });
    return { quote, notRecommendable: whyNotRecommendable(option, quote) };
  });
  const rank = (alternative: Alternative) => (alternative.quote.feasible ? alternative.quote.cost : Infinity);
  return priced.sort((a, b) => rank(a) - rank(b));
}
