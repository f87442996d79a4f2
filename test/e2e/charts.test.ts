import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { displayWidth } from '../../src/i18n/display-width.js';
import { fakeIo } from '../support/fake-io.js';
import { runInProcess } from '../support/run-in-process.js';

const INPUTS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const BLUE = '\u001b[34m';
const RED = '\u001b[31m';

/** The chart: the lines from the first y label to the legend. */
const chartOf = (out: string) => {
  const lines = out.split('\n');
  return lines.slice(lines.findIndex((line) => /^ +-?₩[\d,]+ [┤┼]/.test(line)));
};

describe('the terminal chart', () => {
  it('labels the y axis on round steps, with 0 among them and marked', async () => {
    const chart = chartOf((await runInProcess(['forecast', ...INPUTS, '--chart'])).stdout);
    const labels = chart.flatMap((line) => /^ +(▸?)(-?₩[\d,]+) [┤┼]/.exec(line) ?? []).filter((_, index) => index % 3 === 2);
    expect(labels).toEqual([
      '₩6,500,000',
      '₩6,000,000',
      '₩5,500,000',
      '₩5,000,000',
      '₩4,500,000',
      '₩4,000,000',
      '₩3,500,000',
      '₩3,000,000',
      '₩2,500,000',
      '₩2,000,000',
      '₩1,500,000',
      '₩1,000,000',
      '₩500,000',
      '₩0',
      '-₩500,000',
      '-₩1,000,000',
    ]);
    expect(chart.filter((line) => line.includes('▸₩0 '))).toHaveLength(1);
    expect(chart.join('\n')).not.toContain('\u001b');
  });

  it('colours each line on a terminal and names the colours in a legend, within the terminal width', async () => {
    const io = fakeIo({ stdoutIsTty: true, columns: 100 });
    expect(await runCli(['forecast', ...INPUTS, '--chart'], io)).toBe(0);
    const chart = chartOf(io.out.join(''));
    const legend = chart.at(-2)!;
    expect(legend).toContain(`${BLUE}──\u001b[39m balance`);
    expect(legend).toContain(`${RED}──\u001b[39m buffer ₩0`);
    // The balance is drawn in blue, and over the buffer line where they meet.
    expect(chart.filter((line) => line.includes(`${BLUE}─`)).length).toBeGreaterThan(3);
    expect(Math.max(...chart.map(displayWidth))).toBeLessThanOrEqual(100);
    expect(Math.max(...chart.map(displayWidth))).toBeGreaterThan(90);
  });
});

/** Books whose balance is short on one day only: 2026-12-10, before the invoice expected on 2026-12-11. */
function oneDayShortBooks(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-chart-'));
  writeFileSync(join(dir, 'invoices.csv'), 'id,client,amount,issued,due\nINV-1,한빛출판,500000,2026-11-11,2026-12-11\n');
  writeFileSync(join(dir, 'expenses.csv'), 'date,amount,description\n2026-12-10,200000,월세\n');
  return [join(dir, 'invoices.csv'), '--expenses', join(dir, 'expenses.csv'), '--balance', '100000', '--as-of', '2026-12-01', '--days', '90'];
}

async function svgOf(args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'cashflow-svg-')), 'chart.svg');
  const run = await runInProcess(['forecast', ...args, '--chart-svg', file, '--json']);
  expect(run.code).toBe(0);
  const svg = readFileSync(file, 'utf8');
  return { json: JSON.parse(run.stdout), doc: new XMLParser({ ignoreAttributes: false, textNodeName: '#text' }).parse(svg).svg, svg };
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('the SVG chart', () => {
  it('draws a one-day shortfall at least 4 px wide, over its day', async () => {
    const { json, doc } = await svgOf(oneDayShortBooks());
    expect(json.shortfalls.map((window: { start: string; days: number }) => [window.start, window.days])).toEqual([['2026-12-10', 1]]);
    const [rect] = list(doc.rect).filter((node: Record<string, string>) => node['@_class'] === 'shortfall') as Record<string, string>[];
    const dayWidth = (900 - 110 - 30) / 90;
    expect(Number(rect!['@_width'])).toBeGreaterThanOrEqual(4);
    expect(Number(rect!['@_x'])).toBeCloseTo(110 + 9 * dayWidth, 0);
  });

  it('draws the balance as a step line: only flat and vertical segments, one flat step per day', async () => {
    const { doc } = await svgOf(INPUTS);
    const balance = list(doc.path).find((node: Record<string, string>) => node['@_class'] === 'balance') as Record<string, string>;
    const commands = balance['@_d']!.split(' ').map((command) => command[0]);
    expect(new Set(commands)).toEqual(new Set(['M', 'H', 'V']));
    expect(commands.filter((command) => command === 'H')).toHaveLength(90);
  });

  it('keeps every date label inside the picture and shows a legend', async () => {
    const { doc, svg } = await svgOf(INPUTS);
    const width = Number(doc['@_width']);
    const dates = list(doc.text).filter((node: Record<string, string>) => node['@_class'] === 'x-label') as Record<string, string>[];
    expect(dates.map((node) => node['#text'])).toEqual(['2026-12-01', '2027-01-14', '2027-02-28']);
    for (const node of dates) {
      const x = Number(node['@_x']);
      const extent = node['#text']!.length * 7.5;
      const spans: Record<string, [number, number]> = { start: [x, x + extent], middle: [x - extent / 2, x + extent / 2], end: [x - extent, x] };
      const [left, right] = spans[node['@_text-anchor']!]!;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
    }
    const legend = list(doc.g).find((node: Record<string, string>) => node['@_class'] === 'legend') as { g: Array<{ text: { '#text': string } }> };
    expect(legend.g.map((item) => item.text['#text'])).toEqual(['balance', 'buffer ₩0', 'short']);
    const labels = list(doc.text).filter((node: Record<string, string>) => node['@_class'] === 'y-label') as Record<string, string>[];
    expect(labels.map((node) => node['#text'])).toContain('₩0');
    expect(svg).toContain('class="zero"');
  });
});
