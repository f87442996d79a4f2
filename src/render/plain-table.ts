import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';

// Borderless tables fit an 80-column terminal and stay readable when piped into a file or less.
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

/** A borderless table with bold headings and fixed column widths; long cells end in "…". */
export function plainTable(head: string[], colWidths: number[], colAligns: Array<'left' | 'right'>, chalk: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((heading) => chalk.bold(heading)),
    chars: PLAIN_CHARS,
    colWidths,
    colAligns,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 },
    truncate: '…',
  });
}

const ROWS_PER_BLOCK = 200;

/**
 * A plainTable of any number of rows, as text. cli-table3 lays every cell out against every cell before it (for
 * row spans, which these tables never use), so one table of 21,000 events took 16 s; with fixed column widths and
 * no rules between rows, blocks of 200 rows printed one under the other are the very same text, and linear.
 */
export function plainTableText(
  head: string[],
  colWidths: number[],
  colAligns: Array<'left' | 'right'>,
  chalk: ChalkInstance,
  rows: readonly string[][],
): string {
  const blocks: string[] = [];
  for (let from = 0; from === 0 || from < rows.length; from += ROWS_PER_BLOCK) {
    const block = plainTable(from === 0 ? head : [], colWidths, colAligns, chalk);
    block.push(...rows.slice(from, from + ROWS_PER_BLOCK));
    blocks.push(block.toString());
  }
  return blocks.join('\n');
}

/** cli-table3 pads every cell to its width; trailing blanks only get in the way of diffs and pipes. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+$/gm, '');
}
