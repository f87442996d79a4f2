import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

// Statements with the generic headings every profile falls back to; amounts in the fixture books' KRW.
const HEADER = '거래일시,적요,출금액,입금액,거래후잔액,거래점';
const NH_ROWS = [
  '2026-11-28 09:12:00,월세,"750,000",,"1,250,000",인터넷',
  '2026-11-29 14:03:22,스튜디오 봄,,"500,000","1,750,000",인터넷',
  '2026-11-30 10:00:00,카드대금,"100,000",,"1,650,000",인터넷',
];
const KB_ROWS = ['2026-11-20 11:00:00,이자,,"1,000","301,000",본점', '2026-11-26 08:30:00,통신비,"1,000",,"300,000",본점'];

const dir = mkdtempSync(join(tmpdir(), 'cashflow-bank-'));
const file = (name: string, rows: readonly string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  return path;
};
const NH = file('nh.csv', NH_ROWS);
const NH_NEWEST_FIRST = file('nh-newest-first.csv', [...NH_ROWS].reverse());
const KB = file('kb.csv', KB_ROWS);
const BOOKS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv'];
const forecast = (...args: string[]) => cli(['forecast', ...BOOKS, ...args]);
/** The JSON report; standard error must be `stderr` (no warning unless the test expects one). */
const json = (args: string[], stderr = '') => {
  const run = forecast(...args, '--json');
  expect(run.stderr).toBe(stderr);
  expect(run.code).toBe(0);
  return forecastJsonV1.parse(JSON.parse(run.stdout));
};

describe('--bank: the balance and its date from a statement', () => {
  it('forecast --as-of D+1 opens with the last balance of the file, dated D, named by file and line', () => {
    const report = json(['--bank', NH, '--as-of', '2026-12-01']);
    expect(report.assumptions).toMatchObject({
      openingBalance: 1_650_000,
      openingBalanceGiven: true,
      balanceAmount: 1_650_000,
      balanceDate: '2026-11-30',
      balanceSource: `${NH}:4`,
      balanceAgeDays: 0,
      balanceStale: false,
      caughtUp: [],
    });
    expect(report.assumptions.statements).toEqual([
      { file: NH, profile: expect.any(String), from: '2026-11-28', to: '2026-11-30', balance: 1_650_000, balanceDate: '2026-11-30' },
    ]);
  });

  it('a newest-first file gives the same balance, its cell on the first row', () => {
    const report = json(['--bank', NH_NEWEST_FIRST, '--as-of', '2026-12-01']);
    expect([report.assumptions.openingBalance, report.assumptions.balanceDate, report.assumptions.balanceSource]).toEqual([
      1_650_000,
      '2026-11-30',
      `${NH_NEWEST_FIRST}:2`,
    ]);
  });

  it('two accounts sum: dated at the earlier last day, the other account’s later rows applied as they happened', () => {
    const report = json(['--bank', NH, '--bank', KB, '--as-of', '2026-12-01']);
    // nh.csv at the end of 11-26: 1,650,000 − (−750,000 + 500,000 − 100,000) = 2,000,000; kb.csv 300,000.
    expect(report.assumptions).toMatchObject({ balanceAmount: 2_300_000, balanceDate: '2026-11-26', balanceSource: `${NH}:4, ${KB}:3`, balanceAgeDays: 4 });
    expect(report.assumptions.caughtUp.map((event) => [event.date, event.kind, event.amount, event.balance, event.source, event.assumed])).toEqual([
      ['2026-11-28', 'statement', -750_000, 1_550_000, `${NH}:2`, false],
      ['2026-11-29', 'statement', 500_000, 2_050_000, `${NH}:3`, false],
      ['2026-11-30', 'statement', -100_000, 1_950_000, `${NH}:4`, false],
    ]);
    expect(report.assumptions.openingBalance).toBe(1_650_000 + 300_000);
  });

  it('a stale balance: the catch-up is listed, the age is in JSON and the table, and check fails with a line of its own', () => {
    const stale = `the balance is 9 days old (${NH}:4, the end of 2026-11-30), more than 7 days: the opening balance assumes 1 scheduled movement since; download a fresh statement or give a newer --balance-date`;
    const report = json(['--bank', NH, '--as-of', '2026-12-10'], `warning: ${stale}\n`);
    expect(report.assumptions).toMatchObject({ balanceAgeDays: 9, balanceStale: true, openingBalance: 1_650_000 - 62_000 });
    expect(report.assumptions.caughtUp).toEqual([
      {
        date: '2026-12-03',
        kind: 'expense',
        description: 'Adobe Creative Cloud',
        amount: -62_000,
        balance: 1_588_000,
        source: 'fixtures/expenses.csv:2',
        assumed: true,
      },
    ]);
    const table = forecast('--bank', NH, '--as-of', '2026-12-10');
    expect(table.stdout).toContain(` Balance           ₩1,650,000 (${NH}:4, the end of 2026-11-30), 9 days old: stale, more than 7\n`);
    expect(table.stderr).toBe(`warning: ${stale}\n`);
    const check = cli(['check', ...BOOKS, '--bank', NH, '--as-of', '2026-12-10', '--within', '1']);
    expect(check.code).toBe(1);
    expect([check.stdout, check.stderr]).toEqual([`stale: ${stale}\n`, '']);
  });

  it('an undated --balance beside the statement is a usage error; a dated one wins only when newer', () => {
    const both = forecast('--bank', NH, '--balance', '100', '--as-of', '2026-12-01');
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect(both.stderr).toBe(
      `cashflow: --balance has no date, and --bank ${NH} gives a balance with its own; leave out --balance and let the statement give it, or date yours with --balance-date (it wins when newer)\n`,
    );
    const older = json(
      ['--bank', NH, '--balance', '100', '--balance-date', '2026-11-29', '--as-of', '2026-12-01'],
      "warning: --balance of 2026-11-29 is not newer than the statements' balance of 2026-11-30, so theirs is used\n",
    );
    expect(older.assumptions.balanceAmount).toBe(1_650_000);
    const newer = json(['--bank', KB, '--balance', '100', '--balance-date', '2026-11-28', '--as-of', '2026-12-01']);
    expect([newer.assumptions.balanceAmount, newer.assumptions.balanceSource, newer.assumptions.openingBalance]).toEqual([100, '--balance', 100]);
  });

  it('export and clients take --bank too', () => {
    const journal = cli(['export', '--to', 'ledger', ...BOOKS, '--bank', NH, '--as-of', '2026-12-01']);
    expect(journal.stdout).toContain('assets:bank  1650000');
    expect(cli(['clients', 'fixtures/invoices.csv', '--bank', NH, '--as-of', '2026-12-01']).code).toBe(0);
  });
});
