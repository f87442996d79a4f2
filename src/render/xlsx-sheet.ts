import type { CellObject, DenseWorkSheet } from '@e965/xlsx';
import { AmountRangeError, minor } from '../domain/money.js';
import type { RangeWord } from '../domain/range-words.js';
import { RANGE_WORDS } from '../domain/range-words.js';
import { wordsOf } from '../domain/refusal.js';
import type { SheetValue } from './xlsx-cells.js';
import { cellText, DATE_FORMAT, EXACT_MINOR_LIMIT, exactMajor, excelSerial, moneyFormat, RATE_FORMAT, shownWidth, textWidth } from './xlsx-cells.js';

/** A sheet of a report workbook, as data: its name, its column headings and its rows. */
export interface ReportSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetValue[])[];
}

/** Rows an Excel sheet holds, the header row included. */
export const MAX_SHEET_ROWS = 1_048_576;

/** `A`, `B`, … `Z`, `AA`: the column letters of a 0-based index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * The SheetJS worksheet of a sheet: a header row with a filter on it, typed cells (dates as date serials with a
 * date format, money as numbers in major units with the currency's format) and each column as wide as its widest
 * cell. SheetJS CE writes no cell styles and no frozen panes, so the header is neither bold nor frozen.
 * An amount the workbook cannot hold exactly is an AmountRangeError naming its cell, never a rounded number.
 * Dense (rows of cells, not an object keyed `A1`, `B1`…): a sheet of 100,000 events has 1.7 million cells.
 */
export function worksheetOf(sheet: ReportSheet): DenseWorkSheet {
  if (sheet.rows.length + 1 > MAX_SHEET_ROWS) throw new RangeError(`sheet ${sheet.name} has ${sheet.rows.length} rows, more than Excel holds`);
  const widths = sheet.headers.map(textWidth);
  const data: CellObject[][] = [sheet.headers.map((header): CellObject => ({ t: 's', v: header }))];
  sheet.rows.forEach((row, index) => {
    const cells: CellObject[] = [];
    row.forEach((value, column) => {
      if (value === undefined) return;
      const cell = cellOf(value);
      if (cell === undefined) throw beyondWorkbook(value, `${sheet.name}!${columnLetters(column)}${index + 2} (${sheet.headers[column]})`);
      cells[column] = cell;
      widths[column] = Math.max(widths[column]!, shownWidth(value));
    });
    data.push(cells);
  });
  const range = `A1:${columnLetters(sheet.headers.length - 1)}${sheet.rows.length + 1}`;
  return { '!data': data, '!ref': range, '!autofilter': { ref: range }, '!cols': widths.map((width) => ({ wch: width + 2 })) };
}

function beyondWorkbook(value: SheetValue, where: string): AmountRangeError {
  const { amount, currency } = value as Extract<SheetValue, { kind: 'money' }>;
  const message: RangeWord = { id: 'cellBeyond', params: [where, amount, minor(EXACT_MINOR_LIMIT), currency] };
  const hint: RangeWord = { id: 'checkAmounts', params: [] };
  return new AmountRangeError(wordsOf(RANGE_WORDS, message), wordsOf(RANGE_WORDS, hint), { message, hint });
}

/** The SheetJS cell of a value; undefined for an amount the workbook cannot hold exactly. */
function cellOf(value: NonNullable<SheetValue>): CellObject | undefined {
  switch (value.kind) {
    case 'date':
      return { t: 'n', v: excelSerial(value.day), z: DATE_FORMAT };
    case 'money': {
      const major = exactMajor(value.amount, value.currency);
      return major === undefined ? undefined : { t: 'n', v: major, z: moneyFormat(value.currency) };
    }
    case 'text':
      return { t: 's', v: cellText(value.text) };
    case 'count':
      return { t: 'n', v: value.value };
    case 'rate':
      return { t: 'n', v: value.value, z: RATE_FORMAT };
    case 'flag':
      return { t: 'b', v: value.value };
  }
}
