import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/read/workbook/read-workbook.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { workbookBytes, workbookWithPart, zipOf } from '../support/workbooks.js';

const told = (bytes: Uint8Array, kind: 'zip' | 'ole' = 'zip') => {
  const read = readWorkbook(bytes, kind, 'book.xlsx');
  return 'issue' in read ? formatIssue(read.issue) : JSON.stringify(read).slice(0, 200);
};

// The input is hostile: every broken or crafted workbook is an issue of the file, read in bounded time and memory.
describe('a broken or crafted workbook', () => {
  it('a zip bomb stops at 128 MiB unpacked, even when its headers claim the parts are empty', () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(129 * 2 ** 20), declared: 0 }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(told(bomb)).toBe(
      'book.xlsx:1:1: file unpacks to more than 128 MiB, more than cashflow reads from one workbook; export a shorter period, or save the sheet as CSV',
    );
  });

  it('a zip that is not a workbook says so', () => {
    expect(told(zipOf([{ name: 'notes.xml', data: Buffer.from('<notes/>') }]))).toBe(
      'book.xlsx:1:1: file is a zip archive but not an Excel workbook; name the .xlsx file itself; if it is an archive holding one, unpack it first',
    );
  });

  it('an xlsx cut short is a damaged zip', () => {
    const whole = workbookBytes({ Sheet1: { rows: [['a'], ['1']] } });
    for (const bytes of [whole.subarray(0, whole.length - 30), readFileSync('test/fixtures/bad/workbook.csv')]) {
      expect(told(bytes)).toBe('book.xlsx:1:1: file is a damaged zip archive (a workbook cut short, or not a zip at all); download or export the file again');
    }
  });

  it('a part that is not deflate data is a damaged zip, not a crash', () => {
    const garbage = zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    garbage.fill(0xff, 30 + 'xl/workbook.xml'.length, 30 + 'xl/workbook.xml'.length + 4);
    expect(told(garbage)).toContain('file is a damaged zip archive');
  });

  it('a .xls cut short, or an Office file that is not a workbook, says which', () => {
    const xls = workbookBytes({ Sheet1: { rows: [['a'], ['1']] } }, 'biff8');
    for (const cut of [100, 600, 2000]) {
      expect(told(xls.subarray(0, cut), 'ole')).toBe(
        'book.xlsx:1:1: file is a damaged .xls workbook (cut short, or not a workbook at all); download or export the file again; if it still fails, open it in Excel and save it as .xlsx or CSV',
      );
    }
    const word = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(word, 'WordDocument', Buffer.from('not a sheet'));
    expect(told(XLSX.CFB.write(word, { type: 'buffer' }), 'ole')).toBe(
      'book.xlsx:1:1: file is an Office file but not an Excel workbook; export the data as .xlsx or CSV',
    );
  });

  it('a cell a million columns to the right is refused at its cell, without filling the columns between', () => {
    const plain = workbookBytes({ Sheet1: { rows: [['a'], ['1']] } });
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="A3"><v>1</v></c><c r="BDWGN3"><v>2</v></c></row></sheetData></worksheet>';
    const started = performance.now();
    expect(told(workbookWithPart(plain, 'xl/worksheets/sheet1.xml', sheet))).toBe(
      'book.xlsx!XFE3: file has a cell past column XFD, the last column Excel has; the file is damaged or was not made by a spreadsheet; export it again',
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
