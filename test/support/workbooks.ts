import * as XLSX from '@e965/xlsx';

export type BookType = 'xlsx' | 'biff8';

/** A cell as SheetJS writes it: a value, and for numbers the format that makes one a date. */
export type Cell = string | number | boolean | null | XLSX.CellObject;

/**
 * Bytes of a workbook made with SheetJS's writer: each sheet's rows from `origin` (default A1), cells given as
 * values or as SheetJS cell objects (`{ t: 'n', v: 46357, z: 'yyyy-mm-dd' }`, a formula with `f`).
 */
export function workbookBytes(sheets: Record<string, { rows: Cell[][]; origin?: string }>, bookType: BookType = 'xlsx'): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, { rows, origin }] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, rows, { origin: origin ?? 'A1' });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

/** A workbook of one sheet made from CSV text, every cell kept as its text (as a bank's export holds it). */
export function workbookFromCsv(csv: string, bookType: BookType = 'xlsx'): Buffer {
  const book = XLSX.read(csv, { type: 'string', raw: true });
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}
