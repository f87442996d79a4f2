import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { addDays, formatDay } from '../domain/day.js';
import { formatMoney, groupThousands, minor } from '../domain/money.js';
import type { CashflowReport, ScenarioRow } from '../report/cashflow-report.js';
import { plainTable, trimLineEnds } from './plain-table.js';
import { windowOddsNote, wrapWords } from './window-odds-note.js';

/** A row with a window no loan is proposed for (structural, or likely covered) never reads as free bridging. */
function bridgingCell(row: ScenarioRow, currency: Currency): string {
  if (row.unplannedWindows === 0) return formatMoney(row.bridgingCost, currency);
  return row.bridgingCost === 0 ? 'no loan' : `${formatMoney(row.bridgingCost, currency)}+`;
}

/** The stress scenarios and the simulation as text, when the user asked for them. */
export function stressLines(report: CashflowReport, chalk: ChalkInstance): string[] {
  const { currency } = report.options;
  const start = report.horizon.start;
  const { windows } = report;
  const lines: string[] = [];
  if (report.scenarios.length > 0) {
    const table = plainTable(
      ['Later', 'First short', 'Lowest', 'on', 'Windows', 'Bridging', 'Structural'],
      [7, 12, 13, 11, 8, 9, 11],
      ['left', 'left', 'right', 'left', 'right', 'right', 'left'],
      chalk,
    );
    for (const row of report.scenarios) {
      table.push([
        `+${row.extraDelayDays} d`,
        row.firstShortfall === undefined ? 'none' : formatDay(row.firstShortfall),
        formatMoney(row.lowestBalance, currency),
        formatDay(row.lowestDate),
        String(row.shortfallCount),
        bridgingCell(row, currency),
        row.structural ? chalk.red('yes') : 'no',
      ]);
    }
    lines.push('', chalk.bold('If clients pay later than expected'), trimLineEnds(table.toString()));
    if (report.scenarios.some((row) => row.unplannedWindows > 0)) {
      lines.push(' no loan: a window no loan is proposed for (structural, or likely covered by work not yet');
      lines.push(" invoiced); + : the other windows' bridging only");
    }
  }
  const { simulation } = report;
  if (simulation !== undefined) {
    const pct = (p: number) => `${(p * 100).toFixed(1)} %`;
    lines.push('', chalk.bold(`The odds, over ${groupThousands(String(simulation.runs))} simulated runs (seed ${simulation.seed})`));
    lines.push(` Chance of running short        ${pct(simulation.shortfallProbability)}`);
    lines.push(
      ` Lowest balance p10 / p50 / p90 ${[simulation.lowestBalance.p10, simulation.lowestBalance.p50, simulation.lowestBalance.p90].map((v) => formatMoney(minor(Math.round(v)), currency)).join(' / ')}`,
    );
    lines.push(` Expected cost of bridging      ${formatMoney(minor(Math.round(simulation.expectedBridgingCost)), currency)} (with your revolving lines)`);
    if (simulation.unbridgedProbability > 0)
      lines.push(` Short beyond the lines         ${pct(simulation.unbridgedProbability)} of runs (or never recovering)`);
    lines.push(` An invoice never pays          ${pct(simulation.nonPaymentProbability)} (learned from old unpaid invoices)`);
    windows.forEach((window, index) => {
      lines.push(` Window ${formatDay(window.start)} → ${formatDay(window.end)} happens in ${pct(simulation.windowFrequency[index] ?? 0)} of runs`);
      const note = windowOddsNote(simulation, index, window);
      if (note !== undefined) lines.push(...wrapWords(note, 76).map((line) => `   ${line}`));
    });
    const riskiest = simulation.dailyShortProbability
      .map((probability, index) => ({ probability, index }))
      .filter((day) => day.probability > 0)
      .sort((a, b) => b.probability - a.probability || a.index - b.index)
      .slice(0, 2);
    if (riskiest.length > 0) {
      lines.push(` Most often short: ${riskiest.map((day) => `${formatDay(addDays(start, day.index))} (${pct(day.probability)})`).join(', ')}`);
    }
  }
  return lines;
}
