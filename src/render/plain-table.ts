import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { fitColumns } from './fit-columns.js';
import { singleLineTableText } from './single-line-table.js';

// Borderless tables stay readable when piped into a file or less.
const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: ' ',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' ',
};

/** The terminal width a table is laid out for when none is given: what a pipe, a file or cron mail gets. */
export const PIPED_WIDTH = 80;

type Aligns = Array<'left' | 'right'>;

/** What plainTable hands back: rows go in, the laid-out text comes out. */
export interface PlainTable {
  push(...rows: string[][]): void;
  toString(): string;
}

function cliTable(head: readonly string[], colWidths: number[], colAligns: Aligns, chalk: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((heading) => chalk.bold(heading)),
    chars: PLAIN_CHARS,
    colWidths,
    colAligns,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 },
    // Wrapped at spaces; fitColumns makes every column as wide as its longest word, so nothing is ever cut.
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
}

/**
 * A borderless table with bold headings, laid out when printed: `colWidths` are the widths it keeps when its cells
 * fit them (an 80-column layout); on a wider terminal (`width`) a column whose cells are longer grows, and a cell
 * longer than its column wraps at spaces instead of being cut (never in a `whole` column). No number, name or word is
 * ever split.
 */
export function plainTable(
  head: string[],
  colWidths: number[],
  colAligns: Aligns,
  chalk: ChalkInstance,
  width = PIPED_WIDTH,
  whole: readonly boolean[] = [],
): PlainTable {
  const rows: string[][] = [];
  return {
    push: (...more) => {
      rows.push(...more);
    },
    toString: () => plainTableText(head, colWidths, colAligns, chalk, rows, width, whole),
  };
}

const ROWS_PER_BLOCK = 200;

/**
 * A plainTable of any number of rows, as text. cli-table3 lays every cell out against every cell before it (for
 * row spans, which these tables never use), so one table of 21,000 events took 16 s; with the column widths fixed
 * once for all rows and no rules between rows, blocks of 200 rows printed one under the other are the very same
 * text, and linear. A table whose cells all fit on one line (a forecast's, piped) skips cli-table3 altogether.
 */
export function plainTableText(
  head: string[],
  colWidths: number[],
  colAligns: Aligns,
  chalk: ChalkInstance,
  rows: readonly string[][],
  width = PIPED_WIDTH,
  whole: readonly boolean[] = [],
): string {
  const widths = fitColumns([head, ...rows], colWidths, width, whole);
  const headed = head.length > 0 ? [head.map((heading) => chalk.bold(heading)), ...rows] : rows;
  const fast = singleLineTableText(headed, widths, colAligns);
  if (fast !== undefined) return fast;
  const blocks: string[] = [];
  for (let from = 0; from === 0 || from < rows.length; from += ROWS_PER_BLOCK) {
    blocks.push(cliTableText(from === 0 ? head : [], widths, colAligns, chalk, rows.slice(from, from + ROWS_PER_BLOCK)));
  }
  return blocks.join('\n');
}

/** About how much text plainTableChunks gathers before it hands a piece on. */
const PIECE_CHARS = 1 << 20;

/**
 * plainTableText's text in pieces of about a megabyte, each ending at a line's end (pieces after the first start
 * with the line break), for a table too large to hold as one string. Rows are laid out one at a time against the
 * widths fitColumns gives all rows: a row whose cells all fit on one line is padded directly, and runs of other
 * rows (a cell that wraps, colours) go to cli-table3 in blocks of up to 200 rows. Rows are independent once the
 * widths are fixed (see plainTableText), so joined, the pieces are plainTableText's text; a table of 180,000 events
 * with a few thousand wrapped cells is laid out in a second instead of cli-table3's twenty.
 */
export function* plainTableChunks(
  head: string[],
  colWidths: number[],
  colAligns: Aligns,
  chalk: ChalkInstance,
  rows: readonly string[][],
  width = PIPED_WIDTH,
  pieceChars = PIECE_CHARS,
): Generator<string> {
  if (rows.length === 0 || head.length === 0) {
    yield plainTableText(head, colWidths, colAligns, chalk, rows, width);
    return;
  }
  const widths = fitColumns([head, ...rows], colWidths, width);
  let piece = singleLineTableText([head.map((heading) => chalk.bold(heading))], widths, colAligns) ?? cliTableText(head, widths, colAligns, chalk, []);
  let pending: string[][] = [];
  const flush = () => {
    if (pending.length > 0) piece += `\n${cliTableText([], widths, colAligns, chalk, pending)}`;
    pending = [];
  };
  for (const row of rows) {
    const line = singleLineTableText([row], widths, colAligns);
    if (line === undefined) {
      pending.push(row);
      if (pending.length === ROWS_PER_BLOCK) flush();
      continue;
    }
    flush();
    piece += `\n${line}`;
    if (piece.length >= pieceChars) {
      yield piece;
      piece = '';
    }
  }
  flush();
  if (piece !== '') yield piece;
}

/** One block of rows as cli-table3 lays it out: the slow path of plainTableText, and its oracle in the tests. */
export function cliTableText(head: readonly string[], widths: number[], colAligns: Aligns, chalk: ChalkInstance, rows: readonly string[][]): string {
  const block = cliTable(head, widths, colAligns, chalk);
  block.push(...rows);
  return block.toString();
}

/** cli-table3 pads every cell to its width; trailing blanks only get in the way of diffs and pipes. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+$/gm, '');
}
