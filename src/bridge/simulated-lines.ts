import type { Currency } from '../domain/currency.js';
import type { SimulatedLine } from '../forecast/simulation.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import { headroom } from './price-option.js';
import { whyNotRecommendable } from './recommendable.js';
import { sharedHeadroomOf } from './shared-headroom.js';

/**
 * The catalogue's usable revolving lines, cheapest first, as the simulation prices deficits with them. The simulation
 * fills each day cheapest line first, so lines on one shared limit can be given fixed shares of it: each line whatever
 * the cheaper lines on that limit leave. A cheaper line short of its share has already covered the whole day.
 */
export function simulatedLines(catalogue: Catalogue, currency: Currency): SimulatedLine[] {
  const lines = catalogue.options
    .filter((option) => option.category === 'revolving_line' && whyNotRecommendable(option) === undefined && option.availability.leadTimeDays === 0)
    .map((option) => ({
      option,
      annualRate: option.charges.reduce((sum, charge) => sum + (charge.type === 'interest' ? charge.annualRate : 0), 0),
    }))
    .sort((a, b) => a.annualRate - b.annualRate);
  const takenOfLimit = new Map<string, number>();
  return lines.map(({ option, annualRate }) => {
    const shared = sharedHeadroomOf(catalogue, option).sharedHeadroom;
    const limitId = option.amount.sharedLimitId ?? '';
    const left = shared === undefined ? undefined : shared - (takenOfLimit.get(limitId) ?? 0);
    const share = headroom(option, { currency, ...(left === undefined ? {} : { sharedHeadroom: left }) });
    if (left !== undefined) takenOfLimit.set(limitId, (takenOfLimit.get(limitId) ?? 0) + share);
    return { annualRate, headroom: share };
  });
}
