import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Expense, Invoice } from '../domain/types.js';
import { buildForecast } from '../forecast/forecast-report.js';
import type { ForecastOptions } from '../forecast/options.js';
import type { BridgeSettings } from './bridge-forecast.js';
import { bridgeForecast } from './bridge-forecast.js';

/** One stress scenario: the whole forecast with every open invoice paid `extraDelayDays` later. */
export interface ScenarioRow {
  readonly extraDelayDays: number;
  readonly firstShortfall: Day | undefined;
  readonly lowestBalance: Minor;
  readonly lowestDate: Day;
  readonly shortfallCount: number;
  /** Money paid by the cheapest plans of all its windows. */
  readonly bridgingCost: Minor;
  readonly structural: boolean;
}

/** Runs the forecast and its bridging once per extra delay; each row is exactly that separate forecast. */
export function stressScenarios(
  invoices: readonly Invoice[], expenses: readonly Expense[], options: ForecastOptions, settings: BridgeSettings, extraDelays: readonly number[],
): ScenarioRow[] {
  return extraDelays.map((extraDelayDays) => {
    const report = buildForecast(invoices, expenses, { ...options, extraDelayDays });
    const bridges = bridgeForecast(report, settings);
    return {
      extraDelayDays,
      firstShortfall: report.summary.firstShortfall,
      lowestBalance: report.summary.lowestBalance,
      lowestDate: report.summary.lowestDate,
      shortfallCount: report.summary.shortfallCount,
      bridgingCost: bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0),
      structural: report.shortfalls.some((window) => window.structural),
    };
  });
}
