import type { FeasibleQuote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { LedgerEvent } from '../forecast/forecast-report.js';
import type { Lang } from '../i18n/lang.js';
import { localName } from '../i18n/messages/option-names.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import { WORKBOOK } from '../i18n/messages/workbook.js';
import { sheetjs } from '../read/sheetjs.js';
import type { CashflowReport, ReportWindow } from '../report/cashflow-report.js';
import { rateJson } from './bridge-json.js';
import { openWindowNote } from './open-window-text.js';
import { sourceText } from './source-text.js';
import type { SheetValue } from './xlsx-cells.js';
import { countValue, dateValue, flagValue, moneyValue, rateValue, textValue } from './xlsx-cells.js';
import type { ReportSheet } from './xlsx-sheet.js';
import { worksheetOf } from './xlsx-sheet.js';

/**
 * The report as an xlsx workbook: sheets Days (one row per horizon day), Events (one per cash event) and Windows
 * (one per part of each shortfall window's plan, and its next best). Pure: the bytes, for the caller to write.
 * Made in one piece in memory (SheetJS CE does not stream xlsx).
 */
export function renderXlsx(report: CashflowReport, lang: Lang = 'en'): Uint8Array {
  const xlsx = sheetjs();
  const book = xlsx.utils.book_new();
  for (const sheet of [daysSheet(report, lang), eventsSheet(report, lang), windowsSheet(report, lang)])
    xlsx.utils.book_append_sheet(book, worksheetOf(sheet), sheet.name);
  // Shared strings, as Excel itself writes text; compressed, as every xlsx is.
  return xlsx.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Uint8Array;
}

/** The days as the CSV has them, with each day's opening balance and whether it ends below the buffer or zero. */
export function daysSheet(report: CashflowReport, lang: Lang = 'en'): ReportSheet {
  const { currency, buffer, openingBalance } = report.options;
  const money = (amount: number) => moneyValue(minor(amount), currency);
  return {
    name: WORKBOOK[lang].daysSheet(),
    headers: WORKBOOK[lang].daysHeadings(),
    rows: report.days.map((day, index) => [
      dateValue(day.date),
      money(index === 0 ? openingBalance : report.days[index - 1]!.balance),
      money(day.inflow),
      money(day.outflow),
      money(day.balance),
      money(Math.max(0, buffer - day.balance)),
      flagValue(day.balance < buffer),
      flagValue(day.balance < 0),
    ]),
  };
}

/** Every cash event with the balance after it; an invoice's tax split, its original currency and why it is expected then. */
export function eventsSheet(report: CashflowReport, lang: Lang = 'en'): ReportSheet {
  const { currency } = report.options;
  return {
    name: WORKBOOK[lang].eventsSheet(),
    headers: WORKBOOK[lang].eventsHeadings(),
    rows: report.events.map((event) => [
      dateValue(event.date),
      textValue(event.kind),
      textValue(event.kind === 'invoice' ? event.id : event.kind === 'tax' ? taxWordText(lang, event.name, event.description) : event.description),
      textValue(event.kind === 'invoice' ? event.client : undefined),
      textValue(event.kind === 'expense' ? event.category : undefined),
      moneyValue(event.amount, currency),
      moneyValue(event.balance, currency),
      ...invoiceCells(event, currency),
      textValue(event.kind === 'tax' ? event.invoices.join(' ') : sourceText(event.source)),
    ]),
  };
}

/** gross … expected-by cells: an invoice's, or empty for an expense or a tax payment. */
function invoiceCells(event: LedgerEvent, currency: Currency): SheetValue[] {
  if (event.kind !== 'invoice') return new Array<SheetValue>(9).fill(undefined);
  const { original, assumption } = event;
  const originalCurrency = original === undefined ? undefined : currencyOf(original.currency);
  return [
    moneyValue(event.gross, currency),
    moneyValue(event.withheld, currency),
    moneyValue(event.vat, currency),
    original === undefined || originalCurrency === undefined ? undefined : moneyValue(original.amount, originalCurrency),
    textValue(original?.currency),
    flagValue(event.overdue),
    textValue(assumption.basis),
    countValue(assumption.days),
    countValue(assumption.paidCount),
  ];
}

/** One row per part of each window's plan, then its next best; a window without a plan gets one row saying why. */
export function windowsSheet(report: CashflowReport, lang: Lang = 'en'): ReportSheet {
  return {
    name: WORKBOOK[lang].windowsSheet(),
    headers: WORKBOOK[lang].windowsHeadings(),
    rows: report.windows.flatMap((window) => windowRows(report, window, lang)),
  };
}

function windowRows(report: CashflowReport, window: ReportWindow, lang: Lang): SheetValue[][] {
  const words = WORKBOOK[lang];
  const { currency } = report.options;
  const { need, plan, nextBest } = window.bridging;
  const head: SheetValue[] = [
    dateValue(window.start),
    dateValue(window.end),
    countValue(window.days),
    moneyValue(report.days[window.peakDate - report.horizon.start]?.balance, currency),
    dateValue(window.peakDate),
    moneyValue(need?.peak ?? window.peakGap, currency),
    dateValue(need?.end ?? window.end),
    flagValue(window.structural),
    moneyValue(plan?.totalCost, currency),
    moneyValue(plan?.residualGap, currency),
  ];
  const part = (label: string, quote: FeasibleQuote): SheetValue[] => [
    ...head,
    textValue(label),
    textValue(quote.option.id),
    textValue(localName(quote.option, lang) ?? quote.option.name.en),
    textValue(quote.invoiceId),
    moneyValue(quote.principal, currency),
    moneyValue(quote.cashReceived, currency),
    dateValue(quote.drawDate),
    dateValue(quote.repayDate),
    moneyValue(quote.cost, currency),
    rateValue(rateJson(quote.apr)),
    rateValue(rateJson(quote.ear)),
  ];
  const rows = (plan?.parts ?? []).map((quote) => part(words.planPart(), quote));
  if (nextBest !== undefined) rows.push(part(words.nextBest(), nextBest));
  if (rows.length === 0) rows.push([...head, textValue(noPlanText(window, currency, lang, report.options.asOf))]);
  return rows;
}

/**
 * Why a window has no plan, in the sheet's one cell: a window still open on the last day says what the report
 * says of it (recovers after the horizon, likely covered by work not yet invoiced, structural), others "no plan".
 */
function noPlanText(window: ReportWindow, currency: Currency, lang: Lang, asOf: Day): string {
  const note = openWindowNote(window, currency, lang, asOf);
  if (window.structural) return WORKBOOK[lang].structural(note);
  return note ?? WORKBOOK[lang].noPlan();
}
