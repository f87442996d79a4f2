import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { workbookBytes, zipOf } from '../support/workbooks.js';

// Issue 13: the bad-input promise holds for statements too — every problem as file:line:column (or the sheet's
// cell), exit 2, nothing on standard output, no stack; and a statement's warnings name their lines.
const dir = mkdtempSync(join(tmpdir(), 'cashflow-bank-bad-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const forecast = (bank: string, env: Record<string, string> = {}) =>
  cli(['forecast', 'fixtures/invoices.csv', '--bank', bank, '--as-of', '2026-12-01'], { CASHFLOW_BANK_PASSWORD: '', ...env });

function refused(bank: string, message: string, env: Record<string, string> = {}) {
  const run = forecast(bank, env);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`${message}\ncashflow: 1 input error; nothing was forecast.\n`);
}

describe('a statement that cannot be read', () => {
  it('without an amount column: at its header, naming what was found', () => {
    refused(
      'fixtures/bank/bad/no-amount.csv',
      'fixtures/bank/bad/no-amount.csv:3:1: file has no amount column (found date "거래일시", balance "잔액", counterparty "보낸분/받는분", memo "적요"; the header is: 거래일시, 적요, 보낸분/받는분, 송금메모, 잔액, 거래점); name it with --map bank.amount="…" for one signed column, or --map bank.in="…" and --map bank.out="…"',
    );
  });
  it('without a date column, in a workbook: at the header row of its sheet', () => {
    const book = write(
      'nodate.xlsx',
      workbookBytes({ 거래내역: { rows: [['조회기간 2026.11.01 ~ 2026.11.30'], [], ['적요', '입금액', '출금액', '잔액'], ['이자', '1,000', '', '101,000']] } }),
    );
    const run = forecast(book);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${book.replaceAll('.', '\\.')}!A3: file has no date column`));
  });
  it('a zip that is not a workbook, and one cut short', () => {
    const notes = write('notes.xlsx', zipOf([{ name: 'notes.xml', data: Buffer.from('<notes/>') }]));
    refused(
      notes,
      `${notes}:1:1: file is a zip archive but not an Excel workbook; name the .xlsx file itself; if it is an archive holding one, unpack it first`,
    );
    const whole = workbookBytes({
      Sheet1: {
        rows: [
          ['거래일시', '입금액'],
          ['2026-11-02', '1,000'],
        ],
      },
    });
    const cut = write('cut.xlsx', whole.subarray(0, whole.length - 30));
    refused(cut, `${cut}:1:1: file is a damaged zip archive (a workbook cut short, or not a zip at all); download or export the file again`);
  });
  it('a password-protected statement without its password, and with it', () => {
    refused(
      'fixtures/bank/tossbank.xlsx',
      'fixtures/bank/tossbank.xlsx:1:1: file is a password-protected workbook; set CASHFLOW_BANK_PASSWORD to its password (or run cashflow on a terminal to be asked for it); or save it from Excel without the password',
    );
    const opened = forecast('fixtures/bank/tossbank.xlsx', { CASHFLOW_BANK_PASSWORD: '0000' });
    expect(opened.code).toBe(0);
    expect(opened.stderr).toBe('');
  });
});

describe('a statement with a page missing', () => {
  it('is read, with one warning that names the line after the gap and the line before it', () => {
    const run = forecast('fixtures/bank/bad/missing-page.csv');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: fixtures/bank/bad/missing-page.csv:12:7: 잔액 "4,250,500" does not follow from line 13 (4,079,500 − 69,000 = 4,010,500); a page missing or a row edited? Download the statement again for the whole period\n',
    );
  });
});
