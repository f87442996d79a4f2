import type { CsvTable } from '../../src/read/csv-table.js';

/**
 * A table as a reader of text or sheets gives it: the first row as the header, each row on its own line from 1
 * (a sheet's rows when `sheet` is set). Rows left out by `blank` keep their line numbers, as a blank line would.
 */
export function tableOf(file: string, rows: readonly (readonly string[])[], sheet?: string): CsvTable {
  const [header = [], ...rest] = rows;
  const records = rest.map((cells, index) => ({ line: index + 2, cells })).filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  return { file, header, records, ...(sheet === undefined ? {} : { sheet }) };
}

/** A CSV text's rows, split on commas outside double quotes (enough for the tests' own tables). */
export function rowsOf(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((match) => match[2] ?? match[1]!));
}

/** N26's header since 2023 (docs/bank-statement-layouts.md) and a row of it: the layout with no balance column. */
export const N26_HEADER = [
  'Booking Date',
  'Value Date',
  'Partner Name',
  'Partner Iban',
  'Type',
  'Payment Reference',
  'Account Name',
  'Amount (EUR)',
  'Original Amount',
  'Original Currency',
  'Exchange Rate',
];
export const N26_ROW = ['2026-11-13', '2026-11-13', 'Shop', '', 'Presentment', '', 'Main Account', '-12.34', '', '', ''];
