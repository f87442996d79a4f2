import { stringify } from 'csv-stringify/sync';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { minor, toMajorNumber } from '../domain/money.js';
import type { Lang } from '../i18n/lang.js';
import { FORECAST_CSV } from '../i18n/messages/forecast-csv.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { safeText } from './safe-text.js';
import { sourceText } from './source-text.js';

// A formula's first character, after any leading whitespace: = + - @ (OWASP CSV injection) and their full-width
// and small forms (＝＋－＠ ﹦﹢﹣﹫), which East Asian input methods type and spreadsheets may fold into the ASCII ones.
// Leading spaces do not make a cell safe: LibreOffice's import can trim them ("Trim spaces"). A quote too many
// costs a character; a formula run costs much more. (Tabs and carriage returns are escaped by safeText first.)
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

/**
 * A text cell made inert: control and invisible characters escaped as on a terminal (see safe-text), and a cell
 * that could start a formula prefixed with a single quote, so Excel and Sheets show it as text instead of running
 * it. Numbers are written as numbers and left alone.
 */
export function inertCell(text: string): string {
  const safe = safeText(text);
  return FORMULA_START.test(safe) ? `'${safe}` : safe;
}

/**
 * The byte-order mark that --bom puts before a CSV (or journal): Excel reads a CSV as UTF-8 only with it, and Korean
 * Excel shows one without it as mojibake. Off by default: scripts expect plain UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

/** The forecast as CSV: one row per day (date, inflow, outflow, balance, shortfall), or per cash event. */
export function renderCsv(report: CashflowReport, events: boolean, headingLang: Lang = 'en'): string {
  return stringify(csvRecords(report, events, headingLang));
}

// csv-stringify writes each record on its own, so records stringified in groups join to the one text.
const RECORDS_PER_PIECE = 10_000;

/** renderCsv's text in pieces of 10,000 records, to write as they are made: joined, renderCsv's text. */
export function* renderCsvChunks(report: CashflowReport, events: boolean, headingLang: Lang = 'en'): Generator<string> {
  const records = csvRecords(report, events, headingLang);
  for (let from = 0; from < records.length; from += RECORDS_PER_PIECE) yield stringify(records.slice(from, from + RECORDS_PER_PIECE));
}

function csvRecords(report: CashflowReport, events: boolean, headingLang: Lang): Array<Array<string | number>> {
  const { currency, buffer } = report.options;
  const money = (amount: Minor) => toMajorNumber(amount, currency);
  if (!events) {
    return [
      [...FORECAST_CSV[headingLang].dayHeadings()],
      ...report.days.map((day) => [
        formatDay(day.date),
        money(day.inflow),
        money(day.outflow),
        money(day.balance),
        money(minor(Math.max(0, buffer - day.balance))),
      ]),
    ];
  }
  return [
    [...FORECAST_CSV[headingLang].eventHeadings()],
    ...report.events.map((event) => [
      formatDay(event.date),
      event.kind,
      inertCell(event.kind === 'invoice' ? event.id : ''),
      // A tax the forecast names itself is worded in the headings' language; the user's own words stay as written.
      inertCell(event.kind === 'invoice' ? event.client : event.kind === 'tax' ? taxWordText(headingLang, event.name, event.description) : event.description),
      inertCell(event.kind === 'expense' ? (event.category ?? '') : ''),
      money(event.amount),
      money(event.balance),
      inertCell(event.kind === 'tax' ? event.invoices.join(' ') : sourceText(event.source)),
    ]),
  ];
}
