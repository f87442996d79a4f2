// Writes fixtures/bank/*: one statement per bank profile, each in the form that bank exports (container, encoding,
// title rows, header, order, cell forms: docs/bank-statement-layouts.md), all from the one month in
// fixtures/bank/tidy.csv. Deterministic and offline: run `node scripts/make-bank-fixtures.mjs` and commit the output.
// The foreign statements are a scaled copy: 10 won become 1 cent (₩2,300,000 → 2,300.00 in USD, EUR or GBP).
import crypto from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

const require = createRequire(import.meta.url);
const DIR = new URL('../fixtures/bank/', import.meta.url);
const out = (name, data) => writeFileSync(new URL(name, DIR), data);

// --- the tidy month -------------------------------------------------------------------------------------------

const [, opening, ...moves] = readFileSync(new URL('tidy.csv', DIR), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [date, time, amount, counterparty, memo] = line.split(',');
    return { date, time, amount: Number(amount), counterparty, memo };
  });
let running = opening.amount;
/** Oldest first, each with the balance after it (won). */
const ROWS = moves.map((move) => {
  running += move.amount;
  return { ...move, balance: running };
});
const LAST = ROWS.at(-1);
const newestFirst = (rows) => [...rows].reverse();

const grouped = (won) => String(Math.abs(won)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** 10 won → 1 cent, as text with two decimals: -21000 → "-21.00". */
const scaled = (won) => {
  if (won % 10 !== 0) throw new Error(`${won} won does not scale to whole cents`);
  const cents = String(Math.abs(won / 10)).padStart(3, '0');
  return `${won < 0 ? '-' : ''}${cents.slice(0, -2)}.${cents.slice(-2)}`;
};
const dotted = (row) => row.date.replaceAll('-', '.');
const csvLine = (cells) => cells.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell))).join(',');
const csv = (rows) => `${rows.map(csvLine).join('\r\n')}\r\n`;
const inOut = (won) => (won > 0 ? [0, won] : [-won, 0]); // [출금, 입금]
const totals = (rows) => rows.reduce(([out, inn], row) => [out + inOut(row.amount)[0], inn + inOut(row.amount)[1]], [0, 0]);
const PERIOD = '2026.11.01 ~ 2026.11.30';

/** A workbook of one sheet from rows of cells (numbers stay numbers, formatted with thousands separators). */
function book(name, rows) {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (const [address, cell] of Object.entries(sheet)) if (!address.startsWith('!') && cell.t === 'n') cell.z = '#,##0';
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, name);
  return workbook;
}
const xlsx = (workbook) => XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true });

// --- Korean banks ---------------------------------------------------------------------------------------------

// KB국민: web banking's "엑셀" is an HTML document named .xls, in EUC-KR, a table of account facts above the
// transactions inside a wrapper table, newest first, a 합계 row last.
{
  const cell = (text) => `<td>${text}</td>`;
  const [outTotal, inTotal] = totals(ROWS);
  const rows = newestFirst(ROWS).map(
    (row) =>
      `<tr>${[
        `${dotted(row)} ${row.time}`,
        row.amount > 0 ? '전자금융' : '체크카드',
        row.counterparty,
        row.amount > 0 ? row.memo : '-',
        grouped(inOut(row.amount)[0]),
        grouped(inOut(row.amount)[1]),
        grouped(row.balance),
        '',
        row.amount > 0 ? '입금' : '출금',
      ]
        .map(cell)
        .join('')}</tr>`,
  );
  const html = [
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>",
    '<style>td { mso-number-format: "\\@"; }</style></head><body>',
    '<table><tr><td>',
    '<table border="1">',
    `<tr><td>조회기간</td><td>${PERIOD}</td></tr>`,
    '<tr><td>계좌번호</td><td>123456-01-234567</td></tr>',
    '<tr><td>예금종류</td><td>KB국민ONE통장</td></tr>',
    `<tr><td>총잔액</td><td>${grouped(LAST.balance)}</td></tr>`,
    '</table>',
    '</td></tr><tr><td>',
    '<table border="1">',
    `<tr>${['거래일시', '적요', '보낸분/받는분', '송금메모', '출금액', '입금액', '잔액', '거래점', '구분'].map((text) => `<th>${text}</th>`).join('')}</tr>`,
    ...rows,
    `<tr><td colspan="4">합계</td>${cell(grouped(outTotal))}${cell(grouped(inTotal))}<td></td><td></td><td></td></tr>`,
    '</table>',
    '</td></tr></table></body></html>',
  ].join('\r\n');
  out('kb.xls', iconv.encode(html, 'euc-kr'));
}

// 신한: xlsx, title rows above a header on row 7, 거래일자 (YYYYMMDD) and 거래시간 apart, newest first, 0 on the
// unused side, a cell broken across lines, and one balance masked as the bank sometimes does.
{
  const masked = ROWS.findIndex((row) => row.memo === '통신비');
  const rows = newestFirst(ROWS.map((row, index) => ({ ...row, masked: index === masked }))).map((row) => [
    row.date.replaceAll('-', ''),
    row.time,
    row.amount > 0 ? '타행모바일\n뱅킹' : '체크카드',
    inOut(row.amount)[0],
    inOut(row.amount)[1],
    row.counterparty || row.memo,
    row.masked ? '**********' : row.balance,
    row.amount > 0 ? '(국민)' : '역삼역',
  ]);
  out(
    'shinhan.xlsx',
    xlsx(
      book('거래내역', [
        ['거래내역조회'],
        [],
        ['계좌번호', '110-123-456789'],
        ['조회기간', PERIOD],
        ['조회건수', ROWS.length],
        [],
        ['거래일자', '거래시간', '적요', '출금(원)', '입금(원)', '내용', '잔액(원)', '거래점'],
        ...rows,
      ]),
    ),
  );
}

// 우리: a real BIFF8 .xls, 최근거래내역조회 on row 1, the header on row 4, numeric amounts, oldest first.
{
  const rows = ROWS.map((row, index) => [
    index + 1,
    `${dotted(row)} ${row.time.slice(0, 5)}`,
    row.amount > 0 ? '인터넷' : '체크',
    row.counterparty || row.memo,
    inOut(row.amount)[0],
    inOut(row.amount)[1],
    row.balance,
    '',
    row.amount > 0 ? row.memo : '',
    0,
  ]);
  const header = ['No.', '거래일시', '적요', '기재내용', '지급(원)', '입금(원)', '거래후 잔액(원)', '취급점', '메모', '수표·어음·증권금액(원)'];
  const workbook = book('최근거래내역조회', [['최근거래내역조회'], ['계좌번호', '1002-123-456789'], ['조회기간', PERIOD], header, ...rows]);
  out('woori.xls', XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' }));
}

// 하나: xlsx, 예금주 / 계좌번호 / 조회기간 on rows 1–6, the header on row 7 (입금 before 출금), a 합계 row last.
{
  const [outTotal, inTotal] = totals(ROWS);
  const rows = ROWS.map((row) => [
    `${row.date} ${row.time}`,
    row.amount > 0 ? '인터넷뱅킹' : '체크카드',
    row.counterparty,
    inOut(row.amount)[1],
    inOut(row.amount)[0],
    row.balance,
    row.amount > 0 ? '입금' : '출금',
    '',
    row.amount > 0 ? row.memo : '',
  ]);
  const preamble = [['하나은행 거래내역'], ['예금주', '홍길동'], ['계좌번호', '123-456789-01234'], ['조회기간', PERIOD], [], []];
  const header = ['거래일시', '적요', '의뢰인/수취인', '입금', '출금', '거래후잔액', '구분', '거래점', '비고'];
  out('hana.xlsx', xlsx(book('거래내역', [...preamble, header, ...rows, ['합계', '', '', inTotal, outTotal, '', '', '', '']])));
}

// NH농협: CSV in CP949 (Korean Excel's default), the personal layout's header on row 8, newest first.
{
  const rows = newestFirst(ROWS).map((row, index) => [
    index + 1,
    `${row.date.replaceAll('-', '/')} ${row.time}`,
    grouped(inOut(row.amount)[0]),
    grouped(inOut(row.amount)[1]),
    grouped(row.balance),
    row.amount > 0 ? '인터넷입금' : '체크카드',
    row.counterparty || row.memo,
    '',
    row.amount > 0 ? row.memo : '',
  ]);
  const preamble = [['거래내역조회'], [], ['계좌번호', '302-1234-5678-91'], ['예금주', '홍길동'], ['조회기간', PERIOD], ['조회건수', ROWS.length], []];
  const header = ['순번', '거래일시', '출금금액', '입금금액', '거래후잔액', '거래내용', '거래기록사항', '거래점', '거래메모'];
  out('nh.csv', iconv.encode(csv([...preamble, header, ...rows]), 'cp949'));
}

// IBK기업: CSV (UTF-8 with a BOM), a title and an account row, the header on row 3 over a blank first column,
// plain digits, oldest first.
{
  const header = [
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
  ];
  const rows = ROWS.map((row, index) => [
    index + 1,
    `${row.date} ${row.time}`,
    ...inOut(row.amount),
    row.balance,
    row.memo,
    '',
    row.amount > 0 ? '국민' : '',
    '',
    row.amount > 0 ? '타행이체' : '체크카드',
    0,
    '',
    row.counterparty,
  ]);
  out('ibk.csv', `\uFEFF${csv([['거래내역조회'], ['계좌번호: 123-456789-01-012'], header, ...rows])}`);
}

// 카카오뱅크: xlsx, ten title rows, the header on row 11 with column A blank, 거래금액 with 구분 (출금 amounts
// written with a minus), newest first.
{
  const preamble = [['', '카카오뱅크 거래내역'], [], ['', '성명', '홍길동'], ['', '계좌번호', '3333-01-1234567'], ['', '조회기간', PERIOD], [], [], [], [], []];
  const header = ['', '거래일시', '구분', '거래금액', '거래 후 잔액', '거래구분', '내용', '메모'];
  const rows = newestFirst(ROWS).map((row) => [
    '',
    `${dotted(row)} ${row.time}`,
    row.amount > 0 ? '입금' : '출금',
    `${row.amount < 0 ? '-' : ''}${grouped(row.amount)}`,
    grouped(row.balance),
    row.amount > 0 ? '이체' : '체크카드결제',
    row.counterparty || row.memo,
    row.amount > 0 ? row.memo : '',
  ]);
  out('kakaobank.xlsx', xlsx(book('거래내역', [...preamble, header, ...rows])));
}

// 토스뱅크: an encrypted xlsx (password 0000), sheet 토스뱅크 거래내역, the header on row 9 in columns B:I,
// signed 거래 금액, newest first. officecrypto-tool salts with crypto.randomBytes; fed a fixed stream here so
// that the file is the same on every run.
{
  const preamble = [['', '토스뱅크 거래내역'], [], ['', '성명', '홍길동'], ['', '계좌번호', '1000-1234-5678'], ['', '조회 기간', PERIOD], [], [], []];
  const header = ['', '거래 일시', '적요', '거래 유형', '거래 기관', '계좌번호', '거래 금액', '거래 후 잔액', '메모'];
  const rows = newestFirst(ROWS).map((row) => [
    '',
    `${dotted(row)} ${row.time}`,
    row.counterparty || row.memo,
    row.amount > 0 ? '입금' : '체크카드결제',
    row.amount > 0 ? '국민은행' : '',
    '',
    row.amount,
    row.balance,
    row.amount > 0 ? row.memo : '',
  ]);
  const plain = xlsx(book('토스뱅크 거래내역', [...preamble, header, ...rows]));
  const officeCrypto = require('officecrypto-tool');
  const randomBytes = crypto.randomBytes;
  let counter = 0;
  crypto.randomBytes = (size) => {
    const bytes = Buffer.alloc(size);
    for (let at = 0; at < size; at += 32) crypto.createHash('sha256').update(`tossbank-fixture-${counter++}`).digest().copy(bytes, at);
    return bytes;
  };
  try {
    out('tossbank.xlsx', officeCrypto.encrypt(plain, { password: '0000' }));
  } finally {
    crypto.randomBytes = randomBytes;
  }
}

// --- foreign banks (the scaled copy) --------------------------------------------------------------------------

// Wise: UTF-8 CSV, DD-MM-YYYY, signed Amount, Running Balance, one currency (USD), newest first.
{
  const header = [
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
  ];
  const rows = newestFirst(ROWS).map((row, index) => {
    const [y, m, d] = row.date.split('-');
    const card = row.amount < 0 && row.counterparty !== '' && row.memo !== '월세 11월';
    const id = row.amount > 0 ? `TRANSFER-${9100 + index}` : card ? `CARD-${7700 + index}` : `BALANCE-${5500 + index}`;
    const description =
      row.amount > 0
        ? `Received money from ${row.counterparty}`
        : card
          ? `Card transaction of ${scaled(-row.amount)} USD issued by ${row.counterparty}`
          : row.memo;
    return [
      id,
      `${d}-${m}-${y}`,
      scaled(row.amount),
      'USD',
      description,
      row.amount > 0 ? row.memo : '',
      scaled(row.balance),
      '',
      '',
      '',
      row.amount > 0 ? row.counterparty : '',
      !card && row.amount < 0 ? row.counterparty : '',
      '',
      card ? row.counterparty : '',
      card ? '4321' : '',
      card ? 'Gildong Hong' : '',
      '',
      '',
      '0.00',
    ];
  });
  out('wise.csv', csv([header, ...rows]));
}

// Revolut: UTF-8 CSV, oldest first, Amount and Fee apart (one card payment carries a fee), the last row still
// pending: no Completed Date and no Balance.
{
  const header = ['Type', 'Product', 'Started Date', 'Completed Date', 'Description', 'Amount', 'Fee', 'Currency', 'State', 'Balance'];
  const rows = ROWS.map((row) => {
    const started = `${row.date} ${row.time}`;
    const pending = row === LAST;
    const fee = row.memo === 'Figma Professional' ? 50 : 0; // cents
    const amount = row.amount / 10 + fee; // cents: Amount − Fee is the row's effect
    return [
      row.amount > 0 ? 'TOPUP' : 'CARD_PAYMENT',
      'Current',
      started,
      pending ? '' : started,
      row.counterparty || row.memo,
      scaled(amount * 10),
      scaled(fee * 10),
      'EUR',
      pending ? 'PENDING' : 'COMPLETED',
      pending ? '' : scaled(row.balance),
    ];
  });
  out('revolut.csv', csv([header, ...rows]));
}

// N26: UTF-8 CSV in the layout since 2023, ISO dates, signed Amount (EUR), no balance column, oldest first.
{
  const header = [
    'Booking Date',
    'Value Date',
    'Partner Name',
    'Partner Iban',
    'Type',
    'Payment Reference',
    'Account Name',
    'Amount (EUR)',
    'Original Amount',
    'Original Currency',
    'Exchange Rate',
  ];
  const rows = ROWS.map((row) => [
    row.date,
    row.date,
    row.counterparty,
    row.amount > 0 ? 'DE89370400440532013000' : '',
    row.amount > 0 ? 'Credit Transfer' : 'Presentment',
    row.memo,
    'Main Account',
    scaled(row.amount),
    '',
    '',
    '',
  ]);
  out('n26.csv', csv([header, ...rows]));
}

// Chase checking: CSV, MM/DD/YYYY, newest first, the newest row pending (its balance a blank), and every data
// row ending with a comma the header lacks, as real exports do.
{
  const header = ['Details', 'Posting Date', 'Description', 'Amount', 'Type', 'Balance', 'Check or Slip #'];
  const rows = newestFirst(ROWS).map((row) => {
    const [y, m, d] = row.date.split('-');
    return [
      row.amount > 0 ? 'CREDIT' : 'DEBIT',
      `${m}/${d}/${y}`,
      `${row.counterparty || row.memo}`.toUpperCase(),
      scaled(row.amount),
      row.amount > 0 ? 'ACH_CREDIT' : 'DEBIT_CARD',
      row === LAST ? ' ' : scaled(row.balance),
      '',
      '',
    ];
  });
  out('chase.csv', `${csvLine(header)}\r\n${rows.map(csvLine).join('\r\n')}\r\n`);
}

// Monzo: UTF-8 CSV, DD/MM/YYYY and Time apart, signed Amount (GBP), Money Out / Money In, no balance, oldest first.
{
  const header = [
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
  ];
  const rows = ROWS.map((row, index) => {
    const [y, m, d] = row.date.split('-');
    return [
      `tx_0000A${String(index).padStart(4, '0')}`,
      `${d}/${m}/${y}`,
      row.time,
      row.amount > 0 ? 'Faster payment' : 'Card payment',
      row.counterparty,
      '',
      row.amount > 0 ? 'Income' : 'Bills',
      scaled(row.amount),
      'GBP',
      scaled(row.amount),
      'GBP',
      row.amount > 0 ? row.memo : '',
      '',
      '',
      row.memo,
      '',
      row.amount < 0 ? scaled(row.amount) : '',
      row.amount > 0 ? scaled(row.amount) : '',
    ];
  });
  out('monzo.csv', csv([header, ...rows]));
}

// --- bad statements -------------------------------------------------------------------------------------------

// No amount column: KB's CSV with its amount columns left out.
{
  const header = ['거래일시', '적요', '보낸분/받는분', '송금메모', '잔액', '거래점'];
  const rows = newestFirst(ROWS).map((row) => [`${dotted(row)} ${row.time}`, '전자금융', row.counterparty, '-', grouped(row.balance), '']);
  out('bad/no-amount.csv', csv([['거래내역조회'], [`조회기간,${PERIOD}`], header, ...rows]));
}

// A page missing: KB's CSV (rows 1–4 a preamble, the header on row 5, newest first) without the rows of 11-15 and
// 11-16, so the balance after 11-20 does not follow from 11-14's.
{
  const header = ['거래일시', '적요', '보낸분/받는분', '송금메모', '출금액', '입금액', '잔액', '거래점', '구분'];
  const kept = newestFirst(ROWS).filter((row) => row.date !== '2026-11-15' && row.date !== '2026-11-16');
  const rows = kept.map((row) => [
    `${dotted(row)} ${row.time}`,
    '전자금융',
    row.counterparty,
    '-',
    ...inOut(row.amount).map(grouped),
    grouped(row.balance),
    '',
    '',
  ]);
  out('bad/missing-page.csv', csv([['KB국민은행 거래내역'], ['계좌번호', '123456-01-234567'], ['조회기간', PERIOD], [], header, ...rows]));
}
