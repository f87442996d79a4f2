import { describe, expect, it } from 'vitest';
import type { CsvRecord, CsvTable } from '../../src/read/csv-table.js';
import { withHeaderFound } from '../../src/read/header-row.js';
import { cellIssue } from '../../src/read/row-reader.js';
import { plainNumber } from '../../src/read/workbook/plain-number.js';
import { readWorkbook } from '../../src/read/workbook/read-workbook.js';
import { allSheetTables, chosenSheetTable } from '../../src/read/workbook/sheet-tables.js';
import { formatIssue } from '../../src/render/input-issues.js';
import type { BookType } from '../support/workbooks.js';
import { workbookBytes } from '../support/workbooks.js';

function records(table: CsvTable): CsvRecord[] {
  const out: CsvRecord[] = [];
  table.records.forEach((record) => {
    out.push(record);
  });
  return out;
}

function sheets(bytes: Uint8Array, file = 'book.xlsx') {
  const book = readWorkbook(bytes, bytes[0] === 0x50 ? 'zip' : 'ole', file);
  if (!('sheets' in book)) throw new Error(`not read: ${JSON.stringify(book)}`);
  return book.sheets;
}

function firstTable(bytes: Uint8Array, file = 'book.xlsx', sheet?: string): CsvTable {
  const chosen = chosenSheetTable(sheets(bytes, file), file, sheet);
  if (chosen.table === undefined) throw new Error(JSON.stringify(chosen.issues));
  return chosen.table;
}

describe.each<BookType>(['xlsx', 'biff8'])('a %s workbook', (bookType) => {
  const bytes = workbookBytes(
    {
      거래내역: {
        origin: 'B2',
        rows: [
          ['날짜', '시각', '금액', '메모', '비율', '확인'],
          [{ t: 'n', v: 46357, z: 'yyyy-mm-dd' }, { t: 'n', v: 0.5856712962962963, z: 'hh:mm:ss' }, 1500000, '급여', { t: 'n', v: 0.033, z: '0.0%' }, true],
          [{ t: 'n', v: 46357.58567129629, z: 'yyyy-mm-dd hh:mm:ss' }, null, -25000, { t: 'n', v: 7, f: 'D3*2' }, 12.34, false],
          [null, null, null, null, null, null],
          [{ t: 'n', v: 46358, z: 'yyyy"년" mm"월" dd"일"' }, null, { t: 'n', v: 0.1 + 0.2 }, '  padded  ', 1e21, null],
        ],
      },
      Other: { rows: [['x'], ['1']] },
    },
    bookType,
  );

  it('gives each cell as text: plain numbers, dates, a datetime, a time of day, percentages, booleans, a formula’s cached value', () => {
    const table = firstTable(bytes);
    expect(table.header).toEqual(['', '날짜', '시각', '금액', '메모', '비율', '확인']);
    expect(records(table)).toEqual([
      { line: 3, cells: ['', '2026-12-01', '14:03:22', '1500000', '급여', '3.3%', 'TRUE'] },
      { line: 4, cells: ['', '2026-12-01 14:03:22', '', '-25000', '7', '12.34', 'FALSE'] },
      { line: 6, cells: ['', '2026-12-02', '', '0.3', '  padded  ', '1000000000000000000000'] },
    ]);
  });

  it('locates a cell by its sheet row and column letter, the first sheet without its name', () => {
    const table = firstTable(bytes);
    expect(table.sheet).toBe('');
    expect(table.headerLine).toBe(2);
    const [, second] = records(table);
    // Index 3 of the cells is column D: the sheet starts at B, and cells count from A.
    expect(formatIssue(cellIssue(table, second!, 3, '-25000', 'is negative', 'write it positive'))).toBe(
      'book.xlsx!D4: 금액 "-25000" is negative; write it positive',
    );
  });

  it('reads another sheet by --sheet, named in its locations, and lists the sheets for an unknown name', () => {
    const other = firstTable(bytes, 'book.xlsx', 'other');
    expect(other.sheet).toBe('Other');
    expect(other.header).toEqual(['x']);
    const unknown = chosenSheetTable(sheets(bytes), 'book.xlsx', 'Invoices');
    expect(unknown.issues.map(formatIssue)).toEqual([
      'book.xlsx:1:1: file has no sheet named "Invoices"; its sheets are "거래내역", "Other"; name one with --sheet',
    ]);
  });

  it('gives every sheet that has rows to a statement reader', () => {
    const all = allSheetTables(sheets(bytes), 'book.xlsx');
    expect(all.tables.map((table) => [table.sheet, table.header[1]])).toEqual([
      ['', '날짜'],
      ['Other', undefined],
    ]);
  });
});

describe('preamble rows in a sheet', () => {
  it('the header is found under a title and account rows, and the rows above it are left out', () => {
    const bytes = workbookBytes({
      Sheet1: {
        rows: [
          ['거래내역조회'],
          ['계좌번호', '123-456-789'],
          ['조회기간', '2026.11.01 ~ 2026.11.30'],
          [],
          ['id', 'client', 'amount', 'issued'],
          ['INV-1', '봄', 1500000, { t: 'n', v: 46327, z: 'yyyy-mm-dd' }],
          ['합계', '', 1500000, ''],
        ],
      },
    });
    const known = new Set(['id', 'client', 'amount', 'issued']);
    const table = withHeaderFound(firstTable(bytes), (cells) => cells.filter((cell) => known.has(cell.trim())).length);
    expect(table.headerLine).toBe(5);
    expect(table.header).toEqual(['id', 'client', 'amount', 'issued']);
    expect(records(table)).toEqual([{ line: 6, cells: ['INV-1', '봄', '1500000', '2026-11-01'] }]);
  });
});

describe('an empty sheet', () => {
  it('is an error naming the sheet, pointing at the one that has data', () => {
    const bytes = workbookBytes({ Blank: { rows: [] }, Data: { rows: [['a'], ['1']] } });
    expect(chosenSheetTable(sheets(bytes), 'book.xlsx', undefined).issues.map(formatIssue)).toEqual([
      'book.xlsx:1:1: file has nothing in its sheet "Blank"; the data may be in "Data"; name it with --sheet',
    ]);
  });
});

describe('plainNumber', () => {
  it.each([
    [1500000, '1500000'],
    [-25000, '-25000'],
    [12.34, '12.34'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1000000000000000000000'],
    [-1.5e-7, '-0.00000015'],
    [123456789012345680000, '123456789012346000000'],
    [-0, '0'],
  ])('%s is %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});
