import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainTable, plainTableText } from '../../src/render/plain-table.js';

describe('plainTableText', () => {
  it('prints any number of rows as one cli-table3 table would, block boundaries included', () => {
    for (const chalk of [new Chalk({ level: 0 }), new Chalk({ level: 1 })]) {
      const rows = Array.from({ length: 450 }, (_, index) => [
        `2026-12-${String(1 + (index % 28)).padStart(2, '0')}`,
        chalk.green(`+₩${index * 1000}`),
        index % 7 === 0 ? `스튜디오 봄 · a description long enough to be cut at the column's edge ${index}` : `row ${index}`,
      ]);
      const one = plainTable(['Date', 'Amount', 'What'], [11, 14, 37], ['left', 'right', 'left'], chalk);
      one.push(...rows);
      expect(plainTableText(['Date', 'Amount', 'What'], [11, 14, 37], ['left', 'right', 'left'], chalk, rows)).toBe(one.toString());
    }
  });

  it('prints the heading alone when there are no rows', () => {
    const chalk = new Chalk({ level: 0 });
    expect(plainTableText(['Date'], [11], ['left'], chalk, [])).toBe(plainTable(['Date'], [11], ['left'], chalk).toString());
  });
});
