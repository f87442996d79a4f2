import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { InputFiles } from '../../src/read/input-files.js';
import { loadDocument } from '../../src/read/workbook/load-document.js';
import { readWorkbook } from '../../src/read/workbook/read-workbook.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { workbookBytes } from '../support/workbooks.js';

// A 토스뱅크-like statement, encrypted by an independent implementation (officecrypto-tool), Agile and Standard.
const plain = workbookBytes({
  '토스뱅크 거래내역': {
    origin: 'B9',
    rows: [
      ['거래 일시', '거래 금액', '거래 후 잔액'],
      ['2026.11.28 14:03:22', -12000, 988000],
    ],
  },
});
const agile = officeCrypto.encrypt(plain, { password: '990101' });
const standard = officeCrypto.encrypt(plain, { password: '990101', type: 'standard' });

describe.each([
  ['Agile', agile],
  ['Standard', standard],
])('an xlsx with %s encryption', (_, bytes) => {
  it('is an OLE container that asks for a password', () => {
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect(readWorkbook(bytes, 'ole', 'toss.xlsx')).toEqual({ needsPassword: true });
  });

  it('opens with the right password to the same cells as the plain workbook', () => {
    expect(readWorkbook(bytes, 'ole', 'toss.xlsx', { password: '990101' })).toEqual(readWorkbook(plain, 'zip', 'toss.xlsx'));
    expect(readWorkbook(bytes, 'ole', 'toss.xlsx', { password: '990101' })).toMatchObject({
      sheets: [{ name: '토스뱅크 거래내역', rows: [{ line: 9, cells: ['', '거래 일시', '거래 금액', '거래 후 잔액'] }, { line: 10 }] }],
    });
  });

  it('says a wrong password is wrong, not that the file is damaged', () => {
    const read = readWorkbook(bytes, 'ole', 'toss.xlsx', { password: '000000' });
    expect('issue' in read && formatIssue(read.issue)).toBe(
      'toss.xlsx:1:1: file is a password-protected workbook, and the password given does not open it; check the password (CASHFLOW_BANK_PASSWORD, or the one typed at the prompt)',
    );
  });
});

describe('loading an encrypted workbook', () => {
  const source = (bytes: Uint8Array) => ({ inputs: new InputFiles(), stdin: async () => bytes });

  it('asks for the password only then, and says how to give one when there is none', async () => {
    const asked: string[] = [];
    const none = await loadDocument('-', source(agile), {
      password: async (file) => {
        asked.push(file);
        return undefined;
      },
    });
    expect(asked).toEqual(['<stdin>']);
    expect('issue' in none && formatIssue(none.issue)).toBe(
      '<stdin>:1:1: file is a password-protected workbook; set CASHFLOW_BANK_PASSWORD to its password (or run cashflow on a terminal to be asked for it); or save it from Excel without the password',
    );
    const opened = await loadDocument('-', source(agile), { password: async () => '990101' });
    expect('tables' in opened && opened.tables[0]!.header).toEqual(['', '거래 일시', '거래 금액', '거래 후 잔액']);
  });

  it('never asks for a plain workbook', async () => {
    const loaded = await loadDocument('-', source(plain), {
      password: () => {
        throw new Error('asked');
      },
    });
    expect('tables' in loaded).toBe(true);
  });
});
