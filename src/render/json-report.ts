import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { TaxEvent } from '../domain/types.js';
import { DEFAULT_DOUBTFUL_AFTER_DAYS } from '../forecast/doubtful.js';
import type { LedgerEvent } from '../forecast/forecast-report.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { assumptionText } from './assumption-text.js';
import { balanceJson } from './balance-json.js';
import { windowBridgeJson } from './bridge-json.js';
import { learnedAssumptionsJson } from './learned-json.js';
import { jsonSafeText } from './safe-text.js';
import { sourceText } from './source-text.js';
import { scenarioJson, simulationJson } from './stress-json.js';
import { ESTIMATE_NOTE } from './tax-calendar-text.js';

/** The version of the JSON contract documented in the README; bumped only when a field changes meaning. */
export const JSON_VERSION = 1;

/** The report as the plain JSON value of contract version 1: dates as YYYY-MM-DD, amounts in major units. */
export function forecastJson(report: CashflowReport) {
  return documentJson(
    report,
    report.events.map((event) => eventJson(event, report.options.currency)),
  );
}

/** The document with `events` as given: the events themselves, or a marker where renderJsonChunks puts them. */
function documentJson<Events>(report: CashflowReport, events: Events) {
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
      doubtfulAfterDays: options.doubtfulAfterDays ?? DEFAULT_DOUBTFUL_AFTER_DAYS,
      ...balanceJson(report.balance, options.currency),
      ...learnedAssumptionsJson(report, options.currency),
    },
    summary: {
      lowestBalance: money(report.summary.lowestBalance),
      lowestDate: day(report.summary.lowestDate),
      firstShortfall: day(report.summary.firstShortfall),
      shortfallCount: report.summary.shortfallCount,
      closingBalance: money(report.summary.closingBalance),
      bridgingCost: money(report.summary.bridgingCost),
      skippedRows: options.skippedRows ?? 0,
      shortSince: day(report.summary.shortSince),
      safeToSpend: money(report.summary.safeToSpend),
      doubtfulTotal: money(report.summary.doubtfulTotal),
    },
    events,
    days: report.days.map((entry) => ({
      date: day(entry.date),
      inflow: money(entry.inflow),
      outflow: money(entry.outflow),
      balance: money(entry.balance),
    })),
    shortfalls: report.windows.map((window) => ({
      start: day(window.start),
      end: day(window.end),
      days: window.days,
      peakGap: money(window.peakGap),
      peakDate: day(window.peakDate),
      recovery: day(window.recovery),
      structural: window.structural,
      recoversAfterHorizon: day(window.recoversAfterHorizon?.date),
      runRate:
        window.runRate === undefined
          ? null
          : { perMonth: money(window.runRate.perMonth), months: window.runRate.months, from: day(window.runRate.from), to: day(window.runRate.to) },
      ...windowBridgeJson(window, options.currency),
    })),
    scenarios: report.scenarios.map((row) => scenarioJson(row, options.currency)),
    simulation: report.simulation === undefined ? null : simulationJson(report.simulation, report.windows, options.asOf, options.currency),
    doubtful: report.doubtful.map((entry) => ({
      invoice: entry.id,
      client: entry.client,
      amount: money(entry.amount),
      due: day(entry.due),
      daysLate: entry.daysLate,
      reason: entry.reason,
      source: sourceText(entry.source),
    })),
    writtenOff: report.writtenOff.map((entry) => ({ invoice: entry.id, client: entry.client, amount: money(entry.amount), source: sourceText(entry.source) })),
    // Tax calendar estimates an expenses row already stands for: the row is booked, the estimate is not (issue 16).
    taxEstimatesCovered: report.taxCovered.map((entry) => ({
      taxKind: entry.taxKind,
      date: formatDay(entry.date),
      amount: money(entry.amount),
      description: entry.description,
      coveredBy: sourceText(entry.row),
      rowDate: formatDay(entry.rowDate),
    })),
    warnings: report.gaps.map((gap) => ({ kind: gap.kind, message: gap.message })),
  };
}

function eventJson(event: LedgerEvent, currency: Currency) {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  // Literal objects (no spread of a shared head): the same key order, built in one step, since a large file
  // has hundreds of thousands of events.
  if (event.kind === 'invoice') {
    return {
      date: formatDay(event.date),
      kind: event.kind,
      id: event.id,
      client: event.client,
      amount: money(event.amount),
      overdue: event.overdue,
      assumption: assumptionText(event.assumption),
      issued: formatDay(event.issued),
      due: event.due === undefined ? null : formatDay(event.due),
      balance: money(event.balance),
      source: sourceText(event.source),
      gross: money(event.gross),
      withheld: money(event.withheld),
      vat: money(event.vat),
      original:
        event.original === undefined
          ? null
          : {
              amount: toMajorNumber(event.original.amount, currencyOf(event.original.currency)!),
              currency: event.original.currency,
            },
      expectedBy: { basis: event.assumption.basis, days: event.assumption.days, paidCount: event.assumption.paidCount },
    };
  }
  if (event.kind === 'tax') {
    return {
      date: formatDay(event.date),
      kind: event.kind,
      description: event.description,
      amount: money(event.amount),
      balance: money(event.balance),
      invoices: event.invoices,
      ...(event.taxKind === undefined ? {} : taxCalendarJson(event)),
    };
  }
  return {
    date: formatDay(event.date),
    kind: event.kind,
    description: event.description,
    category: event.category ?? null,
    amount: money(event.amount),
    balance: money(event.balance),
    source: sourceText(event.source),
  };
}

/** The report as one JSON document, ending in a newline. */
export function renderJson(report: CashflowReport): string {
  // The pieces are already safe for a terminal: see renderJsonChunks.
  return [...renderJsonChunks(report)].join('');
}

// Stands for the events in the document until they are written. User text before `events` (statement rows, file
// names) could spell the marker too, so it is found with its key: a line of the top level, which no string can start.
const EVENTS_MARKER = '\u0000events\u0000';
const CHUNK_CHARS = 1 << 20;

/**
 * renderJson's text in pieces of about a megabyte, to write as they are made: a file of a million invoices has
 * hundreds of thousands of events, ~70 MB of JSON that would otherwise be built as one string, and the event
 * objects all at once before it. Each event is formatted as JSON.stringify(document, null, 2) formats it inside
 * the document (four spaces in), so the pieces join to the very same text.
 */
export function* renderJsonChunks(report: CashflowReport): Generator<string> {
  const text = JSON.stringify(documentJson(report, EVENTS_MARKER), null, 2);
  const marker = `\n  "events": ${JSON.stringify(EVENTS_MARKER)}`;
  const at = text.indexOf(marker);
  // The pieces of a chunk are kept in an array and joined once: appending to one string builds a rope that
  // jsonSafeText would then flatten, a second copy of every megabyte.
  let pieces: string[] = [`${text.slice(0, at)}\n  "events": `];
  let length = 0;
  if (report.events.length === 0) pieces.push('[]');
  else {
    pieces.push('[');
    for (let index = 0; index < report.events.length; index += 1) {
      const event = report.events[index]!;
      const piece = `${index === 0 ? '' : ','}\n    ${event.kind === 'invoice' ? invoiceEventText(event, report.options.currency) : nestedJson(eventJson(event, report.options.currency))}`;
      pieces.push(piece);
      length += piece.length;
      if (length >= CHUNK_CHARS) {
        yield jsonSafeText(pieces.join(''));
        pieces = [];
        length = 0;
      }
    }
    pieces.push('\n  ]');
  }
  pieces.push(text.slice(at + marker.length), '\n');
  yield jsonSafeText(pieces.join(''));
}

/** A value as JSON.stringify(document, null, 2) writes it four spaces in, as an element of `events`. */
function nestedJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n    ');
}

/**
 * nestedJson(eventJson(event)) of an invoice's event, written directly: the events of a large file are nearly all
 * invoices, and this skips the object and JSON.stringify's indenting (~2 µs an event; test/unit/json-chunks.test.ts
 * holds the two texts to each other). Strings go through JSON.stringify; numbers and booleans print as it prints them.
 */
export function invoiceEventText(event: LedgerEvent & { readonly kind: 'invoice' }, currency: Currency): string {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  const text = JSON.stringify;
  const { original, assumption } = event;
  const originalText =
    original === undefined
      ? 'null'
      : `{\n        "amount": ${toMajorNumber(original.amount, currencyOf(original.currency)!)},\n        "currency": ${text(original.currency)}\n      }`;
  return `{
      "date": "${formatDay(event.date)}",
      "kind": "invoice",
      "id": ${text(event.id)},
      "client": ${text(event.client)},
      "amount": ${money(event.amount)},
      "overdue": ${event.overdue},
      "assumption": ${text(assumptionText(assumption))},
      "issued": "${formatDay(event.issued)}",
      "due": ${event.due === undefined ? 'null' : `"${formatDay(event.due)}"`},
      "balance": ${money(event.balance)},
      "source": ${text(sourceText(event.source))},
      "gross": ${money(event.gross)},
      "withheld": ${money(event.withheld)},
      "vat": ${money(event.vat)},
      "original": ${originalText},
      "expectedBy": {
        "basis": ${text(assumption.basis)},
        "days": ${assumption.days},
        "paidCount": ${assumption.paidCount}
      }
    }`;
}

/** Issue 16: an estimated tax event's kind, its return's due date and its working (won), and what is unconfirmed. */
function taxCalendarJson(event: TaxEvent) {
  return {
    taxKind: event.taxKind,
    dueDate: event.dueDate === undefined ? null : formatDay(event.dueDate),
    working: event.working ?? {},
    unconfirmed: event.unconfirmed ?? [],
    estimate: ESTIMATE_NOTE,
  };
}
