import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import type { LedgerEvent } from '../forecast/forecast-report.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { balanceOrigin } from './balance-lines.js';
import { bridgeLines } from './bridge-table.js';
import { caughtUpText } from './caught-up-text.js';
import { everydayRow, learnedLines } from './learned-lines.js';
import { openWindowLines, recoversCell } from './open-window-text.js';
import { plainTable, plainTableText, trimLineEnds } from './plain-table.js';
import type { RenderStyle } from './render-style.js';
import { safeText } from './safe-text.js';
import { stressLines } from './stress-table.js';
import { taxCalendarLines } from './tax-calendar-text.js';

/** The report as text for a person: summary, shortfall windows, then the cash events (or every day). */
export function renderTable(report: CashflowReport, style: Pick<RenderStyle, 'chalk' | 'daily' | 'columns'>): string {
  const { chalk, columns } = style;
  const { currency } = report.options;
  const money = (minor: Minor) => (minor < 0 ? chalk.red(formatMoney(minor, currency)) : formatMoney(minor, currency));
  const lines: string[] = [];
  lines.push(
    chalk.bold(`Cash-flow forecast · ${currency.code} · ${formatDay(report.horizon.start)} → ${formatDay(report.horizon.end)} (${report.horizon.days} days)`),
  );
  lines.push('');
  lines.push(...summaryLines(report, money, chalk));
  lines.push('');
  lines.push(...caughtUpLines(report, money, chalk, columns));
  lines.push(...learnedLines(report, chalk));
  lines.push(...shortfallLines(report, chalk, columns));
  lines.push(...bridgeLines(report.windows, currency, chalk));
  lines.push(...stressLines(report, chalk));
  lines.push('');
  lines.push(...(style.daily ? dailyLines(report, money, chalk, columns) : eventLines(report, money, chalk, currency, columns)));
  lines.push(...taxCalendarLines(report, chalk));
  return `${trimLineEnds(lines.join('\n'))}\n`;
}

function summaryLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance): string[] {
  const { summary, options } = report;
  const opening = options.openingBalanceGiven
    ? money(options.openingBalance)
    : `${money(options.openingBalance)} ${chalk.yellow('(assumed: no --balance given)')}`;
  const since = summary.shortSince === undefined ? '' : ` ${chalk.yellow(`(short since ${formatDay(summary.shortSince)}, caught up)`)}`;
  const rows: Array<[string, string]> = [
    ['Safe to spend', safeToSpendText(report, money)],
    ['Opening balance', opening],
    ['Lowest balance', `${money(summary.lowestBalance)} on ${formatDay(summary.lowestDate)}`],
    ['First shortfall', summary.firstShortfall === undefined ? 'none' : `${chalk.red(formatDay(summary.firstShortfall))}${since}`],
    ['Shortfall windows', String(summary.shortfallCount)],
    ['Closing balance', money(summary.closingBalance)],
  ];
  if (options.buffer !== 0) rows.splice(1, 0, ['Buffer', money(options.buffer)]);
  const { balance } = report;
  if (balance.dated) {
    const age = `${balance.ageDays} day${balance.ageDays === 1 ? '' : 's'} old`;
    rows.splice(1, 0, [
      'Balance',
      `${money(balance.amount)} (${balanceOrigin(balance)}), ${balance.stale ? chalk.yellow(`${age}: stale, more than ${balance.maxAgeDays}`) : age}`,
    ]);
  }
  const settled = [
    ...balance.paidByStatement.paid.map((entry) => `${safeText(entry.invoice)} paid ${formatDay(entry.paidOn)}`),
    ...balance.paidByStatement.partial.map((entry) => `${safeText(entry.invoice)} part paid (${money(entry.remaining)} open)`),
  ];
  if (settled.length > 0) rows.push(['From the bank', settled.join('; ')]);
  const everyday = everydayRow(report);
  if (everyday !== undefined) rows.push(everyday);
  rows.push(...doubtfulRows(report, money));
  for (const gap of report.gaps) rows.push(['Expenses', chalk.yellow(gap.message)]);
  if ((options.skippedRows ?? 0) > 0) rows.push(['Skipped rows', chalk.yellow(`${options.skippedRows} (see the warnings; this forecast leaves them out)`)]);
  return rows.map(([label, value]) => ` ${label.padEnd(18)}${value}`);
}

/** The invoices the forecast does not count on, with their money, so a gap they leave is never silent. */
function doubtfulRows(report: CashflowReport, money: (minor: Minor) => string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  if (report.doubtful.length > 0) {
    const each = report.doubtful.map(
      (entry) =>
        `${safeText(entry.id)} ${safeText(entry.client)} ${money(entry.amount)} (${entry.reason === 'disputed' ? 'disputed' : `${entry.daysLate} days late`})`,
    );
    rows.push(['Doubtful', `${money(report.summary.doubtfulTotal)} not counted as cash: ${each.join('; ')}`]);
  }
  if (report.writtenOff.length > 0) {
    rows.push([
      'Written off',
      `${report.writtenOff.map((entry) => `${safeText(entry.id)} ${safeText(entry.client)} ${money(entry.amount)}`).join('; ')} (not expected)`,
    ]);
  }
  return rows;
}

/** Today's safe-to-spend figure and what bounds it: the shortfall ahead, or the horizon's lowest day. */
function safeToSpendText(report: CashflowReport, money: (minor: Minor) => string): string {
  const { summary } = report;
  if (summary.firstShortfall !== undefined) return `${money(summary.safeToSpend)} today: a shortfall lies ahead`;
  const buffer = report.options.buffer === 0 ? '' : ' less the buffer';
  return `${money(summary.safeToSpend)} today (the lowest balance${buffer}, ${formatDay(summary.lowestDate)})`;
}

/** The movements between the balance's day and as-of that the opening balance includes. */
function caughtUpLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, width: number): string[] {
  const { caughtUp } = report.balance;
  if (caughtUp.length === 0) return [];
  const { currency } = report.options;
  const rows = caughtUp.map((event) => [
    formatDay(event.date),
    signed(event.amount, currency, chalk),
    money(event.balance),
    `${safeText(caughtUpText(event))} ${event.assumed ? chalk.yellow('(assumed)') : '(bank)'}`,
  ]);
  const table = plainTableText(['Date', 'Amount', 'Balance', 'What'], [11, 14, 14, 37], ['left', 'right', 'right', 'left'], chalk, rows, width);
  return [chalk.bold(`Caught up to ${formatDay(report.options.asOf)} (${caughtUp.length}): in the opening balance`), table, ''];
}

function shortfallLines(report: CashflowReport, chalk: ChalkInstance, width: number): string[] {
  const { currency } = report.options;
  if (report.windows.length === 0) {
    return [chalk.bold('Shortfall windows'), ` none: the balance stays at or above the buffer for all ${report.horizon.days} days`];
  }
  const windows = plainTable(
    ['From', 'To', 'Days', 'Peak gap', 'Peak date', 'Recovers'],
    [11, 11, 5, 15, 11, 20],
    ['left', 'left', 'right', 'right', 'left', 'left'],
    chalk,
    width,
  );
  for (const window of report.windows) {
    windows.push([
      formatDay(window.start),
      formatDay(window.end),
      String(window.days),
      chalk.red(formatMoney(window.peakGap, currency)),
      formatDay(window.peakDate),
      window.structural ? chalk.red(recoversCell(window)) : recoversCell(window),
    ]);
  }
  const lines = [chalk.bold('Shortfall windows'), windows.toString()];
  for (const window of report.windows) lines.push(...openWindowLines(window, currency).map((line) => ` ${line}`));
  return lines;
}

function eventLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, currency: Currency, width: number): string[] {
  if (report.events.length === 0) return [chalk.bold('Cash events'), ' none in the horizon'];
  const rows = report.events.map((event) => [formatDay(event.date), signed(event.amount, currency, chalk), money(event.balance), describe(event, chalk)]);
  const events = plainTableText(['Date', 'Amount', 'Balance', 'What'], [11, 14, 14, 37], ['left', 'right', 'right', 'left'], chalk, rows, width);
  return [chalk.bold(`Cash events (${report.events.length})`), events];
}

function dailyLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, width: number): string[] {
  const { currency, buffer } = report.options;
  const rows = report.days.map((day) => [
    formatDay(day.date),
    day.inflow === 0 ? '' : formatMoney(day.inflow, currency),
    day.outflow === 0 ? '' : formatMoney(day.outflow, currency),
    money(day.balance),
    day.balance < buffer ? chalk.red('short') : '',
  ]);
  const days = plainTableText(['Date', 'In', 'Out', 'Balance', ''], [11, 15, 15, 15, 8], ['left', 'right', 'right', 'right', 'left'], chalk, rows, width);
  return [chalk.bold(`Every day (${report.days.length})`), days];
}

function signed(amount: Minor, currency: Currency, chalk: ChalkInstance): string {
  const text = formatMoney(amount, currency);
  return amount < 0 ? text : chalk.green(`+${text}`);
}

function describe(event: LedgerEvent, chalk: ChalkInstance): string {
  if (event.kind === 'invoice') {
    const learned = event.assumption.paidCount > 0 ? ` · ${event.assumption.days} d` : '';
    const text = `${safeText(event.id)} ${safeText(event.client)}${learned}`;
    return event.overdue ? `${text} ${chalk.yellow('(overdue)')}` : text;
  }
  if (event.kind === 'tax' && event.taxKind !== undefined) return `${event.description} (estimate)`;
  if (event.kind === 'tax') return `${event.description} (${event.invoices.length} invoice${event.invoices.length === 1 ? '' : 's'})`;
  return event.category === undefined ? safeText(event.description) : `${safeText(event.description)} · ${safeText(event.category)}`;
}
