import type { Expense, Invoice } from '../../src/domain/types.js';
import type { ForecastReport } from '../../src/forecast/forecast-report.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import type { BridgeOption, Catalogue } from '../../src/read/catalogue-schema.js';
import { expense, invoice, options } from './factories.js';

// Random forecasts of touching shortfall windows for the planner's several-window tests (optimiser-windows,
// optimiser-joint-oracle): each window an expense a payment ends some days later, the next some days after that.

export interface WindowSpec {
  readonly spend: number;
  readonly days: number;
  readonly refund: number;
  readonly apart: number;
}

/** The forecast from `asOf`: window k spends on its day and is paid back (plus `refund`) `days` later by PAY-k. */
export function touchingForecast(asOf: number, windows: readonly WindowSpec[], receivable: number | undefined, days: number): ForecastReport {
  const invoices: Invoice[] = [];
  const expenses: Expense[] = [];
  let day = asOf + 3;
  windows.forEach((w, k) => {
    expenses.push(expense({ amount: w.spend, date: day }));
    invoices.push(invoice({ id: `PAY-${k}`, client: `P${k}`, amount: w.spend + w.refund, issued: asOf - 40, due: day + w.days }));
    day += w.days + w.apart;
  });
  if (receivable !== undefined) invoices.push(invoice({ id: 'LATE', client: 'Late', amount: receivable, issued: asOf - 10, due: day + 30 }));
  return buildForecast(invoices, expenses, options({ asOf, days, delayDays: 0 }));
}

type Make = (id: string) => BridgeOption;

/** A KRW catalogue of the made options, named loan-i, line-i and linked-i, with one shared limit `card`. */
export function cardCatalogue(lumps: readonly Make[], lines: readonly Make[], linked: readonly Make[], limit: number): Catalogue {
  return {
    schemaVersion: 1,
    currency: 'KRW',
    jurisdiction: 'KR',
    sharedLimits: [{ id: 'card', limit, used: 0 }],
    options: [...lumps.map((make, i) => make(`loan-${i}`)), ...lines.map((make, i) => make(`line-${i}`)), ...linked.map((make, i) => make(`linked-${i}`))],
  } as Catalogue;
}
