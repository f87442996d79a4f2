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
