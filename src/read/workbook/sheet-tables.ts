import type { CsvTable } from '../csv-table.js';
import { tableOf } from '../csv-table.js';
import { excerptList } from '../excerpt.js';
import type { InputIssue } from '../input-issue.js';
import type { InputRef } from '../issue-words.js';
import { ref, said, saidFileIssue } from '../issue-words.js';
import type { SheetRows } from './sheet-rows.js';

export type SheetTable = { readonly table: CsvTable | undefined; readonly issues: InputIssue[] };

/**
 * A sheet's rows as a table, its first row the header (header-row finds a later one), through tableOf like CSV.
 * `index` is the sheet's place in the workbook: the first is located without its name (see InputIssue.sheet).
 */
export function sheetTable(sheet: SheetRows, index: number, file: string): SheetTable {
  const located = index === 0 ? '' : sheet.name;
  const [first, ...rest] = sheet.rows;
  const made = tableOf(file, first, rest.length, rest, false);
  const issues = made.issues.map((issue) => (first === undefined ? issue : { ...issue, sheet: located }));
  return { table: made.table === undefined ? undefined : { ...made.table, sheet: located, headerLine: first?.line }, issues };
}

const listed = (sheets: readonly SheetRows[]) => excerptList(sheets.map((sheet) => `"${sheet.name}"`));

/**
 * The table of the sheet an invoices or expenses workbook is read from: `wanted` (--sheet, matched exactly, else
 * ignoring case and surrounding spaces), or the first. An unknown name lists the sheets; an empty sheet says so.
 */
export function chosenSheetTable(sheets: readonly SheetRows[], file: string, wanted: string | undefined): SheetTable {
  const fileIssue = (message: InputRef, hint: InputRef): SheetTable => ({ table: undefined, issues: [saidFileIssue(file, said(message, hint))] });
  let index = 0;
  if (wanted !== undefined) {
    const key = (name: string) => name.trim().toLowerCase();
    index = sheets.findIndex((sheet) => sheet.name === wanted);
    if (index === -1) index = sheets.findIndex((sheet) => key(sheet.name) === key(wanted));
    if (index === -1) return fileIssue(ref('noSuchSheet', wanted), ref('noSuchSheetHint', listed(sheets)));
  }
  const sheet = sheets[index];
  if (sheet === undefined || sheet.rows.length === 0) {
    const others = sheets.filter((other, at) => at !== index && other.rows.length > 0);
    return fileIssue(ref('emptySheet', sheet?.name || undefined), ref('emptySheetHint', others.length === 0 ? undefined : listed(others)));
  }
  return sheetTable(sheet, index, file);
}

/**
 * The tables of every sheet that has data, in order, for a reader that picks its own (a statement takes the first
 * its profile recognises). A sheet with only a header is left out when another has data; when none has, the
 * header-only tables are given with the first one's warning (an empty list, as a header-only CSV file is), and a
 * workbook with nothing at all is an error.
 */
export function allSheetTables(sheets: readonly SheetRows[], file: string): { tables: CsvTable[]; issues: InputIssue[] } {
  const withData = sheets.flatMap((sheet, index) => (sheet.rows.length > 1 ? [sheetTable(sheet, index, file)] : []));
  const made = withData.length > 0 ? withData : sheets.flatMap((sheet, index) => (sheet.rows.length > 0 ? [sheetTable(sheet, index, file)] : []));
  const tables = made.flatMap((sheet) => (sheet.table === undefined ? [] : [sheet.table]));
  if (withData.length > 0) return { tables, issues: made.flatMap((sheet) => sheet.issues) };
  if (made.length > 0) return { tables, issues: made[0]!.issues };
  return { tables, issues: [saidFileIssue(file, said(ref('emptyWorkbook'), ref('emptyWorkbookHint')))] };
}
