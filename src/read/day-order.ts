import type { DayOrder } from '../domain/parse-day.js';
import { dayOrderOf } from '../domain/parse-day.js';
import type { CsvRecord, CsvTable } from './csv-table.js';
import type { InputIssue } from './input-issue.js';
import { ref } from './issue-words.js';
import { saidCellIssue } from './row-reader.js';

// 04/28/2026 and 13/11/2026, possibly with a time after them: the form whose order a file's own dates can settle.
const YEAR_LAST = /^\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*\d{4}(?:$|[\sT])/;

const SEPARATORS = new Set([45, 46, 47]); // - . /

interface Witness {
  readonly record: CsvRecord;
  readonly column: number;
}

/**
 * The day order a file's own dates settle, fed one date cell at a time in the pass that reads the file's currencies
 * or amounts: a 13/11/2026 anywhere makes the file day/month, a 04/28/2026 month/day. A cell is looked at only when
 * its second or third character separates (ISO dates, the common case, are passed by at once).
 */
export function dayOrderDetector(): {
  see(record: CsvRecord, column: number): void;
  settle(table: CsvTable): { order: DayOrder | undefined } | { issue: InputIssue };
} {
  let dmy: Witness | undefined;
  let mdy: Witness | undefined;
  return {
    see(record, column) {
      const cell = record.cells[column];
      if (cell === undefined || (dmy !== undefined && mdy !== undefined)) return;
      if (!SEPARATORS.has(cell.charCodeAt(1)) && !SEPARATORS.has(cell.charCodeAt(2)) && cell.charCodeAt(0) !== 32) return;
      const parts = YEAR_LAST.exec(cell);
      if (parts === null) return;
      const order = dayOrderOf(Number(parts[1]), Number(parts[2]));
      if (order === 'DMY') dmy ??= { record, column };
      if (order === 'MDY') mdy ??= { record, column };
    },
    settle(table) {
      if (dmy === undefined || mdy === undefined) return { order: dmy === undefined ? (mdy === undefined ? undefined : 'MDY') : 'DMY' };
      // Reported at the later of the two cells, naming the earlier.
      const [first, later] = dmy.record.line < mdy.record.line || (dmy.record.line === mdy.record.line && dmy.column < mdy.column) ? [dmy, mdy] : [mdy, dmy];
      const text = (witness: Witness) => witness.record.cells[witness.column]!.trim();
      return {
        // Of the whole file, not of a row: --skip-invalid cannot leave it out.
        issue: {
          ...saidCellIssue(
            table,
            later.record,
            later.column,
            text(later),
            ref('datesTwoOrders', later === dmy, table.header[first.column] ?? '', text(first), first.record.line),
            ref('datesTwoOrdersHint'),
          ),
          rowOnly: false,
        },
      };
    },
  };
}
