import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../src/read/statement/parse-statement.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { KRW, USD } from '../support/factories.js';
import { N26_HEADER, N26_ROW, tableOf } from '../support/statement-table.js';

const PREAMBLE = [['거래내역조회'], ['계좌번호', '123-45-6789']];

describe('a statement cashflow cannot read says why, at its header', () => {
  it('names what it found when there is no date column', () => {
    const result = parseStatement([tableOf('kb.csv', [...PREAMBLE, ['일', '적요', '출금액', '입금액', '잔액'], ['2일', '카드', '1,000', '0', '5,000']])], {
      currency: KRW,
    });
    expect(result.values).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual([
      'kb.csv:3:1: file has no date column (found in "입금액", out "출금액", balance "잔액", memo "적요"; the header is: 일, 적요, 출금액, 입금액, 잔액); name it with --map bank.date="…" (and --map bank.time="…" when the time has a column of its own)',
    ]);
  });

  it('names what it found when there is no amount column', () => {
    const result = parseStatement(
      [
        tableOf('bad.csv', [
          ['거래일시', '적요', '잔액'],
          ['2026-11-02', '카드', '5,000'],
        ]),
      ],
      { currency: KRW },
    );
    expect(result.values).toBeUndefined();
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        column: 1,
        problem: 'has no amount column (found date "거래일시", balance "잔액", memo "적요"; the header is: 거래일시, 적요, 잔액)',
        hint: 'name it with --map bank.amount="…" for one signed column, or --map bank.in="…" and --map bank.out="…"',
      }),
    ]);
  });

  it('points at a sheet by its cell', () => {
    const result = parseStatement([tableOf('kb.xlsx', [['이름', '값']], '')], { currency: KRW });
    expect(result.issues.map(formatIssue)[0]).toMatch(/^kb\.xlsx!A1: file has no date column/);
  });

  it('says when a --map bank.* heading is not in the file', () => {
    const result = parseStatement(
      [
        tableOf('mine.csv', [
          ['Date', 'Amount'],
          ['2026-11-02', '5'],
        ]),
      ],
      { currency: KRW, choices: { date: 'When' } },
    );
    expect(result.issues).toEqual([expect.objectContaining({ problem: 'has no column "When" (named by --map bank.date); the header is: Date, Amount' })]);
  });
});

describe('a header-only statement', () => {
  it('is an empty statement with a warning, not an error', () => {
    const result = parseStatement(
      [tableOf('nh.csv', [...PREAMBLE, ['순번', '거래일시', '출금금액', '입금금액', '거래후잔액', '거래내용', '거래기록사항', '거래점', '거래메모']])],
      { currency: KRW },
    );
    expect(result.values).toMatchObject({ profile: 'nh', transactions: [], from: undefined, to: undefined, balance: undefined });
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 3, problem: 'has a header but no transactions' })]);
  });
});

describe('a bad cell is an error of its row', () => {
  it('says a bad amount in its cell', () => {
    const result = parseStatement(
      [
        tableOf('kb.csv', [
          ['거래일시', '출금액', '입금액', '잔액'],
          ['2026-11-02', '1,000', '0', '5,000'],
          ['2026-11-03', '1.000.0', '0', '4,000'],
        ]),
      ],
      { currency: KRW },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, column: 2, field: '출금액', value: '1.000.0', problem: 'is not an amount', rowOnly: true }),
    ]);
    expect(result.values?.transactions).toHaveLength(1);
  });
});

describe('the currency of a statement', () => {
  const n26 = tableOf('n26.csv', [N26_HEADER, N26_ROW]);
  const wise = (currencies: string[]) =>
    tableOf('wise.csv', [
      ['TransferWise ID', 'Date', 'Amount', 'Currency', 'Description', 'Payment Reference', 'Running Balance'],
      ...currencies.map((code, index) => [`T-${index}`, '13-11-2026', '-1.00', code, '', '', '']),
    ]);

  it("is the profile's: an N26 statement in a KRW forecast is an error at its amount column", () => {
    const result = parseStatement([n26], { currency: KRW });
    expect(result.values).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual([
      'n26.csv:1:8: column "Amount (EUR)" is in EUR (a n26 statement\'s currency), but the forecast is in KRW; run the forecast in EUR (--currency EUR), or give an exchange rate with --fx EUR=RATE (KRW per 1 EUR)',
    ]);
  });

  it("is the currency column's: a Wise USD statement in a KRW forecast is an error at its first currency cell", () => {
    const result = parseStatement([wise(['USD', 'USD'])], { currency: KRW });
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 2, column: 4, value: 'USD', problem: "is the statement's currency, but the forecast is in KRW" }),
    ]);
  });

  it('is read in its own currency when the caller can convert it', () => {
    const result = parseStatement([wise(['USD'])], { currency: KRW, convertible: new Set(['USD']) });
    expect(result.issues).toEqual([]);
    expect(result.values).toMatchObject({ currency: 'USD', transactions: [expect.objectContaining({ amount: -100 })] });
  });

  it('may not change within a file', () => {
    const result = parseStatement([wise(['USD', 'EUR'])], { currency: USD });
    expect(result.issues).toEqual([expect.objectContaining({ line: 3, column: 4, value: 'EUR', problem: "is another currency than line 2's USD" })]);
  });
});
