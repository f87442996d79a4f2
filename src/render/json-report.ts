import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { Source } from '../domain/types.js';
import type { ForecastReport, LedgerEvent } from '../forecast/forecast-report.js';

/** The version of the JSON contract documented in the README; bumped only when a field changes meaning. */
export const JSON_VERSION = 1;

/** The report as the plain JSON value of contract version 1: dates as YYYY-MM-DD, amounts in major units. */
export function forecastJson(report: ForecastReport) {
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
    },
    summary: {
      lowestBalance: money(report.summary.lowestBalance),
      lowestDate: day(report.summary.lowestDate),
      firstShortfall: day(report.summary.firstShortfall),
      shortfallCount: report.summary.shortfallCount,
      closingBalance: money(report.summary.closingBalance),
    },
    events: report.events.map((event) => eventJson(event, options.currency)),
    days: report.days.map((entry) => ({
      date: day(entry.date), inflow: money(entry.inflow), outflow: money(entry.outflow), balance: money(entry.balance),
    })),
    shortfalls: report.shortfalls.map((window) => ({
      start: day(window.start), end: day(window.end), days: window.days,
      peakGap: money(window.peakGap), peakDate: day(window.peakDate),
      recovery: day(window.recovery), structural: window.structural,
    })),
  };
}

function eventJson(event: LedgerEvent, currency: Currency) {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  const common = { date: formatDay(event.date), kind: event.kind };
  if (event.kind === 'invoice') {
    return {
      ...common, id: event.id, client: event.client, amount: money(event.amount), overdue: event.overdue,
      issued: formatDay(event.issued), due: event.due === undefined ? null : formatDay(event.due),
      balance: money(event.balance), source: sourceText(event.source),
    };
  }
  return {
    ...common, description: event.description, category: event.category ?? null, amount: money(event.amount),
    balance: money(event.balance), source: sourceText(event.source),
  };
}

export function sourceText(source: Source): string {
  return `${source.file}:${source.line}`;
}

/** The report as one JSON document, ending in a newline. */
export function renderJson(report: ForecastReport): string {
  return `${JSON.stringify(forecastJson(report), null, 2)}\n`;
}
