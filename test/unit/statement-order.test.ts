import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import { parseStatement } from '../../src/read/statement/parse-statement.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW, USD } from '../support/factories.js';
import { N26_HEADER, N26_ROW, tableOf } from '../support/statement-table.js';

const HEADER = ['거래일시', '적요', '보낸분/받는분', '송금메모', '출금액', '입금액', '잔액', '거래점', '구분'];
// Oldest first: two rows at the same second (a transfer and its fee), as the bank lists them oldest first.
const OLDEST_FIRST = [
  ['2026.11.02 09:00:00', '전자금융', '스튜디오 봄', '', '0', '2,300,000', '3,300,000', '', ''],
  ['2026.11.03 12:00:00', '타행이체', '김집주인', '', '750,000', '0', '2,550,000', '', ''],
  ['2026.11.03 12:00:00', '수수료', '', '', '500', '0', '2,549,500', '', ''],
  ['2026.11.04 08:00:00', '체크카드', '편의점', '', '4,500', '0', '2,545,000', '', ''],
];
const kb = (rows: string[][], sheet?: string) => parseStatement([tableOf('kb.csv', [HEADER, ...rows], sheet)], { currency: KRW });

describe('row order', () => {
  it('gives the same statement for a newest-first file as for an oldest-first one', () => {
    const oldest = kb(OLDEST_FIRST).values!;
    const newest = kb([...OLDEST_FIRST].reverse()).values!;
    const strip = (statement: typeof oldest) => statement.transactions.map(({ source: _source, ...rest }) => rest);
    expect(strip(newest)).toEqual(strip(oldest));
    expect(oldest.transactions.map((row) => row.amount)).toEqual([2_300_000, -750_000, -500, -4_500]);
    expect(newest.balance?.amount).toBe(2_545_000);
    expect(oldest.balance?.amount).toBe(2_545_000);
    expect([newest.from, newest.to]).toEqual([d('2026-11-02'), d('2026-11-04')]);
  });

  it('keeps rows of one instant in the order they happened: the fee after the transfer, in both files', () => {
    const newest = kb([...OLDEST_FIRST].reverse()).values!;
    expect(newest.transactions.map((row) => row.memo)).toEqual(['전자금융', '타행이체', '수수료', '체크카드']);
    expect(newest.transactions.map((row) => row.source)).toEqual(['kb.csv:5', 'kb.csv:4', 'kb.csv:3', 'kb.csv:2']);
  });

  it("lets the balances decide a day's rows without times", () => {
    const rows = [
      ['2026.11.03', '', '', '', '500', '0', '2,549,500', '', ''],
      ['2026.11.03', '', '', '', '750,000', '0', '2,550,000', '', ''],
      ['2026.11.03', '', '', '', '0', '2,300,000', '3,300,000', '', ''],
    ];
    const statement = kb(rows).values!;
    expect(statement.transactions.map((row) => row.amount)).toEqual([2_300_000, -750_000, -500]);
    expect(statement.balance).toEqual({ amount: 2_549_500, day: d('2026.11.03'.replaceAll('.', '-')), source: 'kb.csv:2' });
  });
});

describe('the balance of a statement', () => {
  it('is the last row with a balance plus the later rows of its day, its source the balance cell', () => {
    const chase = tableOf(
      'chase.csv',
      [
        ['Details', 'Posting Date', 'Description', 'Amount', 'Type', 'Balance', 'Check or Slip #'],
        ['DEBIT', '11/05/2026', 'PENDING LATER DAY', '-3.00', 'DEBIT_CARD', ' ', ''],
        ['DEBIT', '11/04/2026', 'PENDING SAME DAY', '-2.00', 'DEBIT_CARD', ' ', ''],
        ['DEBIT', '11/04/2026', 'SHOP', '-10.00', 'DEBIT_CARD', '90.00', ''],
        ['CREDIT', '11/03/2026', 'CLIENT', '100.00', 'ACH_CREDIT', '100.00', ''],
      ],
      '',
    );
    const statement = parseStatement([chase], { currency: USD }).values!;
    expect(statement.balance).toEqual({ amount: 8800, day: d('2026-11-04'), source: 'chase.csv!F4' });
    expect(statement.to).toBe(d('2026-11-05'));
    expect(statement.transactions.at(-1)).toMatchObject({ amount: -300, balance: undefined });
  });

  it('is undefined when no row has one (N26)', () => {
    const n26 = tableOf('n26.csv', [N26_HEADER, N26_ROW]);
    const statement = parseStatement([n26], { currency: currencyOf('EUR')! }).values!;
    expect(statement.balance).toBeUndefined();
    expect(statement.transactions).toHaveLength(1);
  });
});

describe('balance continuity', () => {
  it('warns once for a missing row, naming both lines and the sum that was expected', () => {
    const result = kb(OLDEST_FIRST.filter((_row, index) => index !== 2));
    expect(result.issues).toHaveLength(1);
    expect(formatIssue(result.issues[0]!)).toBe(
      'warning: kb.csv:4:7: 잔액 "2,545,000" does not follow from line 3 (2,550,000 − 4,500 = 2,545,500); a page missing or a row edited? Download the statement again for the whole period',
    );
  });

  it('warns into and out of an edited balance, each break once', () => {
    const rows = [...OLDEST_FIRST];
    rows[2] = ['2026.11.03 12:00:00', '수수료', '', '', '500', '0', '2,500,000', '', ''];
    expect(kb(rows).issues.map((issue) => [issue.line, issue.problem])).toEqual([
      [4, 'does not follow from line 3 (2,550,000 − 500 = 2,549,500)'],
      [5, 'does not follow from line 4 (2,500,000 − 4,500 = 2,495,500)'],
    ]);
  });

  it('names the lines of a newest-first file as the file has them', () => {
    const rows = [...OLDEST_FIRST];
    rows[3] = ['2026.11.04 08:00:00', '체크카드', '편의점', '', '4,500', '0', '2,000,000', '', ''];
    const result = kb([...rows].reverse());
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, column: 7, problem: 'does not follow from line 3 (2,549,500 − 4,500 = 2,545,000)' }),
    ]);
  });

  it('names the cells of a sheet', () => {
    const result = kb(
      OLDEST_FIRST.filter((_row, index) => index !== 2),
      '',
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: '', line: 4, problem: 'does not follow from row 3 (G3) (2,550,000 − 4,500 = 2,545,500)' }),
    ]);
  });

  it('lets rows without a balance between two with one pass (pending, masked)', () => {
    const rows = [...OLDEST_FIRST];
    rows[1] = ['2026.11.03 12:00:00', '타행이체', '김집주인', '', '750,000', '0', '**********', '', ''];
    expect(kb(rows).issues).toEqual([]);
  });
});
