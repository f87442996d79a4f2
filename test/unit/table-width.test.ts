import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultCatalogueInput } from '../../src/bridge/default-catalogues.js';
import { runCli } from '../../src/cli/run-cli.js';
import { displayWidth } from '../../src/i18n/display-width.js';
import { plainTableText } from '../../src/render/plain-table.js';
import { KRW } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';

const plain = new Chalk({ level: 0 });
// cli-table3 pads cells by this measure; ours must agree with it to the cell.
const { strlen } = createRequire(import.meta.url)('cli-table3/src/utils.js') as { strlen: (text: string) => number };

/** The display column where `text` starts on `line`, or -1. */
const columnOf = (line: string, text: string) => {
  const index = line.indexOf(text);
  return index < 0 ? -1 : displayWidth(line.slice(0, index));
};

describe('display width', () => {
  it.each([
    ['INV-2026-035', 12],
    ['한빛출판', 8],
    ['스튜디오 봄', 11],
    ['₩1,500,000', 10],
    ['ｆｕｌｌ', 8],
    ['日本語', 6],
    ['e\u0301', 1],
    ['\u001b[31m-₩382,000\u001b[39m', 9],
    ['🙂 ok', 5],
  ])('%j takes %i cells, as cli-table3 measures it', (text, cells) => {
    expect(displayWidth(text)).toBe(cells);
    expect(strlen(text)).toBe(cells);
  });
});

describe('plain tables', () => {
  const rows = [
    ['2026-12-03', '-₩62,000', '스튜디오 봄 프로젝트 잔금 (2차 납품분) · 디자인 외주 계약'],
    ['2026-12-15', '+₩660,000', 'INV-2026-028 노을커피 · 16 d (overdue)'],
  ];
  const table = (width: number) => plainTableText(['Date', 'Amount', 'What'], [11, 14, 37], ['left', 'right', 'left'], plain, rows, width);

  it('wraps a long cell at spaces instead of cutting it, and keeps Korean columns aligned at 80 cells', () => {
    const text = table(80);
    expect(text).not.toContain('…');
    const lines = text.split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(80);
    // Every word of every cell is on some line, whole.
    for (const word of rows.flat().flatMap((cell) => cell.split(' '))) expect(lines.some((line) => line.includes(word))).toBe(true);
    // The What column starts at the same display column on every line that holds one of its words.
    const starts = [columnOf(lines[0]!, 'What'), columnOf(lines[1]!, '스튜디오'), columnOf(lines[3]!, 'INV-2026-028')];
    expect(new Set(starts).size).toBe(1);
    const continued = lines[2]!;
    expect(continued.slice(0, continued.search(/\S/))).toHaveLength(starts[0]!);
  });

  it('uses a wider terminal to keep each cell on one line', () => {
    const lines = table(120).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('스튜디오 봄 프로젝트 잔금 (2차 납품분) · 디자인 외주 계약');
  });

  it('never splits a word longer than its column, even when the table gets wider than the terminal', () => {
    const text = plainTableText(['Name'], [10], ['left'], plain, [['마이너스통장(Bank-overdraft-line)']], 20);
    expect(text.split('\n')[1]!.trim()).toBe('마이너스통장(Bank-overdraft-line)');
  });
});

describe('cashflow bridges on a 120-column terminal', () => {
  it('holds every option name whole, on its row', async () => {
    const io = fakeIo({ stdoutIsTty: true, columns: 120 });
    const code = await runCli(['bridges', '--amount', '1000000', '--days', '30', '--as-of', '2026-12-01', '--no-color'], io);
    const lines = io.out.join('').split('\n');
    expect(code).toBe(0);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(120);
    const names = defaultCatalogueInput(KRW).options.map((option) => option.name.ko ?? option.name.en);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(lines.filter((line) => line.startsWith(` ${name} `))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('…');
  });
});
