import type { CsvRecord, CsvTable } from './csv-table.js';
import { isTotalRow } from './header-row.js';

// First characters of the words isTotalRow knows (합계, 총계, 소계, 계, 누계, total, subtotal, grand total, sum):
// a row whose first cell starts with another letter or a digit is not a total row, which rules out nearly every
// row of a file (dates, amounts, ids) without normalising its cell. test/unit/preamble-rows.test.ts holds the two
// together.
const HANGUL_INITIALS = new Set(['합', '총', '소', '계', '누'].map((word) => word.charCodeAt(0)));
const LATIN_INITIALS = new Set(['t', 's', 'g'].map((letter) => letter.charCodeAt(0)));

/** Whether isTotalRow could say yes to a row whose first non-blank cell is `cell`; false is certain. */
export function mayBeTotalCell(cell: string): boolean {
  const code = cell.trimStart().charCodeAt(0);
  if (code >= 48 && code <= 57) return false;
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return LATIN_INITIALS.has(lower);
  if (code >= 0xac00 && code <= 0xd7a3) return HANGUL_INITIALS.has(code);
  return true;
}

/** The table without the rows that add up the rows above them (see isTotalRow), wherever they are. */
export function withoutTotalRows(table: CsvTable): CsvTable {
  const { records } = table;
  return {
    ...table,
    records: {
      forEach(visit: (record: CsvRecord) => void) {
        records.forEach((record) => {
          const first = record.cells.find((cell) => cell.trim() !== '');
          if (first !== undefined && mayBeTotalCell(first) && isTotalRow(record.cells)) return;
          visit(record);
        });
      },
    },
  };
}
