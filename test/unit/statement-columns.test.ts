import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/domain/money.js';
import { parseStatement } from '../../src/read/statement/parse-statement.js';
import { parseStatementAmount } from '../../src/read/statement/statement-amount.js';
import { d, EUR, KRW, USD } from '../support/factories.js';
import { tableOf } from '../support/statement-table.js';

const read = (rows: string[][], currency = KRW) => parseStatement([tableOf('bank.csv', rows)], { currency });
const only = (rows: string[][], currency = KRW) => {
  const result = read(rows, currency);
  expect(result.issues).toEqual([]);
  expect(result.values?.transactions).toHaveLength(1);
  return result.values!.transactions[0]!;
};
const at = (hours: number, minutes: number, seconds = 0) => hours * 3600 + minutes * 60 + seconds;

describe('dates and times', () => {
  it.each([
    ['2026.11.28 14:03:22', at(14, 3, 22)],
    ['2026-11-28 14:03', at(14, 3)],
    ['[2026-11-28 14:03:22]', at(14, 3, 22)],
    ['2026-11-28T14:03:22', at(14, 3, 22)],
    ['2026/11/28', undefined],
    ['20261128', undefined],
    ['20261128140322', at(14, 3, 22)],
    ['2026. 11. 28.', undefined],
  ])('reads %s in one cell', (cell, time) => {
    expect(
      only([
        ['거래일시', '거래금액'],
        [cell, '-25,000'],
      ]),
    ).toMatchObject({ day: d('2026-11-28'), time });
  });

  it('reads the date and the time from two columns (거래일자 + 거래시간)', () => {
    expect(
      only([
        ['거래일자', '거래시간', '출금(원)', '입금(원)'],
        ['20261128', '09:05:07', '25,000', '0'],
      ]),
    ).toMatchObject({
      day: d('2026-11-28'),
      time: at(9, 5, 7),
      amount: -25_000,
    });
  });

  it('learns day-first from a date that can only be day-first, for the whole file', () => {
    const result = read(
      [
        ['Date', 'Amount'],
        ['03/11/2026', '-1.00'],
        ['13/11/2026', '-2.00'],
      ],
      USD,
    );
    expect(result.issues).toEqual([]);
    expect(result.values?.transactions.map((row) => row.day)).toEqual([d('2026-11-03'), d('2026-11-13')]);
  });

  it('says a bad date is a bad date, in its cell, as an error of the row', () => {
    const result = read([
      ['거래일시', '거래금액'],
      ['2026-11-31', '-25,000'],
      ['2026-11-30', '-1,000'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, column: 1, value: '2026-11-31', problem: 'is not a day of the calendar', rowOnly: true }),
    ]);
    expect(result.values?.transactions.map((row) => row.amount)).toEqual([-1_000]);
  });
});

describe('money in and out', () => {
  it.each([
    ['입금액', '출금액'],
    ['맡기신금액', '찾으신금액'],
    ['입금(원)', '지급(원)'],
    ['Money In', 'Money Out'],
    ['Paid in', 'Paid out'],
  ])('%s is money in and %s money out', (moneyIn, moneyOut) => {
    const result = read([
      ['거래일시', moneyIn, moneyOut],
      ['2026-11-02', '1,500,000', ''],
      ['2026-11-03', '0', '25,000'],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values?.transactions.map((row) => row.amount)).toEqual([1_500_000, -25_000]);
  });

  it('reads Money Out with or without its minus as money out', () => {
    expect(
      read(
        [
          ['Date', 'Money In', 'Money Out'],
          ['2026-11-02', '', '-13.03'],
          ['2026-11-03', '', '25.00'],
        ],
        USD,
      ).values?.transactions.map((row) => row.amount),
    ).toEqual([-1303, -2500]);
  });

  it.each(['거래금액', 'Amount'])('reads a signed %s column', (heading) => {
    expect(
      read([
        ['거래일시', heading],
        ['2026-11-02', '-25,000'],
        ['2026-11-03', '1,500,000'],
      ]).values?.transactions.map((row) => row.amount),
    ).toEqual([-25_000, 1_500_000]);
  });

  it('takes the direction from 구분 and the size from the amount, whatever its sign', () => {
    const rows = [
      ['거래일시', '구분', '거래금액'],
      ['2026-11-02', '출금', '-3,000'],
      ['2026-11-02', '출금', '3,000'],
      ['2026-11-03', '입금', '50,000'],
      ['2026-11-04', '입금취소', '50,000'],
    ];
    expect(read(rows).values?.transactions.map((row) => row.amount)).toEqual([-3_000, -3_000, 50_000, -50_000]);
  });

  it('says a 구분 it does not know', () => {
    expect(
      read([
        ['거래일시', '구분', '거래금액'],
        ['2026-11-02', '기타', '3,000'],
      ]).issues,
    ).toEqual([expect.objectContaining({ line: 2, column: 2, value: '기타', problem: 'is not a direction' })]);
  });

  it.each([
    ['1,500,000', 1_500_000],
    ['\\1,500,000', 1_500_000],
    ['₩1,500,000', 1_500_000],
    ['1,500,000원', 1_500_000],
    ['-25,000', -25_000],
    ['(25,000)', -25_000],
    ['1500000.00', 1_500_000],
    ['+1,000', 1_000],
  ])('reads the KRW cell %s as %i won', (cell, amount) => {
    expect(
      only([
        ['거래일시', '거래금액'],
        ['2026-11-02', cell],
      ]).amount,
    ).toBe(amount);
  });

  it('reads -12.34 as -1234 cents in a USD statement', () => {
    expect(
      only(
        [
          ['Date', 'Amount'],
          ['2026-11-02', '-12.34'],
        ],
        USD,
      ).amount,
    ).toBe(-1234);
  });

  it('refuses 1500000.50 for KRW (decimals that are not zeros)', () => {
    expect(
      read([
        ['거래일시', '거래금액'],
        ['2026-11-02', '1500000.50'],
      ]).issues,
    ).toEqual([expect.objectContaining({ line: 2, column: 2, problem: 'has 2 decimals, but KRW has 0' })]);
  });

  it('takes the fee off the amount (Revolut)', () => {
    const header = ['Type', 'Product', 'Started Date', 'Completed Date', 'Description', 'Amount', 'Fee', 'Currency', 'State', 'Balance'];
    const row = ['TRANSFER', 'Current', '2026-11-02 10:00:00', '2026-11-02 10:00:01', 'To A', '-10.00', '0.50', 'EUR', 'COMPLETED', '89.50'];
    const result = parseStatement([tableOf('revolut.csv', [header, row])], { currency: USD, convertible: new Set(['EUR']) });
    expect(result.values?.transactions[0]?.amount).toBe(-1050);
    expect(result.values?.currency).toBe('EUR');
  });
});

describe('rows that move no money', () => {
  it('leaves out a note row (no date, no amount, no balance) without a word', () => {
    const result = read([
      ['거래일시', '입금액', '출금액', '잔액', '적요'],
      ['2026-11-02', '', '25,000', '75,000', '카드'],
      ['', '', '', '', '(1/2)'],
      ['※ 본 자료는 참고용입니다', '', '', '', ''],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values?.transactions).toHaveLength(1);
  });

  it('says a dated row with neither in nor out is an error of the row', () => {
    const result = read([
      ['거래일시', '입금액', '출금액', '잔액'],
      ['2026-11-02', '0', '0', '75,000'],
    ]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', line: 2, column: 2, problem: 'moves no money', rowOnly: true })]);
  });

  it('leaves out the payments Revolut reverted or declined: they moved no money', () => {
    const header = ['Type', 'Product', 'Started Date', 'Completed Date', 'Description', 'Amount', 'Fee', 'Currency', 'State', 'Balance'];
    const result = read(
      [
        header,
        ['CARD_PAYMENT', 'Current', '2026-11-02 10:00:00', '2026-11-02 10:00:01', 'Shop', '-10.00', '0.00', 'EUR', 'COMPLETED', '90.00'],
        ['CARD_PAYMENT', 'Current', '2026-11-03 10:00:00', '', 'Shop', '-25.00', '0.00', 'EUR', 'DECLINED', ''],
        ['CARD_PAYMENT', 'Current', '2026-11-04 10:00:00', '2026-11-04 10:00:01', 'Shop', '-5.00', '0.00', 'EUR', 'REVERTED', ''],
        ['TRANSFER', 'Current', '2026-11-05 10:00:00', '', 'Rent', '-40.00', '0.00', 'EUR', 'PENDING', ''],
      ],
      EUR,
    );
    expect(result.issues).toEqual([]);
    expect(result.values?.profile).toBe('revolut');
    expect(result.values?.transactions.map((row) => row.amount)).toEqual([-1000, -4000]);
  });

  it('says a row with both in and out set is an error', () => {
    expect(
      read([
        ['거래일시', '입금액', '출금액'],
        ['2026-11-02', '1,000', '2,000'],
      ]).issues,
    ).toEqual([expect.objectContaining({ line: 2, column: 3, problem: 'is set, and so is the money-in cell of this row' })]);
  });
});

describe('balance, counterparty and memo columns', () => {
  it.each(['거래후잔액', '거래 후 잔액', '잔액(원)', '남은금액', 'Running Balance', 'Balance'])('reads %s as the balance', (heading) => {
    expect(
      only([
        ['거래일시', '거래금액', heading],
        ['2026-11-02', '-25,000', '1,275,000'],
      ]).balance,
    ).toBe(1_275_000);
  });

  it('reads a pending row (a blank balance) and a masked one (**********) as rows without a balance', () => {
    const result = read([
      ['거래일시', '거래금액', '잔액'],
      ['2026-11-02', '-25,000', '1,275,000'],
      ['2026-11-03', '-5,000', '**********'],
      ['2026-11-04', '-5,000', ' '],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values?.transactions.map((row) => row.balance)).toEqual([1_275_000, undefined, undefined]);
  });

  it.each(['보낸분/받는분', '의뢰인/수취인', 'Payee', 'Name', 'Counter party'])('reads %s as the counterparty', (heading) => {
    expect(
      only([
        ['거래일시', '거래금액', heading],
        ['2026-11-02', '-25,000', '스튜디오 봄'],
      ]).counterparty,
    ).toBe('스튜디오 봄');
  });

  it.each(['적요', '기재내용', '내용', '메모', 'Description', 'Reference'])('reads %s as the memo', (heading) => {
    expect(
      only([
        ['거래일시', '거래금액', heading],
        ['2026-11-02', '-25,000', 'INV-2026-030'],
      ]).memo,
    ).toBe('INV-2026-030');
  });

  it("keeps KB's channel (적요) out of the counterparty and joins the user's note (송금메모) to it", () => {
    const row = only([
      ['거래일시', '적요', '보낸분/받는분', '송금메모', '출금액', '입금액', '잔액', '거래점', '구분'],
      ['2026.11.06 10:00:00', '전자금융', '스튜디오 봄', 'INV-2026-030', '0', '2,300,000', '5,000,000', '', ''],
    ]);
    expect(row).toMatchObject({ counterparty: '스튜디오 봄', memo: '전자금융 / INV-2026-030', amount: 2_300_000 });
  });

  it("joins 신한's words broken across lines in a cell", () => {
    const row = only([
      ['거래일자', '거래시간', '적요', '출금(원)', '입금(원)', '내용', '잔액(원)', '거래점'],
      ['20261003', '19:26:50', '타행모바일\n뱅킹', '0', '30,000', '홍길동(테스트\n상', '1,030,000', '(국민)'],
    ]);
    expect(row).toMatchObject({ memo: '타행모바일뱅킹', counterparty: '홍길동(테스트상' });
  });
});

describe('the quick reading of plain cells', () => {
  it('gives what parseAmount gives for every plain amount and currency', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.boolean(), fc.constantFrom(KRW, USD), (units, grouped, currency) => {
        const digits = (units < 0n ? -units : units).toString().padStart(currency.decimals + 1, '0');
        const whole = digits.slice(0, digits.length - currency.decimals);
        const text = `${units < 0n ? '-' : ''}${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}${currency.decimals > 0 ? `.${digits.slice(-currency.decimals)}` : ''}`;
        expect(parseStatementAmount(text, currency, 'point')).toEqual(parseAmount(text, currency, 'point'));
      }),
    );
  });
});
