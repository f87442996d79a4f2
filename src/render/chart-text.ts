import * as asciichart from 'asciichart';
import { formatDay } from '../domain/day.js';
import { formatMoney, minor } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';

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

/**
 * The daily balance as a terminal line chart (asciichart) with the buffer as a second line and the shortfall
 * windows marked with ^ under the days they cover; `width` is the terminal's (80 when not a terminal).
 */
export function renderTextChart(report: CashflowReport, width: number): string {
  const band = report.simulation?.band;
  const { currency, buffer } = report.options;
  const label = (value: number) => formatMoney(minor(Math.round(value)), currency);
  const labelWidth = Math.max(...report.days.map((day) => label(day.balance).length), label(buffer).length) + 1;
  const columns = Math.max(10, width - labelWidth - 3);
  const balances = fit(
    report.days.map((day) => day.balance),
    columns,
  );
  const series = [balances, balances.map(() => buffer)];
  if (band !== undefined)
    series.push(
      fit(band.p10, columns),
      fit(band.p90, columns, (bucket) => Math.max(...bucket)),
    );
  const plot = asciichart.plot(series, {
    height: 12,
    format: (value: number) => label(value).padStart(labelWidth),
  });
  const offset = plot.split('\n')[0]!.search(/[┤┼]/) + 1;
  const marks = Array.from({ length: balances.length }, (_, column) => {
    const day = report.horizon.start + Math.floor((column * report.days.length) / balances.length);
    return report.windows.some((window) => day >= window.start && day <= window.end) ? '^' : ' ';
  }).join('');
  const axis = `${formatDay(report.horizon.start)}${' '.repeat(Math.max(1, balances.length - 20))}${formatDay(report.horizon.end)}`;
  const legend = `balance, buffer ${label(buffer)}${band === undefined ? '' : ', simulated p10–p90'}; ^ marks shortfall days`;
  return `${plot}\n${' '.repeat(offset)}${marks.trimEnd()}\n${' '.repeat(offset)}${axis}\n${' '.repeat(offset)}${legend}\n`;
}
