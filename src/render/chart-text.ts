import * as asciichart from 'asciichart';
import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import { formatMoney, minor } from '../domain/money.js';
import type { Lang } from '../i18n/lang.js';
import { CHART } from '../i18n/messages/chart.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import type { RenderStyle } from './render-style.js';
import { roundScale } from './round-scale.js';

/** Band of the simulation to draw around the balance: 10th and 90th percentile of each day's balance. */
export interface ChartBand {
  readonly p10: readonly number[];
  readonly p90: readonly number[];
}

/** Daily values squeezed into `columns` points, keeping each bucket's lowest value so no dip is lost. */
function fit(values: readonly number[], columns: number, pick: (bucket: number[]) => number = (bucket) => Math.min(...bucket)): number[] {
  if (values.length <= columns) return [...values];
  return Array.from({ length: columns }, (_, column) => {
    const from = Math.floor((column * values.length) / columns);
    const to = Math.floor(((column + 1) * values.length) / columns);
    return pick(values.slice(from, Math.max(to, from + 1)));
  });
}

// At most this many steps between the lowest and the highest label: about the height the chart always had.
const ROWS = 16;
// Marks the zero row's label: asciichart's own ┼ also marks where each line starts, so it cannot tell 0 apart.
const ZERO = '▸';

/** The escape code that starts a chalk colour, for asciichart's `colors`; undefined when colour is off. */
function colourCode(paint: (text: string) => string): string | undefined {
  const code = paint('\0').split('\0')[0];
  return code === '' ? undefined : code;
}

/**
 * The daily balance as a terminal line chart (asciichart): the balance as a step line (flat for a day, a vertical
 * jump where it changes), the buffer as a second line, and the simulated p10–p90 when given, each its own colour on a
 * terminal with a legend naming them; y labels on round steps, 0 among them and marked ▸; the
 * shortfall windows marked with ^ under the days they cover. `style.columns` is the terminal's width (80 piped).
 */
export function renderTextChart(report: CashflowReport, style: Pick<RenderStyle, 'chalk' | 'columns'> & { readonly lang?: Lang }): string {
  const { chalk } = style;
  const band = report.simulation?.band;
  const { currency, buffer } = report.options;
  const label = (value: number) => formatMoney(minor(Math.round(value)), currency);
  const scale = roundScale([...report.days.map((day) => day.balance), buffer, ...(band?.p10 ?? []), ...(band?.p90 ?? [])], ROWS);
  const labelWidth = Math.max(label(scale.low).length, label(scale.high).length, ZERO.length + label(0).length) + 1;
  const columns = Math.max(10, style.columns - labelWidth - 3);
  const balances = fit(
    report.days.map((day) => day.balance),
    columns,
  );
  // Drawn in this order, each over the ones before: the balance last, so the buffer never hides it.
  const series: number[][] = [balances.map(() => buffer)];
  const paints: Array<(text: string) => string> = [chalk.red];
  if (band !== undefined) {
    series.push(
      fit(band.p10, columns),
      fit(band.p90, columns, (bucket) => Math.max(...bucket)),
    );
    paints.push(chalk.gray, chalk.gray);
  }
  series.push(balances);
  paints.push(chalk.blue);
  const colors = paints.map(colourCode);
  const plot = asciichart.plot(series, {
    min: scale.low,
    max: scale.high,
    height: scale.rows,
    format: (value: number) => {
      const round = Math.round(value / scale.step) * scale.step;
      return (round === 0 ? `${ZERO}${label(0)}` : label(round)).padStart(labelWidth);
    },
    ...(colors.every((code) => code !== undefined) ? { colors: colors as string[] } : {}),
  });
  const offset = plot.split('\n')[0]!.search(/[┤┼]/) + 1;
  const marks = Array.from({ length: balances.length }, (_, column) => {
    const day = report.horizon.start + Math.floor((column * report.days.length) / balances.length);
    return report.windows.some((window) => day >= window.start && day <= window.end) ? '^' : ' ';
  }).join('');
  const axis = `${formatDay(report.horizon.start)}${' '.repeat(Math.max(1, balances.length - 20))}${formatDay(report.horizon.end)}`;
  const legend = legendText(chalk, label(buffer), band !== undefined, style.lang ?? 'en');
  return `${plot}\n${' '.repeat(offset)}${chalk.red(marks.trimEnd())}\n${' '.repeat(offset)}${axis}\n${' '.repeat(offset)}${legend}\n`;
}

function legendText(chalk: ChalkInstance, buffer: string, band: boolean, lang: Lang): string {
  const text = CHART[lang];
  const items = [`${chalk.blue('──')} ${text.balance()}`, `${chalk.red('──')} ${text.buffer(buffer)}`];
  if (band) items.push(`${chalk.gray('──')} ${text.simulatedBand()}`);
  return `${items.join('  ')}  ${ZERO} ${text.zero()}  ${chalk.red('^')} ${text.short()}`;
}
