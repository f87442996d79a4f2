import { addDays, formatDay } from '../domain/day.js';
import { formatMoney, minor } from '../domain/money.js';
import { displayWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import { CHART } from '../i18n/messages/chart.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { roundScale } from './round-scale.js';

const WIDTH = 900;
const HEIGHT = 380;
const MARGIN = { left: 110, right: 30, top: 50, bottom: 50 };
const FONT_SIZE = 12;
// A generous width of one character of the 12 px sans-serif labels, to keep every label inside the picture.
const CHAR_WIDTH = 7.5;
// A one-day shortfall is never narrower than this, so it shows at any horizon.
const MIN_SHORTFALL_WIDTH = 4;
const COLOURS = { balance: '#0d6efd', buffer: '#dc3545', band: '#cfe2ff', shortfall: '#f8d7da' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Each day holds its closing balance from its start to the next day's: a step path, flat within a day. */
function stepPath(values: readonly number[], x: (index: number) => number, y: (value: number) => number): string {
  return values
    .map((value, index) => `${index === 0 ? `M${x(0).toFixed(1)},${y(value).toFixed(1)}` : `V${y(value).toFixed(1)}`} H${x(index + 1).toFixed(1)}`)
    .join(' ');
}

/** The legend across the top: a swatch and a name per series shown. */
function legend(items: ReadonlyArray<{ readonly name: string; readonly swatch: (at: number) => string }>): string {
  let at = MARGIN.left;
  const parts = items.map((item) => {
    const text = `<g class="legend-item">${item.swatch(at)}<text x="${at + 26}" y="${MARGIN.top - 16}">${escapeXml(item.name)}</text></g>`;
    // Hangul is about twice a Latin letter's width: the display width spaces the legend.
    at += 26 + displayWidth(item.name) * CHAR_WIDTH + 24;
    return text;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

/**
 * The chart as a standalone SVG: the balance as a step line (a day holds its closing balance), the buffer line, the
 * simulated p10–p90 band when given, shortfall windows shaded (a one-day window too), a legend, y labels on round
 * steps with 0 among them, and date labels kept inside the picture. One <path> per series.
 */
export function renderSvgChart(report: CashflowReport, lang: Lang = 'en'): string {
  const text = CHART[lang];
  const band = report.simulation?.band;
  const { currency, buffer } = report.options;
  const balances = report.days.map((day) => day.balance);
  const scale = roundScale([...balances, buffer, ...(band?.p10 ?? []), ...(band?.p90 ?? [])], 8);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const dayWidth = plotWidth / report.days.length;
  const x = (index: number) => MARGIN.left + index * dayWidth;
  const y = (value: number) => MARGIN.top + ((scale.high - value) * plotHeight) / (scale.high - scale.low);
  const parts: string[] = [];
  for (const window of report.windows) {
    const from = x(window.start - report.horizon.start);
    const width = Math.max(MIN_SHORTFALL_WIDTH, (window.end - window.start + 1) * dayWidth);
    parts.push(
      `<rect class="shortfall" x="${from.toFixed(1)}" y="${MARGIN.top}" width="${width.toFixed(1)}" height="${plotHeight}" fill="${COLOURS.shortfall}"><title>${escapeXml(text.shortWindow(window.start, window.end))}</title></rect>`,
    );
  }
  if (band !== undefined) {
    const upper = stepPath(band.p90, x, y);
    const lower = [...band.p10.keys()]
      .reverse()
      .map((index) => `H${x(index + 1).toFixed(1)} V${y(band.p10[index]!).toFixed(1)} H${x(index).toFixed(1)}`)
      .join(' ');
    parts.push(`<path class="band" d="${upper} ${lower} Z" fill="${COLOURS.band}" stroke="none"/>`);
  }
  parts.push(`<line class="zero" x1="${MARGIN.left}" y1="${y(0).toFixed(1)}" x2="${WIDTH - MARGIN.right}" y2="${y(0).toFixed(1)}" stroke="#888"/>`);
  parts.push(
    `<path class="buffer" d="${stepPath(
      balances.map(() => buffer),
      x,
      y,
    )}" fill="none" stroke="${COLOURS.buffer}" stroke-dasharray="6 4"/>`,
  );
  parts.push(`<path class="balance" d="${stepPath(balances, x, y)}" fill="none" stroke="${COLOURS.balance}" stroke-width="2"/>`);
  const ticks = Array.from({ length: scale.rows + 1 }, (_, step) => scale.low + step * scale.step).map(
    (value) =>
      `<text class="y-label" x="${MARGIN.left - 8}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end"${value === 0 ? ' font-weight="bold"' : ''}>${escapeXml(formatMoney(minor(value), currency))}</text>`,
  );
  const last = report.days.length - 1;
  // The first label starts at its day and the last ends at its day, so neither runs off the picture.
  const dates = [
    { index: 0, anchor: 'start', at: x(0) },
    { index: Math.floor(last / 2), anchor: 'middle', at: x(Math.floor(last / 2) + 0.5) },
    { index: last, anchor: 'end', at: x(last + 1) },
  ].map(
    (date) =>
      `<text class="x-label" x="${date.at.toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 20}" text-anchor="${date.anchor}">${formatDay(addDays(report.horizon.start, date.index))}</text>`,
  );
  const top = MARGIN.top - 20;
  const stroke = (colour: string, extra: string) => (at: number) => `<line x1="${at}" y1="${top}" x2="${at + 20}" y2="${top}" stroke="${colour}" ${extra}/>`;
  const swatch = (colour: string) => (at: number) => `<rect x="${at}" y="${top - 6}" width="20" height="12" fill="${colour}"/>`;
  const items = [
    { name: text.balance(), swatch: stroke(COLOURS.balance, 'stroke-width="2"') },
    { name: text.buffer(formatMoney(buffer, currency)), swatch: stroke(COLOURS.buffer, 'stroke-dasharray="6 4"') },
    ...(band === undefined ? [] : [{ name: text.simulatedRange(), swatch: swatch(COLOURS.band) }]),
    { name: text.short(), swatch: swatch(COLOURS.shortfall) },
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="${FONT_SIZE}">
<title>${escapeXml(text.svgTitle(report.horizon.start, report.horizon.end, currency.code))}</title>
<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>
${parts.join('\n')}
<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>
<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="black"/>
${legend(items)}
${ticks.join('\n')}
${dates.join('\n')}
<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(text.dateAxis())}</text>
<text x="14" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">${escapeXml(text.balanceAxis(currency.code))}</text>
</svg>
`;
}
