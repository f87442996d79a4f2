import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import { toMajorNumber } from '../domain/money.js';
import type { SimulationResult } from '../forecast/simulation.js';
import type { ScenarioRow } from '../report/cashflow-report.js';
import { rateJson } from './bridge-json.js';

export function scenarioJson(row: ScenarioRow, currency: Currency) {
  return {
    extraDelayDays: row.extraDelayDays,
    firstShortfall: row.firstShortfall === undefined ? null : formatDay(row.firstShortfall),
    lowestBalance: toMajorNumber(row.lowestBalance, currency),
    lowestDate: formatDay(row.lowestDate),
    shortfallCount: row.shortfallCount,
    bridgingCost: toMajorNumber(row.bridgingCost, currency),
    structural: row.structural,
  };
}

export function simulationJson(result: SimulationResult, start: Day, currency: Currency) {
  const money = (minor: number) => toMajorNumber(Math.round(minor), currency);
  return {
    runs: result.runs,
    seed: result.seed,
    nonPaymentProbability: rateJson(result.nonPaymentProbability),
    shortfallProbability: rateJson(result.shortfallProbability),
    lowestBalance: { p10: money(result.lowestBalance.p10), p50: money(result.lowestBalance.p50), p90: money(result.lowestBalance.p90) },
    expectedBridgingCost: money(result.expectedBridgingCost),
    unbridgedProbability: rateJson(result.unbridgedProbability),
    windowFrequency: result.windowFrequency.map(rateJson),
    days: result.dailyShortProbability.map((probability, index) => ({ date: formatDay(start + index), shortProbability: rateJson(probability) })),
  };
}
