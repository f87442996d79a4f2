import { displayWidth } from '../i18n/display-width.js';

// What cli-table3 would do more with than pad: escape codes (it re-opens colours per line), line breaks, control
// characters (no width), and any blank but a space (its word wrap splits at \s and counts a blank's length, not
// its width, so a tab can wrap a cell that fits).
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f]|[^\S ]/;

/**
 * Whether cli-table3 drops the cell's text: its word wrap keeps a line only once a word has width, so a cell whose
 * words all measure nothing (a lone combining mark, with or without blanks) prints as blanks. A cell of printable
 * ASCII (as wide as it is long) never does.
 */
function blankToCliTable(cell: string, cells: number): boolean {
  if (cells === cell.length) return false;
  const words = cell.replaceAll(' ', '');
  return words !== '' && displayWidth(words) === 0;
}

/**
 * The borderless table plainTable draws, when every cell fits its column on one line: each column is one blank,
 * the cell padded to its width less one (on the side its alignment says), and one blank — cli-table3's very text
 * for such a table, without its per-cell layout (~10 ms of a forecast's start-up). Undefined for a table that
 * needs cli-table3: a cell that wraps, holds escape codes or control characters, or a row of another length.
 * @example singleLineTableText([['Day', 'In']], [6, 4], ['left', 'right']) // ' Day     In '
 */
export function singleLineTableText(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  aligns: readonly ('left' | 'right')[],
): string | undefined {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.length !== widths.length) return undefined;
    let line = '';
    for (let column = 0; column < row.length; column += 1) {
      const cell = row[column]!;
      const room = widths[column]! - 1;
      if (NOT_PLAIN.test(cell)) return undefined;
      const cells = displayWidth(cell);
      if (room < 0 || cells > room || blankToCliTable(cell, cells)) return undefined;
      const pad = ' '.repeat(room - cells);
      line += aligns[column] === 'right' ? ` ${pad}${cell} ` : ` ${cell}${pad} `;
    }
    lines.push(line);
  }
  return lines.join('\n');
}
