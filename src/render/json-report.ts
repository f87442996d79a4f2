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
import { doubtfulText, invoiceEventText, JsonTexts, writtenOffText } from './json-texts.js';
import { learnedAssumptionsJson } from './learned-json.js';
import { jsonSafeText } from './safe-text.js';
import { sourceText } from './source-text.js';
import { scenarioJson, simulationJson } from './stress-json.js';
import { ESTIMATE_NOTE } from './tax-calendar-text.js';

/** The version of the JSON contract documented in the README; bumped only when a field changes meaning. */
export const JSON_VERSION = 1;

/** The report as the plain JSON value of contract version 1: dates as YYYY-MM-DD, amounts in major units. */
export function forecastJson(report: CashflowReport) {
  const money = (minor: Minor) => toMajorNumber(minor, report.options.currency);
  return documentJson(report, {
    events: report.events.map((event) => eventJson(event, report.options.currency)),
    doubtful: report.doubtful.map((entry) => ({
      invoice: entry.id,
      client: entry.client,
      amount: money(entry.amount),
      due: entry.due === undefined ? null : formatDay(entry.due),
      daysLate: entry.daysLate,
      reason: entry.reason,
      source: sourceText(entry.source),
    })),
    writtenOff: report.writtenOff.map((entry) => ({ invoice: entry.id, client: entry.client, amount: money(entry.amount), source: sourceText(entry.source) })),
  });
}

/** The document's long lists: the values themselves, or markers where renderJsonChunks writes them. */
interface Lists<Events, Doubtful, WrittenOff> {
  readonly events: Events;
  readonly doubtful: Doubtful;
  readonly writtenOff: WrittenOff;
}

/** The document with its long lists as given. */
function documentJson<Events, Doubtful, WrittenOff>(report: CashflowReport, lists: Lists<Events, Doubtful, WrittenOff>) {
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
    events: lists.events,
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
    doubtful: lists.doubtful,
    writtenOff: lists.writtenOff,
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

// json-texts.ts writes an invoice event, and the doubtful and written-off lists, as text directly: keep its field
// lists in step with these (test/unit/invoice-event-json.test.ts and json-chunks.test.ts hold the two to each other).
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

// Stand for the long lists in the document until they are written. User text before them (statement rows, file
// names) could spell a marker too, so each is found with its key: a line of the top level, which no string can start.
const markerOf = (key: string) => `\u0000${key}\u0000`;
const CHUNK_CHARS = 1 << 20;

/** Pieces of text gathered into one chunk of about CHUNK_CHARS, made safe for a terminal when it is taken. */
class Chunk {
  // Kept in an array and joined once: appending to one string builds a rope that jsonSafeText would then flatten,
  // a second copy of every megabyte.
  #pieces: string[] = [];
  #length = 0;

  add(piece: string): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
  }

  get full(): boolean {
    return this.#length >= CHUNK_CHARS;
  }

  take(): string {
    const text = jsonSafeText(this.#pieces.join(''));
    this.#pieces = [];
    this.#length = 0;
    return text;
  }
}

/**
 * renderJson's text in pieces of about a megabyte, to write as they are made: a file of a million invoices has
 * hundreds of thousands of events and tens of thousands of doubtful invoices, ~110 MB of JSON that would otherwise
 * be built as one string, and their objects all at once before it. Each element of the long lists is written as
 * JSON.stringify(document, null, 2) writes it inside the document (four spaces in), so the pieces join to the very
 * same text.
 */
export function* renderJsonChunks(report: CashflowReport): Generator<string> {
  const { currency } = report.options;
  const texts = new JsonTexts();
  const text = JSON.stringify(
    documentJson(report, { events: markerOf('events'), doubtful: markerOf('doubtful'), writtenOff: markerOf('writtenOff') }),
    null,
    2,
  );
  const chunk = new Chunk();
  let from = 0;
  // Each list in the order of the document: the text before its marker, then the list in its place.
  function* list<Item>(key: string, items: readonly Item[], write: (item: Item) => string): Generator<string> {
    const head = `\n  ${JSON.stringify(key)}: `;
    const marker = `${head}${JSON.stringify(markerOf(key))}`;
    const at = text.indexOf(marker, from);
    chunk.add(text.slice(from, at));
    chunk.add(head);
    from = at + marker.length;
    if (items.length === 0) {
      chunk.add('[]');
      return;
    }
    chunk.add('[');
    for (let index = 0; index < items.length; index += 1) {
      chunk.add(index === 0 ? '\n    ' : ',\n    ');
      chunk.add(write(items[index]!));
      if (chunk.full) yield chunk.take();
    }
    chunk.add('\n  ]');
  }
  yield* list('events', report.events, (event) =>
    event.kind === 'invoice' ? invoiceEventText(event, currency, texts) : nestedJson(eventJson(event, currency)),
  );
  yield* list('doubtful', report.doubtful, (entry) => doubtfulText(entry, currency, texts));
  yield* list('writtenOff', report.writtenOff, (entry) => writtenOffText(entry, currency, texts));
  chunk.add(text.slice(from));
  chunk.add('\n');
  yield chunk.take();
}

/** A value as JSON.stringify(document, null, 2) writes it four spaces in, as an element of `events`. */
function nestedJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n    ');
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
