import { headingKey } from './columns.js';
import type { CsvRecord, CsvRecords, CsvTable } from './csv-table.js';
import { firstRecords } from './csv-table.js';

/** How many rows under the first are searched for the header: banks put up to ~12 rows of title and account above it. */
const PREAMBLE_ROWS = 30;

// Rows under the data that add it up, in the words banks and spreadsheets use. Their cells are not transactions.
const TOTAL_WORDS = new Set(['합계', '총계', '소계', '계', '누계', '총합계', 'total', 'totals', 'subtotal', 'grandtotal', 'sum']);

/** Whether a row adds up the rows above it (합계, 총계, Total…): its first non-blank cell says so. */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((cell) => cell.trim() !== '');
  // A data row's first cell is mostly a date or a number: no total word starts with a digit, and headingKey's
  // normalising is the dearest step of reading a large statement.
  return first !== undefined && !/^\s*\d/.test(first) && TOTAL_WORDS.has(headingKey(first));
}

/**
 * The table with its real header: of the first row and the PREAMBLE_ROWS under it, the one `score` rates highest
 * (the earliest of equals) becomes the header when it beats the first row, and the rows above it — a sheet title,
 * 조회기간, 계좌번호, 성명 — are left out. Total rows (see isTotalRow) are left out wherever they are. `score`
 * rates a row of cells as a header, e.g. by how many known headings it holds; 0 means "not a header".
 */
export function withHeaderFound(table: CsvTable, score: (cells: readonly string[]) => number): CsvTable {
  const candidates: CsvRecord[] = [{ line: table.headerLine ?? 1, cells: table.header }, ...firstRecords(table.records, PREAMBLE_ROWS)];
  let best = 0;
  let bestScore = score(table.header);
  candidates.forEach((candidate, index) => {
    const rated = score(candidate.cells);
    if (rated > bestScore) {
      best = index;
      bestScore = rated;
    }
  });
  const header = candidates[best]!;
  const below = best === 0 ? undefined : header.line;
  const kept = (record: CsvRecord) => !(below !== undefined && record.line <= below) && !isTotalRow(record.cells);
  const records: CsvRecords = {
    forEach(visit: (record: CsvRecord) => void) {
      table.records.forEach((record) => {
        if (kept(record)) visit(record);
      });
    },
    // Enough of the records under the header to keep `count`: the rows above it and total rows fall away.
    head: (count) =>
      firstRecords(table.records, count + PREAMBLE_ROWS + 1)
        .filter(kept)
        .slice(0, count),
  };
  return { ...table, header: header.cells.map((cell) => cell.trim()), headerLine: header.line, records };
}
