import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import { isEverydayShare } from '../forecast/everyday-share.js';
import type { LedgerEvent } from '../forecast/forecast-report.js';
import { say } from '../i18n/catalogue.js';
import { padToWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import { FORECAST_TABLE } from '../i18n/messages/forecast-table.js';
import { REPORT_GAPS } from '../i18n/messages/report-gaps.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { balanceOrigin } from './balance-lines.js';
import { bridgeLines } from './bridge-table.js';
import { caughtUpText } from './caught-up-text.js';
import { everydayRow, learnedLines } from './learned-lines.js';
import { openWindowLines, recoversCell } from './open-window-text.js';
import { plainTable, plainTableChunks, plainTableText, trimLineEnds } from './plain-table.js';
import type { RenderStyle } from './render-style.js';
import { safeText } from './safe-text.js';
import { stressLines } from './stress-table.js';
import { taxCalendarLines } from './tax-calendar-text.js';
import { paragraphFor, wrapProse } from './wrap-prose.js';

type TableStyle = Pick<RenderStyle, 'chalk' | 'daily' | 'columns'> & { readonly lang?: Lang };

/** The arguments of one plainTable: its headings, widths, alignments and rows. */
interface LongTable {
  readonly head: string[];
  readonly colWidths: number[];
  readonly aligns: Array<'left' | 'right'>;
  readonly rows: string[][];
}

/** The report's text in three parts: the lines before the long table (events or days), the table, the lines after. */
interface TableParts {
  readonly before: string[];
  readonly table: LongTable | undefined;
  readonly after: string[];
}

/** The report as text for a person: summary, shortfall windows, then the cash events (or every day). */
export function renderTable(report: CashflowReport, style: TableStyle): string {
  const { before, table, after } = tableParts(report, style);
  const lines = [...before];
  if (table !== undefined) lines.push(plainTableText(table.head, table.colWidths, table.aligns, style.chalk, table.rows, style.columns));
  lines.push(...after);
  return `${trimLineEnds(lines.join('\n'))}\n`;
}

/**
 * renderTable's text in pieces to write as they are made: a file of a million invoices has ~200,000 events, whose
 * table would otherwise be built as one string of tens of megabytes (see plainTableChunks). Joined, the pieces are
 * renderTable's text.
 */
export function* renderTableChunks(report: CashflowReport, style: TableStyle): Generator<string> {
  const { before, table, after } = tableParts(report, style);
  if (table === undefined) {
    yield `${trimLineEnds([...before, ...after].join('\n'))}\n`;
    return;
  }
  // Every piece ends at a line's end, so trimming each trims the whole.
  yield trimLineEnds(before.length === 0 ? '' : `${before.join('\n')}\n`);
  for (const piece of plainTableChunks(table.head, table.colWidths, table.aligns, style.chalk, table.rows, style.columns)) yield trimLineEnds(piece);
  yield `${trimLineEnds(after.map((line) => `\n${line}`).join(''))}\n`;
}

function tableParts(report: CashflowReport, style: TableStyle): TableParts {
  const { chalk, columns } = style;
  const lang = style.lang ?? 'en';
  const { currency } = report.options;
  const money = (minor: Minor) => (minor < 0 ? chalk.red(formatMoney(minor, currency)) : formatMoney(minor, currency));
  const lines: string[] = [];
  lines.push(chalk.bold(FORECAST_TABLE[lang].title(currency.code, report.horizon.start, report.horizon.end, report.horizon.days)));
  lines.push('');
  lines.push(...summaryLines(report, money, chalk, lang));
  lines.push('');
  lines.push(...caughtUpLines(report, money, chalk, columns, lang));
  lines.push(...learnedLines(report, chalk, lang));
  lines.push(...shortfallLines(report, chalk, columns, lang));
  lines.push(...wrapProse(bridgeLines(report.windows, currency, chalk, lang, report.options.asOf, columns), columns));
  lines.push(...stressLines(report, chalk, lang, columns));
  lines.push('');
  const long = style.daily ? dailyTable(report, money, chalk, lang) : eventTable(report, money, chalk, currency, lang);
  lines.push(...long.lines);
  return { before: lines, table: long.table, after: taxCalendarLines(report, chalk, lang) };
}

/** The summary's label column, in display cells. */
const SUMMARY_LABEL = 18;

function summaryLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, lang: Lang): string[] {
  const { summary, options } = report;
  const text = FORECAST_TABLE[lang];
  const opening = options.openingBalanceGiven ? money(options.openingBalance) : `${money(options.openingBalance)} ${chalk.yellow(text.assumedOpening())}`;
  const since = summary.shortSince === undefined ? '' : ` ${chalk.yellow(text.shortSince(summary.shortSince))}`;
  const rows: Array<[string, string]> = [
    [text.safeToSpendLabel(), safeToSpendText(report, money, lang)],
    [text.openingLabel(), opening],
    [text.lowestLabel(), text.lowestOn(money(summary.lowestBalance), summary.lowestDate)],
    [text.firstShortfallLabel(), summary.firstShortfall === undefined ? text.none() : `${chalk.red(formatDay(summary.firstShortfall))}${since}`],
    [text.windowsLabel(), String(summary.shortfallCount)],
    [text.closingLabel(), money(summary.closingBalance)],
  ];
  if (options.buffer !== 0) rows.splice(1, 0, [text.bufferLabel(), money(options.buffer)]);
  const { balance } = report;
  if (balance.dated) {
    const age = balance.stale ? chalk.yellow(text.balanceStale(balance.ageDays, balance.maxAgeDays)) : text.balanceAge(balance.ageDays);
    rows.splice(1, 0, [text.balanceLabel(), text.balanceValue(money(balance.amount), balanceOrigin(balance, lang), age)]);
  }
  const settled = [
    ...balance.paidByStatement.paid.map((entry) => text.paidFromBank(safeText(entry.invoice), entry.paidOn)),
    ...balance.paidByStatement.partial.map((entry) => text.partPaidFromBank(safeText(entry.invoice), money(entry.remaining))),
  ];
  if (settled.length > 0) rows.push([text.fromBankLabel(), settled.join('; ')]);
  const everyday = everydayRow(report, lang);
  if (everyday !== undefined) rows.push(everyday);
  rows.push(...doubtfulRows(report, money, lang));
  for (const gap of report.gaps) rows.push([text.expensesLabel(), chalk.yellow(say(REPORT_GAPS, lang, gap.reason))]);
  if ((options.skippedRows ?? 0) > 0) rows.push([text.skippedLabel(), chalk.yellow(text.skippedRows(options.skippedRows ?? 0))]);
  // The label column's 18 cells are display cells: a Hangul label takes two a letter.
  return rows.map(([label, value]) => ` ${padToWidth(label, SUMMARY_LABEL)}${value}`);
}

/** The invoices the forecast does not count on, with their money, so a gap they leave is never silent. */
function doubtfulRows(report: CashflowReport, money: (minor: Minor) => string, lang: Lang): Array<[string, string]> {
  const text = FORECAST_TABLE[lang];
  const rows: Array<[string, string]> = [];
  if (report.doubtful.length > 0) {
    const each = report.doubtful.map(
      (entry) =>
        `${safeText(entry.id)} ${safeText(entry.client)} ${money(entry.amount)} (${entry.reason === 'disputed' ? text.disputed() : text.daysLate(entry.daysLate)})`,
    );
    rows.push([text.doubtfulLabel(), text.doubtfulValue(money(report.summary.doubtfulTotal), each)]);
  }
  if (report.writtenOff.length > 0) {
    const each = report.writtenOff.map((entry) => `${safeText(entry.id)} ${safeText(entry.client)} ${money(entry.amount)}`);
    rows.push([text.writtenOffLabel(), text.writtenOffValue(each)]);
  }
  return rows;
}

/** Today's safe-to-spend figure and what bounds it: the shortfall ahead, or the horizon's lowest day. */
function safeToSpendText(report: CashflowReport, money: (minor: Minor) => string, lang: Lang): string {
  const { summary } = report;
  const text = FORECAST_TABLE[lang];
  if (summary.firstShortfall !== undefined) return text.safeShortAhead(money(summary.safeToSpend));
  return text.safeLowest(money(summary.safeToSpend), report.options.buffer !== 0, summary.lowestDate);
}

/** The movements between the balance's day and as-of that the opening balance includes. */
function caughtUpLines(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, width: number, lang: Lang): string[] {
  const { caughtUp } = report.balance;
  if (caughtUp.length === 0) return [];
  const text = FORECAST_TABLE[lang];
  const { currency } = report.options;
  const rows = caughtUp.map((event) => [
    formatDay(event.date),
    signed(event.amount, currency, chalk),
    money(event.balance),
    `${safeText(caughtUpText(event))} ${event.assumed ? chalk.yellow(text.assumed()) : text.bank()}`,
  ]);
  const table = plainTableText([...text.eventHeadings()], [11, 14, 14, 37], ['left', 'right', 'right', 'left'], chalk, rows, width);
  return [chalk.bold(text.caughtUpTitle(report.options.asOf, caughtUp.length)), table, ''];
}

function shortfallLines(report: CashflowReport, chalk: ChalkInstance, width: number, lang: Lang): string[] {
  const { currency, asOf } = report.options;
  const text = FORECAST_TABLE[lang];
  if (report.windows.length === 0) return [chalk.bold(text.windowsTitle()), ...wrapProse([text.noWindows(report.horizon.days)], width)];
  const windows = plainTable([...text.windowHeadings()], [11, 11, 5, 15, 11, 20], ['left', 'left', 'right', 'right', 'left', 'left'], chalk, width);
  for (const window of report.windows) {
    windows.push([
      formatDay(window.start),
      formatDay(window.end),
      String(window.days),
      chalk.red(formatMoney(window.peakGap, currency)),
      formatDay(window.peakDate),
      window.structural ? chalk.red(recoversCell(window, lang)) : recoversCell(window, lang),
    ]);
  }
  const lines = [chalk.bold(text.windowsTitle()), windows.toString()];
  // A window's note is one paragraph, broken for the width under the table.
  for (const window of report.windows) {
    const note = openWindowLines(window, currency, lang, asOf);
    lines.push(...wrapProse(paragraphFor(note, ' ', width), width, 0));
  }
  return lines;
}

function eventTable(
  report: CashflowReport,
  money: (minor: Minor) => string,
  chalk: ChalkInstance,
  currency: Currency,
  lang: Lang,
): { lines: string[]; table?: LongTable } {
  const text = FORECAST_TABLE[lang];
  if (report.events.length === 0) return { lines: [chalk.bold(text.noEventsTitle()), text.noEvents()] };
  const rows = report.events.map((event) => [formatDay(event.date), signed(event.amount, currency, chalk), money(event.balance), describe(event, chalk, lang)]);
  return {
    lines: [chalk.bold(text.eventsTitle(report.events.length))],
    table: { head: [...text.eventHeadings()], colWidths: [11, 14, 14, 37], aligns: ['left', 'right', 'right', 'left'], rows },
  };
}

function dailyTable(report: CashflowReport, money: (minor: Minor) => string, chalk: ChalkInstance, lang: Lang): { lines: string[]; table: LongTable } {
  const text = FORECAST_TABLE[lang];
  const { currency, buffer } = report.options;
  const rows = report.days.map((day) => [
    formatDay(day.date),
    day.inflow === 0 ? '' : formatMoney(day.inflow, currency),
    day.outflow === 0 ? '' : formatMoney(day.outflow, currency),
    money(day.balance),
    day.balance < buffer ? chalk.red(text.short()) : '',
  ]);
  return {
    lines: [chalk.bold(text.dailyTitle(report.days.length))],
    table: { head: [...text.dailyHeadings(), ''], colWidths: [11, 15, 15, 15, 8], aligns: ['left', 'right', 'right', 'right', 'left'], rows },
  };
}

function signed(amount: Minor, currency: Currency, chalk: ChalkInstance): string {
  const text = formatMoney(amount, currency);
  return amount < 0 ? text : chalk.green(`+${text}`);
}

function describe(event: LedgerEvent, chalk: ChalkInstance, lang: Lang): string {
  const words = FORECAST_TABLE[lang];
  if (event.kind === 'invoice') {
    const learned = event.assumption.paidCount > 0 ? words.learnedDays(event.assumption.days) : '';
    const text = `${safeText(event.id)} ${safeText(event.client)}${learned}`;
    return event.overdue ? `${text} ${chalk.yellow(words.overdue())}` : text;
  }
  if (event.kind === 'tax' && event.taxKind !== undefined) return `${taxWordText(lang, event.name, event.description)} ${words.estimate()}`;
  if (event.kind === 'tax') return `${taxWordText(lang, event.name, event.description)} ${words.taxInvoices(event.invoices.length)}`;
  if (isEverydayShare(event)) return words.everydayEvent();
  return event.category === undefined ? safeText(event.description) : `${safeText(event.description)} · ${safeText(event.category)}`;
}
