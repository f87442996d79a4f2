import type * as SheetJs from '@e965/xlsx';
import type { CsvRecord } from '../csv-table.js';
import type { CellReading } from './cell-text.js';
import { cellText } from './cell-text.js';

/** A sheet as read: its name and its non-blank rows, each with its sheet row number and cells from column A. */
export interface SheetRows {
  readonly name: string;
  readonly rows: readonly CsvRecord[];
}

/** XFD, the last column Excel has: a cell past it is a hostile or broken file, not a statement. */
export const MAX_COLUMNS = 16_384;

/**
 * The rows of a worksheet SheetJS read in dense mode: `line` is the row number, and cell i is column i + 1 whatever
 * column the sheet's range starts at, so a sheet that starts at B has '' first. Blank rows are left out. Only the
 * cells present are visited (a dense row is a sparse array), so a cell far to the right costs one cell, not a row
 * of them. `tooWide` names a row with a cell past XFD.
 */
export function sheetRows(name: string, sheet: SheetJs.WorkSheet, reading: CellReading): SheetRows | { tooWide: CsvRecord } {
  const data = (sheet['!data'] ?? []) as Array<Array<SheetJs.CellObject | undefined> | undefined>;
  const rows: CsvRecord[] = [];
  let tooWide: CsvRecord | undefined;
  data.forEach((row, index) => {
    if (row === undefined || tooWide !== undefined) return;
    if (row.length > MAX_COLUMNS) {
      tooWide = { line: index + 1, cells: [] };
      return;
    }
    const cells = new Array<string>(row.length).fill('');
    let blank = true;
    row.forEach((cell, column) => {
      const text = cellText(cell, reading);
      cells[column] = text;
      if (blank && text.trim() !== '') blank = false;
    });
    if (!blank) rows.push({ line: index + 1, cells });
  });
  return tooWide === undefined ? { name, rows } : { tooWide };
}
