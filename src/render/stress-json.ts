import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { addDays, formatDay } from '../domain/day.js';
import { minor, toMajorNumber } from '../domain/money.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import type { SimulationResult } from '../forecast/simulation.js';
import type { ScenarioRow } from '../report/cashflow-report.js';
import { rateJson } from './bridge-json.js';
import { windowOddsNote } from './window-odds-note.js';

export function scenarioJson(row: ScenarioRow, currency: Currency) {
  return {
    extraDelayDays: row.extraDelayDays,
    firstShortfall: row.firstShortfall === undefined ? null : formatDay(row.firstShortfall),
    lowestBalance: toMajorNumber(row.lowestBalance, currency),
    lowestDate: formatDay(row.lowestDate),
    shortfallCount: row.shortfallCount,
    bridgingCost: toMajorNumber(row.bridgingCost, currency),
    structural: row.structural,
    unplannedWindows: row.unplannedWindows,
  };
}

export function simulationJson(result: SimulationResult, windows: ReadonlyArray<Pick<ShortfallWindow, 'end'>>, start: Day, currency: Currency) {
  // The simulation's averages and percentiles are doubles: rounded half up to the minor unit for JSON.
  const money = (value: number) => toMajorNumber(minor(Math.round(value)), currency);
  return {
    runs: result.runs,
    seed: result.seed,
    nonPaymentProbability: rateJson(result.nonPaymentProbability),
    shortfallProbability: rateJson(result.shortfallProbability),
    lowestBalance: { p10: money(result.lowestBalance.p10), p50: money(result.lowestBalance.p50), p90: money(result.lowestBalance.p90) },
    expectedBridgingCost: money(result.expectedBridgingCost),
    unbridgedProbability: rateJson(result.unbridgedProbability),
    windowFrequency: result.windowFrequency.map(rateJson),
    windowNotes: windows.map((window, index) => windowOddsNote(result, index, window) ?? null),
    days: result.dailyShortProbability.map((probability, index) => ({ date: formatDay(addDays(start, index)), shortProbability: rateJson(probability) })),
  };
}
