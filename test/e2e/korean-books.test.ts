import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

const KOREAN_LOCALE = { LANG: 'ko_KR.UTF-8' };

// fixtures/bank/tidy.csv against fixtures/invoices.csv, worked by hand: 스튜디오 봄's ₩2,300,000 on 11-06 pays
// INV-2026-030, which the sheet already marks paid on 11-06 (장부 + 거래내역); 노을커피's ₩660,000 on 11-16 (line 11)
// pays INV-2026-028; 한빛출판's ₩1,000,000 on 11-28 is part of INV-2026-035's ₩1,800,000, ₩800,000 left open; the
// opening-balance row (line 2) and the ₩120 interest (line 17) pay nothing. The span 10-31 … 11-30 is in the as-of
// year: no year in the title. Amounts in the tables keep ₩ before the figure.
const TIDY = `거래내역 대조: fixtures/bank/tidy.csv (10월 31일~11월 30일)

입금 확인 (2건)
 청구서        거래처       입금일       받을 금액   받은 금액  근거
 INV-2026-030  스튜디오 봄  2026-11-06  ₩2,300,000  ₩2,300,000  장부 + 거래내역
 INV-2026-028  노을커피     2026-11-16    ₩660,000    ₩660,000  tidy.csv:11

일부 입금: 나머지는 미수 (1건)
 청구서           거래처            받을 금액     받은 금액     남은 금액
 INV-2026-035     한빛출판         ₩1,800,000    ₩1,000,000      ₩800,000

청구서와 맞지 않는 입금 (2건)
 입금일              금액  입금자               출처
 2026-10-31    ₩3,200,000  opening balance      fixtures/bank/tidy.csv:2
 2026-11-30          ₩120  예금이자             fixtures/bank/tidy.csv:17
`;

// A small set of books for the sections the fixtures do not reach: two alike invoices of 한빛출판 (₩800,000, issued
// 06-01, due 07-01) and one deposit of that amount on 07-01 — to review, never guessed; both stay open, 45 days
// past due at the statement's last day (08-15); 판교테크's ₩1,000,000 on 08-03 pays PT-01 (line 3 of bank.csv);
// 홍길동's ₩50,000 pays nothing; the sheet marks SD-01 paid on 08-05, and no deposit of 서울디자인 bears it out.
const INVOICES = `id,client,amount,issued,due,paid
HB-02,한빛출판,"800,000",2026-06-01,2026-07-01,
HB-03,한빛출판,"800,000",2026-06-01,2026-07-01,
SD-01,서울디자인,"500,000",2026-07-01,2026-07-31,2026-08-05
PT-01,판교테크,"1,000,000",2026-07-01,2026-07-31,
`;
const BANK = `date,time,amount,counterparty,memo
2026-07-01,10:00:00,800000,한빛출판,
2026-08-03,10:00:00,1000000,판교테크,
2026-08-15,10:00:00,50000,홍길동,
`;
const BOOKS = `거래내역 대조: bank.csv (7월 1일~8월 15일)

입금 확인 (1건)
 청구서      거래처        입금일        받을 금액    받은 금액  근거
 PT-01       판교테크      2026-08-03   ₩1,000,000   ₩1,000,000  bank.csv:3

확인 필요: 두 가지 이상으로 읽혀 정하지 않음 (1건)
 입금일             금액  입금자        해당 청구서       이유
 2026-07-01     ₩800,000  한빛출판      HB-02, HB-03      똑같은 청구서 2건

청구서와 맞지 않는 입금 (1건)
 입금일              금액  입금자               출처
 2026-08-15       ₩50,000  홍길동               bank.csv:4

지급기일이 지났는데 입금 없음: 연락 필요 (2건)
 청구서           거래처             지급기일     지연(일)
 HB-02            한빛출판           2026-07-01         45
 HB-03            한빛출판           2026-07-01         45

장부에는 입금, 거래내역에는 없음 (1건)
 청구서           거래처             입금일
 SD-01            서울디자인         2026-08-05
`;

function books(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-books-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('reconcile in Korean', () => {
  const TIDY_RUN = ['reconcile', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/tidy.csv', '--as-of', '2026-12-01'];

  it('prints the fixtures reconciled against the tidy month in Korean', () => {
    const run = cli([...TIDY_RUN, '--lang', 'ko']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(TIDY);
    expect(cli(TIDY_RUN, KOREAN_LOCALE).stdout).toBe(TIDY);
    expect(cli(TIDY_RUN).stdout).toMatch(/^Reconciled against fixtures\/bank\/tidy\.csv \(2026-10-31 – 2026-11-30\)\n\nPaid \(2\)\n/);
  });

  it('reads every Korean bank of the fixtures to the same tidy month: the same sections, from 11-02', () => {
    for (const file of ['kb.xls', 'nh.csv', 'shinhan.xlsx', 'woori.xls', 'hana.xlsx', 'ibk.csv', 'kakaobank.xlsx']) {
      const run = cli(['reconcile', 'fixtures/invoices.csv', '--bank', `fixtures/bank/${file}`, '--as-of', '2026-12-01', '--lang', 'ko']);
      expect([file, run.code, run.stderr]).toEqual([file, 0, '']);
      expect(run.stdout.split('\n').slice(0, 3)).toEqual([`거래내역 대조: fixtures/bank/${file} (11월 2일~11월 30일)`, '', '입금 확인 (2건)']);
      expect(run.stdout).toContain('\n INV-2026-035     한빛출판         ₩1,800,000    ₩1,000,000      ₩800,000\n');
    }
  });

  it('prints what to review, what is past due and what the sheet alone says is paid, in Korean', () => {
    const dir = books({ 'invoices.csv': INVOICES, 'bank.csv': BANK });
    const run = cli(['reconcile', 'invoices.csv', '--bank', 'bank.csv', '--as-of', '2026-12-01', '--lang', 'ko'], {}, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(BOOKS);
  });

  it('--json is the same document in both languages, its review reason in English', () => {
    const dir = books({ 'invoices.csv': INVOICES, 'bank.csv': BANK });
    const json = (lang: string) => cli(['reconcile', 'invoices.csv', '--bank', 'bank.csv', '--as-of', '2026-12-01', '--json', '--lang', lang], {}, dir).stdout;
    expect(json('ko')).toBe(json('en'));
    expect(JSON.parse(json('ko')).review[0].reason).toBe('2 invoices of 한빛출판 for the same amount and dates: which one it pays cannot be told');
  });

  it('--write says what it wrote, and that there is nothing more, in Korean', () => {
    const dir = books({ 'invoices.csv': INVOICES, 'bank.csv': BANK });
    const write = () => cli(['reconcile', 'invoices.csv', '--bank', 'bank.csv', '--as-of', '2026-12-01', '--write', '--lang', 'ko'], {}, dir);
    const first = write();
    expect(first.code).toBe(0);
    // Only PT-01's date is proven by the statement; SD-01's paid cell was already filled.
    expect(first.stderr.split('\n').at(-2)).toBe('cashflow: invoices.csv 파일에 입금일 1건을 적었습니다. 원래 파일은 invoices.csv.bak에 남겨 두었습니다.');
    expect(readFileSync(join(dir, 'invoices.csv'), 'utf8')).toBe(INVOICES.replace('2026-07-31,\n', '2026-07-31,2026-08-03\n'));
    expect(readFileSync(join(dir, 'invoices.csv.bak'), 'utf8')).toBe(INVOICES);
    expect(write().stderr.split('\n').at(-2)).toBe('cashflow: invoices.csv 파일에 적을 입금일이 없습니다.');
  });

  it('says in Korean what a reconcile without a statement, or a --write without a paid column, needs', () => {
    const dir = books({ 'invoices.csv': INVOICES, 'bank.csv': BANK });
    expect(cli(['reconcile', 'invoices.csv'], KOREAN_LOCALE, dir)).toMatchObject({
      code: 2,
      stderr: 'cashflow: reconcile에는 거래내역 파일이 필요합니다. --bank FILE(또는 설정의 "bank")로 거래내역을 주세요.\n',
    });
    // No paid column to write into: the books are read (paid is optional), the file is left as it was.
    writeFileSync(join(dir, 'unpaid.csv'), 'id,client,amount,issued,due\nPT-01,판교테크,"1,000,000",2026-07-01,2026-07-31\n');
    expect(cli(['reconcile', 'unpaid.csv', '--bank', 'bank.csv', '--as-of', '2026-12-01', '--write', '--lang', 'ko'], {}, dir)).toMatchObject({
      code: 2,
      stderr: 'cashflow: --write: unpaid.csv에 paid 열이 없습니다. 청구서 파일에 "paid"(또는 "입금일") 열을 추가한 뒤 reconcile --write를 다시 실행하세요.\n',
    });
  });
});

// Three months of a phone bill (68,800, 69,900, 68,200 on the 20th) and the rent (750,000 on the 25th): two monthly
// series; the phone's amount is the middle of its last three, 68,800; as of 12-01 the next payments are 12-20 and
// 12-25. The CSV is data: its headings are Korean only when --lang asks (the expenses reader takes both), its cells
// stay the reader's (`monthly`, `phone`), its amounts plain figures.
const STATEMENT = `date,time,amount,counterparty,memo
2026-09-20,09:30:00,-68800,SK텔레콤,통신비
2026-09-25,10:00:00,-750000,김영희,월세
2026-10-20,09:30:00,-69900,SK텔레콤,통신비
2026-10-25,10:00:00,-750000,김영희,월세
2026-11-20,09:30:00,-68200,SK텔레콤,통신비
2026-11-25,10:00:00,-750000,김영희,월세
`;
const LEARNED_ROWS = '2026-12-20,68800,SK텔레콤,phone,monthly,\n2026-12-25,750000,김영희,rent,monthly,\n';

describe('expenses --from-bank in Korean', () => {
  const dir = books({ 'bank.csv': STATEMENT, 'none.csv': 'id,client,amount,issued,due\n' });
  const ARGS = ['expenses', '--from-bank', 'bank.csv', '--as-of', '2026-12-01'];

  it('heads the learned CSV in Korean when --lang ko asks, in English when only the locale is Korean', () => {
    const korean = cli([...ARGS, '--lang', 'ko'], {}, dir);
    expect([korean.code, korean.stderr]).toEqual([0, '']);
    expect(korean.stdout).toBe(`날짜,금액,내용,분류,반복,종료일\n${LEARNED_ROWS}`);
    expect(cli(ARGS, KOREAN_LOCALE, dir).stdout).toBe(`date,amount,description,category,repeat,until\n${LEARNED_ROWS}`);
  });

  it('writes a Korean-headed file the forecast reads back to the same expenses as the English one', () => {
    expect(cli([...ARGS, '--lang', 'ko', '--output', 'ko.csv'], {}, dir).code).toBe(0);
    expect(cli([...ARGS, '--output', 'en.csv'], {}, dir).code).toBe(0);
    const expenses = (file: string) =>
      JSON.parse(
        cli(['forecast', 'none.csv', '--expenses', file, '--as-of', '2026-12-01', '--balance', '3000000', '--days', '30', '--json'], {}, dir).stdout,
      ).events.map((event: { date: string; amount: number; description: string }) => [event.date, event.amount, event.description]);
    expect(expenses('ko.csv')).toEqual([
      ['2026-12-20', -68_800, 'SK텔레콤'],
      ['2026-12-25', -750_000, '김영희'],
    ]);
    expect(expenses('ko.csv')).toEqual(expenses('en.csv'));
  });

  it('says in Korean that it needs a statement', () => {
    expect(cli(['expenses', '--lang', 'ko'], {}, dir)).toMatchObject({
      code: 2,
      stderr:
        'cashflow: expenses는 거래내역에서 반복 지출을 찾는데, 주어진 거래내역 파일이 없습니다. --from-bank FILE(또는 설정의 "bank")로 거래내역을 주세요.\n',
    });
  });
});
