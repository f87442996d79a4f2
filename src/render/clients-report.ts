import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import type { Spread } from '../forecast/client-history.js';
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
export function renderClients(report: CashflowReport, chalk: ChalkInstance, width?: number): string {
  const table = plainTable(
    ['Client', 'Paid', 'Days to pay', 'Days late', 'Open', 'Overdue', 'Uses'],
    [14, 5, 17, 15, 5, 8, 14],
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    chalk,
    width,
  );
  for (const history of report.clients) {
    table.push([
      safeText(history.client),
      String(history.paidCount),
      spreadText(history.daysToPaySpread),
      spreadText(history.latenessSpread),
      String(history.open),
      history.overdue > 0 ? chalk.yellow(String(history.overdue)) : '0',
      history.learnedDelayDays === undefined ? 'default' : `history ${history.learnedDelayDays} d`,
    ]);
  }
  return (
    `${chalk.bold(`How your clients pay (as of ${formatDay(report.options.asOf)})`)}\n${trimLineEnds(table.toString())}\n` +
    ` Days: median / 80th percentile / max over paid invoices; to pay = paid − issued,\n` +
    ` late = paid − due.` +
    '\n' +
    ` Clients with ${report.options.minHistory} or more paid invoices are forecast with their own median.\n`
  );
}
