import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import type { Spread } from '../forecast/client-history.js';
import type { Lang } from '../i18n/lang.js';
import { CLIENTS } from '../i18n/messages/clients.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { plainTable, trimLineEnds } from './plain-table.js';
import { safeText } from './safe-text.js';

/** Days rounded to one decimal (a median of an even count can fall between two days). */
function days(value: number): number {
  return Math.round(value * 10) / 10;
}

function spreadJson(spread: Spread | undefined) {
  return spread === undefined ? null : { median: days(spread.median), p80: days(spread.p80), max: spread.max };
}

/** `cashflow clients --json`: every client's history and the delay the forecast learns from it. */
export function clientsJson(report: CashflowReport) {
  return {
    version: 1,
    asOf: formatDay(report.options.asOf),
    minHistory: report.options.minHistory ?? null,
    clients: report.clients.map((history) => ({
      client: history.client,
      paidCount: history.paidCount,
      daysToPay: spreadJson(history.daysToPaySpread),
      lateness: spreadJson(history.latenessSpread),
      open: history.open,
      overdue: history.overdue,
      learnedDelayDays: history.learnedDelayDays ?? null,
    })),
  };
}

function spreadText(spread: Spread | undefined): string {
  return spread === undefined ? '—' : `${days(spread.median)} / ${days(spread.p80)} / ${spread.max}`;
}

/** The clients table: paid count, days to pay and lateness as median / 80th percentile / max, open and overdue. */
export function renderClients(report: CashflowReport, chalk: ChalkInstance, lang: Lang = 'en', width?: number): string {
  const text = CLIENTS[lang];
  const table = plainTable([...text.headings()], [14, 5, 17, 15, 5, 8, 14], ['left', 'right', 'right', 'right', 'right', 'right', 'left'], chalk, width);
  for (const history of report.clients) {
    table.push([
      safeText(history.client),
      String(history.paidCount),
      spreadText(history.daysToPaySpread),
      spreadText(history.latenessSpread),
      String(history.open),
      history.overdue > 0 ? chalk.yellow(String(history.overdue)) : '0',
      history.learnedDelayDays === undefined ? text.usesDefault() : text.usesHistory(history.learnedDelayDays),
    ]);
  }
  const notes = text.notes(report.options.minHistory).map((note) => ` ${note}\n`);
  return `${chalk.bold(text.title(report.options.asOf))}\n${trimLineEnds(table.toString())}\n${notes.join('')}`;
}
