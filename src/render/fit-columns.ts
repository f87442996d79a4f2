import { displayWidth } from '../i18n/display-width.js';

// Each column carries one blank of padding on its right; a line is one blank, the columns, and one blank between.
const PADDING = 1;

interface ColumnNeeds {
  /** Cells to show its longest cell on one line. */
  readonly natural: number;
  /** Cells to show its longest word (a number, a name, an option) whole. */
  readonly word: number;
}

function needsOf(rows: readonly (readonly string[])[], column: number, whole: boolean): ColumnNeeds {
  let natural = 0;
  let word = 0;
  for (const row of rows) {
    for (const line of (row[column] ?? '').split('\n')) {
      natural = Math.max(natural, displayWidth(line));
      for (const part of line.split(/\s+/)) word = Math.max(word, displayWidth(part));
    }
  }
  // A column of figures with their unit (`22.8 %`, `₩6,600`) is one word a cell: split, it would read as two.
  return { natural: natural + PADDING, word: (whole ? natural : word) + PADDING };
}

/**
 * Column widths (padding included) for a table drawn in `width` terminal cells: each column starts at its
 * preferred width, never narrower than its longest word; over the width, columns give up room they do not use,
 * then wrapping columns shrink toward their longest word; a column whose cells are longer then grows, one cell at
 * a time, into the width left and then into the room other columns hold beyond their longest cell. A `whole` column's
 * cells never wrap. When even the longest words do not fit, the table is wider than the width: a cut number would be
 * worse than a long line.
 */
export function fitColumns(rows: readonly (readonly string[])[], preferred: readonly number[], width: number, whole: readonly boolean[] = []): number[] {
  const needs = preferred.map((_, column) => needsOf(rows, column, whole[column] === true));
  const widths = preferred.map((cells, column) => Math.max(cells, needs[column]!.word));
  const budget = width - 1 - (preferred.length - 1);
  const total = () => widths.reduce((sum, cells) => sum + cells, 0);
  for (const floor of [(need: ColumnNeeds) => Math.max(need.natural, need.word), (need: ColumnNeeds) => need.word]) {
    // The column with the most room above its floor gives up a cell, so no one column is squeezed alone.
    while (total() > budget) {
      const room = widths.map((cells, column) => cells - floor(needs[column]!));
      const widest = room.indexOf(Math.max(...room));
      if (room[widest]! <= 0) break;
      widths[widest]! -= 1;
    }
  }
  const wanting = () => widths.findIndex((cells, column) => cells < needs[column]!.natural);
  const roomy = () => {
    const room = widths.map((cells, column) => cells - Math.max(needs[column]!.natural, needs[column]!.word));
    const most = Math.max(...room);
    return most > 0 ? room.indexOf(most) : -1;
  };
  // A wrapping column takes the width first, then the room other columns hold beyond their longest cell.
  for (let column = wanting(); column >= 0; column = wanting()) {
    if (total() < budget) widths[column]! += 1;
    else {
      const donor = roomy();
      if (donor < 0) break;
      widths[donor]! -= 1;
      widths[column]! += 1;
    }
  }
  return widths;
}
