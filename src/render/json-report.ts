import type { WindowBridge } from '../bridge/bridge-forecast.js';
import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { Source } from '../domain/types.js';
import type { ForecastReport, LedgerEvent } from '../forecast/forecast-report.js';
import { windowBridgeJson } from './bridge-json.js';
import type { ForecastExtras } from './stress-json.js';
import { scenarioJson, simulationJson } from './stress-json.js';

/** The version of the JSON contract documented in the README; bumped only when a field changes meaning. */
export const JSON_VERSION = 1;

/** The report as the plain JSON value of contract version 1: dates as YYYY-MM-DD, amounts in major units. */
export function forecastJson(report: ForecastReport, bridges: readonly WindowBridge[], extras: ForecastExtras = {}) {
  const { options } = report;
  const money = (minor: Minor) => toMajorNumber(minor, options.currency);
  const day = (value: Day | undefined) => (value === undefined ? null : formatDay(value));
  return {
    version: JSON_VERSION,
    asOf: formatDay(options.asOf),
    currency: options.currency.code,
    horizon: { start: day(report.horizon.start), end: day(report.horizon.end), days: report.horizon.days },
    assumptions: {
      openingBalance: money(options.openingBalance),
      openingBalanceGiven: options.openingBalanceGiven,
      buffer: money(options.buffer),
      delayDays: options.delayDays,
      overdueGraceDays: options.overdueGraceDays,
      minHistory: options.minHistory ?? null,
      extraDelayDays: options.extraDelayDays ?? 0,
    },
    summary: {
      lowestBalance: money(report.summary.lowestBalance),
      lowestDate: day(report.summary.lowestDate),
      firstShortfall: day(report.summary.firstShortfall),
      shortfallCount: report.summary.shortfallCount,
      closingBalance: money(report.summary.closingBalance),
      bridgingCost: money(bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0)),
      skippedRows: options.skippedRows ?? 0,
    },
    events: report.events.map((event) => eventJson(event, options.currency)),
    days: report.days.map((entry) => ({
      date: day(entry.date), inflow: money(entry.inflow), outflow: money(entry.outflow), balance: money(entry.balance),
    })),
    shortfalls: report.shortfalls.map((window, index) => ({
      start: day(window.start), end: day(window.end), days: window.days,
      peakGap: money(window.peakGap), peakDate: day(window.peakDate),
      recovery: day(window.recovery), structural: window.structural,
      ...windowBridgeJson(bridges[index]!, options.currency),
    })),
    scenarios: (extras.scenarios ?? []).map((row) => scenarioJson(row, options.currency)),
    simulation: extras.simulation === undefined ? null : simulationJson(extras.simulation, options.asOf, options.currency),
  };
}

function eventJson(event: LedgerEvent, currency: Currency) {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  // Literal objects (no spread of a shared head): the same key order, built in one step, since a large file
  // has hundreds of thousands of events.
  if (event.kind === 'invoice') {
    return {
      date: formatDay(event.date), kind: event.kind, id: event.id, client: event.client, amount: money(event.amount),
      overdue: event.overdue, assumption: event.assumption, issued: formatDay(event.issued),
      due: event.due === undefined ? null : formatDay(event.due), balance: money(event.balance), source: sourceText(event.source),
      gross: money(event.gross), withheld: money(event.withheld), vat: money(event.vat),
      original: event.original === undefined ? null : {
        amount: toMajorNumber(event.original.amount, currencyOf(event.original.currency)!), currency: event.original.currency,
      },
    };
  }
  if (event.kind === 'tax') {
    return {
      date: formatDay(event.date), kind: event.kind, description: event.description, amount: money(event.amount),
      balance: money(event.balance), invoices: event.invoices,
    };
  }
  return {
    date: formatDay(event.date), kind: event.kind, description: event.description, category: event.category ?? null,
    amount: money(event.amount), balance: money(event.balance), source: sourceText(event.source),
  };
}

export function sourceText(source: Source): string {
  return `${source.file}:${source.line}`;
}

/** The report as one JSON document, ending in a newline. */
export function renderJson(report: ForecastReport, bridges: readonly WindowBridge[], extras: ForecastExtras = {}): string {
  return `${JSON.stringify(forecastJson(report, bridges, extras), null, 2)}\n`;
}
