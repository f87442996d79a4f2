import { priceWhatIf } from '../bridge/what-if.js';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import type { PricedOption } from './cashflow-report.js';
import { pricedOption } from './priced-option.js';

/** `cashflow bridges --amount`: every option priced for one amount held some days, as one value. */
export interface WhatIfReport {
  readonly amount: Minor;
  readonly days: number;
  readonly asOf: Day;
  readonly currency: Currency;
  /** Cheapest feasible first; options that cannot serve the need follow, with the reason. */
  readonly options: readonly PricedOption[];
}

export function buildWhatIf(catalogue: Catalogue, amount: Minor, days: number, asOf: Day, currency: Currency): WhatIfReport {
  return { amount, days, asOf, currency, options: priceWhatIf(catalogue, amount, days, asOf, currency).map(pricedOption) };
}
