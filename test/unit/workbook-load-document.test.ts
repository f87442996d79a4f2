import { describe, expect, it } from 'vitest';
import { InputFiles } from '../../src/read/input-files.js';
import { loadDocument } from '../../src/read/workbook/load-document.js';
import { readWorkbook } from '../../src/read/workbook/read-workbook.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { workbookBytes, zipOf } from '../support/workbooks.js';

const fromStdin = (bytes: Uint8Array) => ({ inputs: new InputFiles(), stdin: async () => bytes });

describe('loadDocument', () => {
  it('gives a CSV file’s text as loadText does', async () => {
    expect(await loadDocument('-', fromStdin(Buffer.from('\uFEFFid,client\n1,a\n')))).toEqual({ text: 'id,client\n1,a\n' });
  });

  it('gives a statement reader every sheet that has rows, each located by its name but the first', async () => {
    const bytes = workbookBytes({
      안내: { rows: [['조회 결과']] },
      빈시트: { rows: [] },
      거래내역: {
        rows: [
          ['거래일자', '금액'],
          ['2026.11.28', 1000],
        ],
      },
    });
    const loaded = await loadDocument('-', fromStdin(bytes), { allSheets: true });
    expect('tables' in loaded && loaded.tables.map((table) => [table.sheet, table.header])).toEqual([['거래내역', ['거래일자', '금액']]]);
    expect('tables' in loaded && loaded.issues).toEqual([]);
  });

  it('says a header-only sheet is one when no sheet has data: an empty list, as a header-only CSV is', async () => {
    const loaded = await loadDocument('-', fromStdin(workbookBytes({ Sheet1: { rows: [[null, '거래일자', '금액']], origin: 'A4' } })), { allSheets: true });
    expect('tables' in loaded && loaded.tables.map((table) => table.header)).toEqual([['', '거래일자', '금액']]);
    expect('tables' in loaded && loaded.issues.map(formatIssue)).toEqual([
      'warning: <stdin>!A4: file has a header row but no data rows; it is read as an empty list; add rows under the header, or check that this is the right file',
    ]);
  });
});

describe('a zip whose parts are encrypted', () => {
  it('is told as an encrypted archive, not as SheetJS’s "Unsupported ZIP encryption"', () => {
    const zip = zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    const directory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(1, directory + 8);
    const read = readWorkbook(zip, 'zip', 'book.xlsx');
    expect('issue' in read && formatIssue(read.issue)).toBe(
      'book.xlsx:1:1: file is an encrypted zip archive; remove the password from the archive, or export the workbook again',
    );
  });
});
