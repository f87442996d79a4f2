import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliTableText } from '../../src/render/plain-table.js';
import { singleLineTableText } from '../../src/render/single-line-table.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

// Characters the tables print (ASCII, Hangul, ₩ − · …) and ones that must send a table to cli-table3 or be
// measured as it measures them (emoji, wide forms, a combining mark, tabs, no-break and ideographic spaces,
// escape codes, line breaks).
const piece = fc.constantFrom(
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  '-',
  ',',
  '.',
  '₩',
  '−',
  '·',
  '…',
  '봄',
  '스튜디오',
  '🎨',
  '全',
  '\u0301',
  '\t',
  '\u00a0',
  '\u3000',
  '\n',
  '\u001b[1m',
  '\u001b[22m',
);
const cell = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('singleLineTableText', () => {
  it('prints a one-line table exactly as cli-table3 does: a blank, the cell padded to its width less one, a blank', () => {
    expect(
      singleLineTableText(
        [
          ['Day', 'In'],
          ['12-01', '5'],
        ],
        [6, 4],
        ['left', 'right'],
      ),
    ).toBe(' Day     In \n 12-01    5 ');
    expect(cliTableText(['Day', 'In'], [6, 4], ['left', 'right'], plain, [['12-01', '5']])).toBe(' Day     In \n 12-01    5 ');
  });

  it('gives up on a cell that would wrap, holds an escape code or a tab, or a row of another length', () => {
    expect(singleLineTableText([['toolong']], [5], ['left'])).toBeUndefined();
    expect(singleLineTableText([[colour.bold('Day')]], [6], ['left'])).toBeUndefined();
    expect(singleLineTableText([['a\tb']], [6], ['left'])).toBeUndefined();
    expect(singleLineTableText([['a', 'b'], ['c']], [3, 3], ['left', 'left'])).toBeUndefined();
  });

  it('agrees with cli-table3 on every table it prints (random cells, widths and alignments)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((columns) =>
          fc.record({
            widths: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: columns, maxLength: columns }),
            aligns: fc.array(fc.constantFrom<'left' | 'right'>('left', 'right'), { minLength: columns, maxLength: columns }),
            head: fc.option(fc.array(cell, { minLength: columns, maxLength: columns }), { nil: undefined }),
            rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 5 }),
          }),
        ),
        ({ widths, aligns, head, rows }) => {
          const fast = singleLineTableText(head === undefined ? rows : [head, ...rows], widths, aligns);
          if (fast !== undefined) expect(fast).toBe(cliTableText(head ?? [], widths, aligns, plain, rows));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
