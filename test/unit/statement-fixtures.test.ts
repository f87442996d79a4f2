import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Currency } from '../../src/domain/currency.js';
import { currencyOf } from '../../src/domain/currency.js';
import type { BankStatement } from '../../src/domain/statement.js';
import type { CsvTable } from '../../src/read/csv-table.js';
import { parseCsvTable } from '../../src/read/csv-table.js';
import { decodeText } from '../../src/read/decode-text.js';
import { InputFiles } from '../../src/read/input-files.js';
import { parseStatement } from '../../src/read/statement/parse-statement.js';
import { loadDocument } from '../../src/read/workbook/load-document.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const BANK = new URL('../../fixtures/bank/', import.meta.url);
const path = (name: string) => new URL(name, BANK).pathname;

// What the statements must add up to, worked out here from the tidy month itself (not by the fixture script):
// its first row is the opening balance, the others the month's movements in won, oldest first.
const [, openingLine, ...moveLines] = readFileSync(path('tidy.csv'), 'utf8').trim().split('\n');
const MOVES = moveLines.map((line) => {
  const [date, time, amount] = line.split(',');
  return { day: d(date!), time: time!, amount: Number(amount) };
});
const OPENING = Number(openingLine!.split(',')[2]);

/** The tidy month in a statement's currency: won as they are, or the scaled copy (10 won to 1 cent). */
function tidyIn(currency: Currency) {
  const scale = currency.code === 'KRW' ? 1 : 10;
  const amounts = MOVES.map((move) => {
    expect(Math.abs(move.amount % scale)).toBe(0);
    return move.amount / scale;
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    days: MOVES.map((move) => move.day),
    amounts,
    moneyIn: sum(amounts.filter((amount) => amount > 0)),
    moneyOut: sum(amounts.filter((amount) => amount < 0)),
    lastBalance: OPENING / scale + sum(amounts),
  };
}

function csvTables(name: string): CsvTable[] {
  const decoded = decodeText(readFileSync(path(name)));
  if ('problem' in decoded) throw new Error(decoded.problem);
  const { table, issues } = parseCsvTable(decoded.text, name);
  expect(issues).toEqual([]);
  return [table!];
}

function expectTidy(statement: BankStatement | undefined, currency: Currency, hasBalance: boolean) {
  const tidy = tidyIn(currency);
  expect(statement?.currency).toBe(currency.code);
  const rows = statement!.transactions;
  expect(rows.map((row) => row.amount)).toEqual(tidy.amounts);
  expect(rows.map((row) => row.day)).toEqual(tidy.days);
  expect(rows.filter((row) => row.amount > 0).reduce((a, row) => a + row.amount, 0)).toBe(tidy.moneyIn);
  expect(rows.filter((row) => row.amount < 0).reduce((a, row) => a + row.amount, 0)).toBe(tidy.moneyOut);
  expect([statement!.from, statement!.to]).toEqual([d('2026-11-02'), d('2026-11-30')]);
  if (hasBalance) expect(statement!.balance).toMatchObject({ amount: tidy.lastBalance, day: d('2026-11-30') });
  else expect(statement!.balance).toBeUndefined();
}

const CSV_FIXTURES: ReadonlyArray<{ file: string; profile: string; currency: string; balance: string | undefined }> = [
  { file: 'nh.csv', profile: 'nh', currency: 'KRW', balance: 'nh.csv:9' },
  { file: 'ibk.csv', profile: 'ibk', currency: 'KRW', balance: 'ibk.csv:19' },
  { file: 'wise.csv', profile: 'wise', currency: 'USD', balance: 'wise.csv:2' },
  // Its last row is pending (no balance): the balance is the row before it plus that row.
  { file: 'revolut.csv', profile: 'revolut', currency: 'EUR', balance: 'revolut.csv:16' },
  { file: 'n26.csv', profile: 'n26', currency: 'EUR', balance: undefined },
  { file: 'chase.csv', profile: 'chase', currency: 'USD', balance: 'chase.csv:3' },
  { file: 'monzo.csv', profile: 'monzo', currency: 'GBP', balance: undefined },
];

describe('the CSV fixtures read to the tidy month', () => {
  it.each(CSV_FIXTURES)('$file', ({ file, profile, currency, balance }) => {
    const money = currencyOf(currency)!;
    const read = parseStatement(csvTables(file), { currency: money });
    expect(read.issues.map(formatIssue)).toEqual([]);
    expect(read.values?.profile).toBe(profile);
    expectTidy(read.values, money, balance !== undefined);
    expect(read.values?.balance?.source).toBe(balance);
  });

  it('reads nh.csv as CP949', () => {
    const decoded = decodeText(readFileSync(path('nh.csv')));
    expect('encoding' in decoded && decoded.encoding).toBe('cp949');
  });
});

const WORKBOOK_FIXTURES: ReadonlyArray<{ file: string; profile: string; balance: string; password?: string }> = [
  // An HTML page is one sheet, its nested tables stacked as Excel shows them: the account facts, then the rows.
  { file: 'kb.xls', profile: 'kb', balance: 'kb.xls!G6' },
  { file: 'shinhan.xlsx', profile: 'shinhan', balance: 'shinhan.xlsx!G8' },
  { file: 'woori.xls', profile: 'woori', balance: 'woori.xls!G20' },
  { file: 'hana.xlsx', profile: 'hana', balance: 'hana.xlsx!F23' },
  { file: 'kakaobank.xlsx', profile: 'kakaobank', balance: 'kakaobank.xlsx!E12' },
  { file: 'tossbank.xlsx', profile: 'tossbank', balance: 'tossbank.xlsx!H10', password: '0000' },
];

describe('the workbook fixtures read to the tidy month', () => {
  it.each(WORKBOOK_FIXTURES)('$file', async ({ file, profile, balance, password }) => {
    // Through the reader the CLI uses (decryption included), under the name the balance source gives.
    const loaded = await loadDocument(`fixtures/bank/${file}`, { inputs: new InputFiles() }, { allSheets: true, password: async () => password });
    if (!('tables' in loaded)) throw new Error(JSON.stringify(loaded));
    const read = parseStatement(loaded.tables, { currency: KRW });
    expect(read.issues.map(formatIssue)).toEqual([]);
    expect(read.values?.profile).toBe(profile);
    expectTidy(read.values, KRW, true);
    expect(read.values?.balance?.source).toBe(`fixtures/bank/${balance}`);
  });
});

describe('the bad fixtures', () => {
  it('bad/no-amount.csv: no amount column, at its header', () => {
    const read = parseStatement(csvTables('bad/no-amount.csv'), { currency: KRW });
    expect(read.values).toBeUndefined();
    expect(read.issues.map(formatIssue)).toEqual([
      'bad/no-amount.csv:3:1: file has no amount column (found date "거래일시", balance "잔액", counterparty "보낸분/받는분", memo "적요"; the header is: 거래일시, 적요, 보낸분/받는분, 송금메모, 잔액, 거래점); name it with --map bank.amount="…" for one signed column, or --map bank.in="…" and --map bank.out="…"',
    ]);
  });

  it('bad/missing-page.csv: one continuity warning naming both lines', () => {
    const read = parseStatement(csvTables('bad/missing-page.csv'), { currency: KRW });
    expect(read.values?.profile).toBe('kb');
    expect(read.issues.map(formatIssue)).toEqual([
      'warning: bad/missing-page.csv:12:7: 잔액 "4,250,500" does not follow from line 13 (4,079,500 − 69,000 = 4,010,500); a page missing or a row edited? Download the statement again for the whole period',
    ]);
  });
});
