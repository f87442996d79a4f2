import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { addDays, formatDay } from '../domain/day.js';
import { formatMoney, groupThousands, minor } from '../domain/money.js';
import { displayWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import { STRESS } from '../i18n/messages/stress.js';
import type { CashflowReport, ScenarioRow } from '../report/cashflow-report.js';
import { plainTable, trimLineEnds } from './plain-table.js';
import { windowOddsNote, wrapWords } from './window-odds-note.js';

/** A row with a window no loan is proposed for (structural, or likely covered) never reads as free bridging. */
function bridgingCell(row: ScenarioRow, currency: Currency, lang: Lang): string {
  if (row.unplannedWindows === 0) return formatMoney(row.bridgingCost, currency);
  return row.bridgingCost === 0 ? STRESS[lang].noLoan() : `${formatMoney(row.bridgingCost, currency)}+`;
}

/** The stress scenarios and the simulation as text, when the user asked for them. */
export function stressLines(report: CashflowReport, chalk: ChalkInstance, lang: Lang = 'en'): string[] {
  const { currency } = report.options;
  const start = report.horizon.start;
  const { windows } = report;
  const text = STRESS[lang];
  const lines: string[] = [];
  if (report.scenarios.length > 0) {
    const table = plainTable([...text.headings()], [7, 12, 13, 11, 8, 9, 11], ['left', 'left', 'right', 'left', 'right', 'right', 'left'], chalk);
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
    if (report.scenarios.some((row) => row.unplannedWindows > 0)) lines.push(...text.noLoanNote());
  }
  const { simulation } = report;
  if (simulation !== undefined) {
    const pct = text.percent;
    const money = (value: number) => formatMoney(minor(Math.round(value)), currency);
    lines.push('', chalk.bold(text.oddsTitle(groupThousands(String(simulation.runs)), simulation.seed)));
    lines.push(text.chanceShort(pct(simulation.shortfallProbability)));
    const { p10, p50, p90 } = simulation.lowestBalance;
    lines.push(text.lowestBands([p10, p50, p90].map(money).join(' / ')));
    lines.push(text.expectedCost(money(simulation.expectedBridgingCost)));
    if (simulation.unbridgedProbability > 0) lines.push(text.beyondLines(pct(simulation.unbridgedProbability)));
    lines.push(text.neverPays(pct(simulation.nonPaymentProbability)));
    const measure = lang === 'en' ? undefined : displayWidth;
    windows.forEach((window, index) => {
      lines.push(text.windowOdds(window.start, window.end, pct(simulation.windowFrequency[index] ?? 0)));
      const note = windowOddsNote(simulation, index, window, lang);
      if (note !== undefined) lines.push(...wrapWords(note, 76, measure).map((line) => `   ${line}`));
    });
    const riskiest = simulation.dailyShortProbability
      .map((probability, index) => ({ probability, index }))
      .filter((day) => day.probability > 0)
      .sort((a, b) => b.probability - a.probability || a.index - b.index)
      .slice(0, 2);
    if (riskiest.length > 0) lines.push(text.mostOftenShort(riskiest.map((day) => [addDays(start, day.index), pct(day.probability)] as const)));
  }
  return lines;
}
