import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { addDays, formatDay } from '../domain/day.js';
import { formatMoney, groupThousands, minor } from '../domain/money.js';
import type { Lang } from '../i18n/lang.js';
import { STRESS } from '../i18n/messages/stress.js';
import type { CashflowReport, ScenarioRow } from '../report/cashflow-report.js';
import { PIPED_WIDTH, plainTable, trimLineEnds } from './plain-table.js';
import { windowOddsNote } from './window-odds-note.js';
import { paragraphFor, wrapProse } from './wrap-prose.js';

/** A row with a window no loan is proposed for (structural, or likely covered) never reads as free bridging. */
function bridgingCell(row: ScenarioRow, currency: Currency, lang: Lang): string {
  if (row.unplannedWindows === 0) return formatMoney(row.bridgingCost, currency);
  return row.bridgingCost === 0 ? STRESS[lang].noLoan() : `${formatMoney(row.bridgingCost, currency)}+`;
}

/** The stress scenarios and the simulation as text, when the user asked for them. */
export function stressLines(report: CashflowReport, chalk: ChalkInstance, lang: Lang = 'en', columns = PIPED_WIDTH): string[] {
  const { currency } = report.options;
  const start = report.horizon.start;
  const { windows } = report;
  const text = STRESS[lang];
  const lines: string[] = [];
  if (report.scenarios.length > 0) {
    const table = plainTable([...text.headings()], [7, 12, 13, 11, 8, 9, 11], ['left', 'left', 'right', 'left', 'right', 'right', 'left'], chalk, columns);
    for (const row of report.scenarios) {
      table.push([
        text.later(row.extraDelayDays),
        row.firstShortfall === undefined ? text.none() : formatDay(row.firstShortfall),
        formatMoney(row.lowestBalance, currency),
        formatDay(row.lowestDate),
        String(row.shortfallCount),
        bridgingCell(row, currency, lang),
        row.structural ? chalk.red(text.yes()) : text.no(),
      ]);
    }
    lines.push('', chalk.bold(text.scenariosTitle()), trimLineEnds(table.toString()));
    if (report.scenarios.some((row) => row.unplannedWindows > 0)) {
      const legend = text.noLoanNote().map((line) => line.trimStart());
      lines.push(...wrapProse(paragraphFor(legend, ' ', columns), columns, 0));
    }
  }
  const { simulation } = report;
  if (simulation !== undefined) {
    // The odds are prose: broken for the terminal's width like a plan's lines.
    const odds: string[] = [];
    const pct = text.percent;
    const money = (value: number) => formatMoney(minor(Math.round(value)), currency);
    odds.push('', chalk.bold(text.oddsTitle(groupThousands(String(simulation.runs)), simulation.seed)));
    odds.push(text.chanceShort(pct(simulation.shortfallProbability)));
    const { p10, p50, p90 } = simulation.lowestBalance;
    odds.push(text.lowestBands([p10, p50, p90].map(money).join(' / ')));
    odds.push(text.expectedCost(money(simulation.expectedBridgingCost)));
    if (simulation.unbridgedProbability > 0) odds.push(text.beyondLines(pct(simulation.unbridgedProbability)));
    odds.push(text.neverPays(pct(simulation.nonPaymentProbability)));
    windows.forEach((window, index) => {
      odds.push(text.windowOdds(window.start, window.end, pct(simulation.windowFrequency[index] ?? 0)));
      const note = windowOddsNote(simulation, index, window, lang);
      // Broken here with no hanging indent, as a paragraph under its window; the lines then fit as they are.
      if (note !== undefined) odds.push(...wrapProse([`   ${note}`], columns, 0));
    });
    const riskiest = simulation.dailyShortProbability
      .map((probability, index) => ({ probability, index }))
      .filter((day) => day.probability > 0)
      .sort((a, b) => b.probability - a.probability || a.index - b.index)
      .slice(0, 2);
    if (riskiest.length > 0) odds.push(text.mostOftenShort(riskiest.map((day) => [addDays(start, day.index), pct(day.probability)] as const)));
    lines.push(...wrapProse(odds, columns));
  }
  return lines;
}
