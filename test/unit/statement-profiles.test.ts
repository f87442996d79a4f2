import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import { parseStatement } from '../../src/read/statement/parse-statement.js';
import { KRW } from '../support/factories.js';
import { N26_HEADER, N26_ROW, tableOf } from '../support/statement-table.js';

// Each header is copied from docs/bank-statement-layouts.md (what public parsers and fixtures show), not from the
// profiles' own tables: a profile that drifts from the sources fails here.
const LAYOUTS: ReadonlyArray<{ profile: string; currency: string; header: string[]; row: string[] }> = [
  {
    profile: 'kb',
    currency: 'KRW',
    header: ['거래일시', '적요', '보낸분/받는분', '송금메모', '출금액', '입금액', '잔액', '거래점', '구분'],
    row: ['2026.03.31 08:43:58', '스마트출금', '국세', '-', '46,770', '0', '793,705', '평택고', ''],
  },
  {
    profile: 'kb',
    currency: 'KRW',
    header: ['거래일시', '적요', '의뢰인/수취인', '내통장표시내용', '출금금액', '입금금액', '잔액', '취급점'],
    row: ['2026.03.31 08:43:58', '전자금융', '국세', '', '46,770', '0', '793,705', ''],
  },
  {
    profile: 'kb',
    currency: 'KRW',
    header: ['거래일시', '적요', '기재내용', '찾으신금액', '맡기신금액', '잔액', '거래점'],
    row: ['2026.03.31 08:43:58', '전자금융', '국세', '46,770', '0', '793,705', ''],
  },
  {
    profile: 'shinhan',
    currency: 'KRW',
    header: ['거래일자', '거래시간', '적요', '출금(원)', '입금(원)', '내용', '잔액(원)', '거래점'],
    row: ['20261003', '19:26:50', '타행모바일\n뱅킹', '0', '30,000', '홍길동(테스트\n상', '1,030,000', '(국민)'],
  },
  {
    profile: 'shinhan',
    currency: 'KRW',
    header: ['No', '전체선택', '거래일시', '적요', '입금액', '출금액', '내용', '잔액', '거래점명'],
    row: ['1', '', '2026-10-03 19:26:50', '타행이체', '30,000', '0', '홍길동', '1,030,000', ''],
  },
  {
    profile: 'woori',
    currency: 'KRW',
    header: ['No.', '거래일시', '적요', '기재내용', '지급(원)', '입금(원)', '거래후 잔액(원)', '취급점', '메모', '수표·어음·증권금액(원)'],
    row: ['1', '2026.10.03 19:26', '인터넷', '홍길동', '0', '30000', '1030000', '', '', '0'],
  },
  {
    profile: 'hana',
    currency: 'KRW',
    header: ['거래일시', '적요', '의뢰인/수취인', '입금', '출금', '거래후잔액', '구분', '거래점', '비고'],
    row: ['2026-10-03 19:26:50', '인터넷뱅킹', '홍길동', '30,000', '0', '1,030,000', '입금', '', ''],
  },
  {
    profile: 'hana',
    currency: 'KRW',
    header: ['거래일시', '적요', '맡기신금액', '찾으신금액', '잔액', '거래점'],
    row: ['2026/10/03', '홍길동', '30,000', '0', '1,030,000', ''],
  },
  {
    profile: 'nh',
    currency: 'KRW',
    header: ['순번', '거래일시', '출금금액', '입금금액', '거래후잔액', '거래내용', '거래기록사항', '거래점', '거래메모'],
    row: ['1', '2026/10/03 19:26:50', '0', '30,000', '1,030,000', '인터넷', '홍길동', '', ''],
  },
  {
    profile: 'nh',
    currency: 'KRW',
    header: ['구분', '거래일자', '출금금액(원)', '입금금액(원)', '거래 후 잔액(원)', '거래내용', '거래기록사항', '거래점', '거래시간', '이체메모'],
    row: ['입금', '2026-10-03', '0', '30,000', '1,030,000', '인터넷', '홍길동', '', '19:26', ''],
  },
  {
    profile: 'ibk',
    currency: 'KRW',
    header: [
      '',
      '거래일시',
      '출금',
      '입금',
      '거래후 잔액',
      '거래내용',
      '상대계좌번호',
      '상대은행',
      '메모',
      '거래구분',
      '수표어음금액',
      'CMS코드',
      '상대계좌예금주명',
    ],
    row: ['1', '2026-08-11 09:08:46', '0', '600000', '47971867', '김두환', '', '우체국', '', '타CD', '0', '', '김두환'],
  },
  {
    profile: 'kakaobank',
    currency: 'KRW',
    header: ['', '거래일시', '구분', '거래금액', '거래 후 잔액', '거래구분', '내용', '메모', ''],
    row: ['', '2026.03.05 10:53:12', '출금', '-3,000', '997,000', '체크카드결제', '편의점', '', ''],
  },
  {
    profile: 'tossbank',
    currency: 'KRW',
    header: ['거래 일시', '적요', '거래 유형', '거래 기관', '계좌번호', '거래 금액', '거래 후 잔액', '메모'],
    row: ['2026.08.10 12:00:00', '홍길동', '출금', '', '', '-12,000', '988,000', ''],
  },
  {
    profile: 'wise',
    currency: 'USD',
    header: [
      'TransferWise ID',
      'Date',
      'Amount',
      'Currency',
      'Description',
      'Payment Reference',
      'Running Balance',
      'Exchange From',
      'Exchange To',
      'Exchange Rate',
      'Payer Name',
      'Payee Name',
      'Payee Account Number',
      'Merchant',
      'Card Last Four Digits',
      'Card Holder Full Name',
      'Attachment',
      'Note',
      'Total fees',
      'Exchange To Amount',
    ],
    row: ['TRANSFER-1', '13-11-2026', '-12.34', 'USD', 'Sent money to A', '', '987.66', '', '', '', '', 'A', '', '', '', '', '', '', '0', ''],
  },
  {
    profile: 'revolut',
    currency: 'EUR',
    header: ['Type', 'Product', 'Started Date', 'Completed Date', 'Description', 'Amount', 'Fee', 'Currency', 'State', 'Balance'],
    row: ['CARD_PAYMENT', 'Current', '2026-11-13 10:00:00', '2026-11-14 09:00:00', 'Shop', '-12.34', '0.00', 'EUR', 'COMPLETED', '987.66'],
  },
  {
    profile: 'n26',
    currency: 'EUR',
    header: N26_HEADER,
    row: N26_ROW,
  },
  {
    profile: 'n26',
    currency: 'EUR',
    header: [
      'Date',
      'Payee',
      'Account number',
      'Transaction type',
      'Payment reference',
      'Category',
      'Amount (EUR)',
      'Amount (Foreign Currency)',
      'Type Foreign Currency',
      'Exchange Rate',
    ],
    row: ['2026-11-13', 'Shop', '', 'MasterCard Payment', '', 'Shopping', '-12.34', '', '', ''],
  },
  {
    profile: 'chase',
    currency: 'USD',
    header: ['Details', 'Posting Date', 'Description', 'Amount', 'Type', 'Balance', 'Check or Slip #'],
    row: ['DEBIT', '11/13/2026', 'SHOP', '-12.34', 'DEBIT_CARD', '987.66', ''],
  },
  {
    profile: 'monzo',
    currency: 'GBP',
    header: [
      'Transaction ID',
      'Date',
      'Time',
      'Type',
      'Name',
      'Emoji',
      'Category',
      'Amount',
      'Currency',
      'Local amount',
      'Local currency',
      'Notes and #tags',
      'Address',
      'Receipt',
      'Description',
      'Category split',
      'Money Out',
      'Money In',
    ],
    row: ['tx_1', '13/11/2026', '10:00:00', 'Card payment', 'Shop', '', 'Shopping', '-12.34', 'GBP', '-12.34', 'GBP', '', '', '', 'SHOP', '', '-12.34', ''],
  },
];

describe('a statement is read by the profile its header matches', () => {
  it.each(LAYOUTS.map((layout) => [layout.profile, layout.header.slice(0, 4).join(', '), layout] as const))('%s: %s…', (_name, _start, layout) => {
    // Title rows above the header, as the Korean banks write them.
    const table = tableOf('bank.csv', [['거래내역조회'], ['계좌번호', '123-456-789'], ['조회기간', '2026.08.01 ~ 2026.11.30'], layout.header, layout.row]);
    const read = parseStatement([table], { currency: currencyOf(layout.currency)! });
    expect(read.issues).toEqual([]);
    expect(read.values?.profile).toBe(layout.profile);
    expect(read.values?.currency).toBe(layout.currency);
    expect(read.values?.transactions).toHaveLength(1);
    expect(read.values?.transactions[0]?.source).toMatch(/^bank\.csv:5$/);
  });

  it('reads a header of known words but no known layout as generic', () => {
    const table = tableOf('mine.csv', [
      ['날짜', '내용', '입금', '출금', '잔액'],
      ['2026-11-02', '월세', '', '750,000', '250,000'],
    ]);
    const read = parseStatement([table], { currency: KRW });
    expect(read.values?.profile).toBe('generic');
    expect(read.values?.transactions[0]).toMatchObject({ amount: -750_000, balance: 250_000, memo: '월세' });
  });

  it('reads the headings --map bank.* names as mapped, the rest by the usual headings', () => {
    const table = tableOf('mine.csv', [
      ['언제', '얼마', '잔고', '적요'],
      ['2026-11-02', '-750,000', '250,000', '월세'],
    ]);
    const read = parseStatement([table], { currency: KRW, choices: { date: '언제', amount: '얼마', balance: '잔고' } });
    expect(read.issues).toEqual([]);
    expect(read.values?.profile).toBe('mapped');
    expect(read.values?.transactions[0]).toMatchObject({ amount: -750_000, balance: 250_000, memo: '월세' });
  });

  it('takes the first sheet whose header a profile reads', () => {
    const cover = tableOf('kakao.xlsx', [['카카오뱅크 거래내역'], ['성명', '홍길동']], '');
    const data = tableOf(
      'kakao.xlsx',
      [
        ['', '거래일시', '구분', '거래금액', '거래 후 잔액', '거래구분', '내용', '메모'],
        ['', '2026.03.05 10:53:12', '입금', '3,000', '1,003,000', '이체', '김철수', ''],
      ],
      '거래내역',
    );
    const read = parseStatement([cover, data], { currency: KRW });
    expect(read.values?.profile).toBe('kakaobank');
    expect(read.values?.balance?.source).toBe('kakao.xlsx!거래내역!E2');
  });
});
