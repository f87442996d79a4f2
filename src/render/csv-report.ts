import { stringify } from 'csv-stringify/sync';
import { formatDay } from '../domain/day.js';
import { toMajorNumber } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { sourceText } from './source-text.js';

/**
 * A text cell made inert for spreadsheets (OWASP CSV injection): a cell that begins with = + - @, a tab or a
 * carriage return is prefixed with a single quote, so Excel and Sheets show it as text instead of running it.
 * Numbers are written as numbers and left alone.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The forecast as CSV: one row per day (date, inflow, outflow, balance, shortfall), or per cash event. */
export function renderCsv(report: CashflowReport, events: boolean): string {
  const { currency, buffer } = report.options;
  const money = (minor: number) => toMajorNumber(minor, currency);
  if (!events) {
    return stringify([
      ['date', 'inflow', 'outflow', 'balance', 'shortfall'],
      ...report.days.map((day) => [formatDay(day.date), money(day.inflow), money(day.outflow), money(day.balance), money(Math.max(0, buffer - day.balance))]),
    ]);
  }
  return stringify([
    ['date', 'kind', 'id', 'who', 'category', 'amount', 'balance', 'source'],
    ...report.events.map((event) => [
      formatDay(event.date), event.kind,
      inertCell(event.kind === 'invoice' ? event.id : ''),
      inertCell(event.kind === 'invoice' ? event.client : event.description),
      inertCell(event.kind === 'expense' ? event.category ?? '' : ''),
      money(event.amount), money(event.balance),
      inertCell(event.kind === 'tax' ? event.invoices.join(' ') : sourceText(event.source)),
    ]),
  ]);
}
