import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';

// Borderless tables fit an 80-column terminal and stay readable when piped into a file or less.
const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
  'bottom-right': '', left: ' ', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' ',
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

/** cli-table3 pads every cell to its width; trailing blanks only get in the way of diffs and pipes. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+$/gm, '');
}
