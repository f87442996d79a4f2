import { addDays, formatDay } from '../domain/day.js';
import { formatMoney, minor } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';

const WIDTH = 900;
const HEIGHT = 360;
const MARGIN = { left: 110, right: 20, top: 30, bottom: 50 };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The same chart as a standalone SVG: the balance line, the buffer line, the simulated p10–p90 band when given,
 * shortfall windows shaded, and labelled axes with dates and currency. One <path> per series.
 */
export function renderSvgChart(report: CashflowReport): string {
  const band = report.simulation?.band;
  const { currency, buffer } = report.options;
  const values = [...report.days.map((day) => day.balance), buffer, ...(band?.p10 ?? []), ...(band?.p90 ?? [])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) => MARGIN.left + (report.days.length === 1 ? 0 : (index * plotWidth) / (report.days.length - 1));
  const y = (value: number) => MARGIN.top + ((high - value) * plotHeight) / span;
  const line = (points: readonly number[]) => points.map((value, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const parts: string[] = [];
  for (const window of report.windows) {
    const from = x(window.start - report.horizon.start);
    const to = x(window.end - report.horizon.start);
    parts.push(
      `<rect class="shortfall" x="${from.toFixed(1)}" y="${MARGIN.top}" width="${Math.max(2, to - from).toFixed(1)}" height="${plotHeight}" fill="#f8d7da"><title>short ${formatDay(window.start)} – ${formatDay(window.end)}</title></rect>`,
    );
  }
  if (band !== undefined) {
    const upper = band.p90.map((value, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
    const lower = [...band.p10]
      .reverse()
      .map((value, index) => `L${x(band.p10.length - 1 - index).toFixed(1)},${y(value).toFixed(1)}`)
      .join(' ');
    parts.push(`<path class="band" d="${upper} ${lower} Z" fill="#cfe2ff" stroke="none"/>`);
  }
  parts.push(`<path class="buffer" d="${line(report.days.map(() => buffer))}" fill="none" stroke="#dc3545" stroke-dasharray="6 4"/>`);
  parts.push(`<path class="balance" d="${line(report.days.map((day) => day.balance))}" fill="none" stroke="#0d6efd" stroke-width="2"/>`);
  const ticks = [low, (low + high) / 2, high].map(
    (value) =>
      `<text x="${MARGIN.left - 8}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${escapeXml(formatMoney(minor(Math.round(value)), currency))}</text>`,
  );
  const dates = [0, Math.floor((report.days.length - 1) / 2), report.days.length - 1].map(
    (index) =>
      `<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 20}" text-anchor="middle">${formatDay(addDays(report.horizon.start, index))}</text>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">
<title>Cash-flow forecast ${formatDay(report.horizon.start)} – ${formatDay(report.horizon.end)} (${currency.code})</title>
<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>
${parts.join('\n')}
<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>
<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>
${ticks.join('\n')}
${dates.join('\n')}
<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle">date</text>
<text x="14" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">balance (${currency.code})</text>
</svg>
`;
}
