import type { Currency } from '../domain/currency.js';
import type { SimulatedLine } from '../forecast/simulation.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import { headroom } from './price-option.js';
import { whyNotRecommendable } from './recommendable.js';

/** The catalogue's usable revolving lines, cheapest first, as the simulation prices deficits with them. */
export function simulatedLines(catalogue: Catalogue, currency: Currency): SimulatedLine[] {
  return catalogue.options
    .filter((option) => option.category === 'revolving_line' && whyNotRecommendable(option) === undefined && option.availability.leadTimeDays === 0)
    .map((option) => ({
      annualRate: option.charges.reduce((sum, charge) => sum + (charge.type === 'interest' ? charge.annualRate : 0), 0),
      headroom: headroom(option, { currency }),
    }))
    .sort((a, b) => a.annualRate - b.annualRate);
}
