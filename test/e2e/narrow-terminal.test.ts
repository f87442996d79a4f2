import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { displayWidth } from '../../src/i18n/display-width.js';
import { fakeIo } from '../support/fake-io.js';

// A terminal narrower than 80 columns (a split pane): the plans' prose is broken for its width, and the calculator's
// costs and rates are never split over two lines. Tables whose every cell is one unbreakable word (dates, sums)
// stay as wide as those words need: a cut number would be worse than a long line (README, "Output").
const FORECAST = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000'];
const BRIDGES = ['bridges', '--amount', '1000000', '--days', '30'];

async function onTerminal(args: readonly string[], columns: number, lang: string): Promise<string[]> {
  const io = fakeIo({ stdoutIsTty: true, columns, env: { NO_COLOR: '1' } });
  expect(await runCli([...args, '--lang', lang], io)).toBe(0);
  return io.out.join('').split('\n');
}

describe.each([60, 70])('on a %i-column terminal', (columns) => {
  it.each(['en', 'ko'])('the plans of each window fit its width (%s)', async (lang) => {
    const lines = await onTerminal(FORECAST, columns, lang);
    const from = lines.findIndex((line) => /^(Bridging|.* 자금 융통)/.test(line));
    const to = lines.findIndex((line) => /^(Cash events|입출금 예정)/.test(line));
    expect(from).toBeGreaterThan(0);
    const prose = lines.slice(from, to);
    // Both windows' plans, next best and the not-recommended option are all there, broken rather than cut.
    expect(prose.length).toBeGreaterThan(20);
    for (const line of prose) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    // No line of it starts with a unit torn from its figure.
    for (const line of prose) expect(line.trimStart().startsWith('%'), line).toBe(false);
  });

  it.each(['en', 'ko'])('the calculator never splits a cost or a rate, and its notes fit (%s)', async (lang) => {
    const lines = await onTerminal(BRIDGES, columns, lang);
    const rated = lines.filter((line) => line.startsWith(' ') && /₩[\d,]+/.test(line) && /\d{4}-\d{2}-\d{2}/.test(line));
    expect(rated.length).toBeGreaterThanOrEqual(8);
    // Each priced row holds its cost, both rates with their % and nothing of them spills to the next line.
    for (const line of rated) expect(line.match(/\d %|\d%/g)?.length, line).toBe(2);
    for (const line of lines) expect(/^\s*%(\s+%)?\s*$/.test(line), line).toBe(false);
    const notes = lines.slice(lines.findIndex((line) => /^ (Cost is|비용은)/.test(line)));
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const line of notes) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
  });
});

describe.each([45, 60, 70])('the scenarios and the odds on a %i-column terminal', (columns) => {
  it.each(['en', 'ko'])('fit their prose to the width and never start a line with a unit (%s)', async (lang) => {
    const lines = await onTerminal([...FORECAST, '--scenarios', '0,30,60,90', '--simulate', '2000', '--seed', '7'], columns, lang);
    const from = lines.findIndex((line) => /^(The odds|모의 실행)/.test(line));
    expect(from).toBeGreaterThan(0);
    const to = lines.findIndex((line, i) => i > from && /^(Cash events|입출금 예정)/.test(line));
    const odds = lines.slice(from, to < 0 ? undefined : to).filter((line) => line.trim() !== '');
    // Title, the chance, bands, cost, never-pays, each window's odds and note, the riskiest days.
    expect(odds.length).toBeGreaterThanOrEqual(8);
    for (const line of odds) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      expect(/^\s*%/.test(line), line).toBe(false);
    }
  });
});

describe('a terminal that reports no width, or one too narrow to lay out', () => {
  it('is laid out as a pipe is (80) at 0 columns, and as 40 below that', async () => {
    const at = async (columns: number) => (await onTerminal(FORECAST, columns, 'en')).join('\n');
    const piped = fakeIo({ stdoutIsTty: false, columns: 0, env: { NO_COLOR: '1' } });
    expect(await runCli([...FORECAST, '--lang', 'en'], piped)).toBe(0);
    expect(await at(0)).toBe(piped.out.join(''));
    expect(await at(12)).toBe(await at(40));
    expect(await at(40)).not.toBe(await at(0));
  });
});
