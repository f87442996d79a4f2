import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { writeIn } from '../support/run-in-process.js';
import { REFUND_INVOICES, REFUND_PROFILE } from '../support/tax-books.js';

const BOOKS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const KOREAN_LOCALE = { LANG: 'ko_KR.UTF-8' };

describe('the summary’s gap in Korean', () => {
  it('says there are no expenses, and keeps the JSON warning English', () => {
    const args = ['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--no-color'];
    const run = cli([...args, '--lang', 'ko']);
    expect(run.stdout).toContain(
      '\n 지출              지출 없음: 들어오는 돈만 계산했습니다. --expenses 파일로(또는 cashflow.config.json의 "expenses"에) 지출을 넣으세요\n',
    );
    expect(cli([...args, '--json', '--lang', 'ko']).stdout).toBe(cli([...args, '--json']).stdout);
  });

  it('says no expense falls in the horizon when the file has rows only before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-gap-'));
    const expenses = writeIn(dir, 'expenses.csv', 'date,amount,description\n2025-01-10,"50,000",월세\n');
    const run = cli(['forecast', 'fixtures/invoices.csv', '--expenses', expenses, '--as-of', '2026-12-01', '--no-color', '--lang', 'ko']);
    expect(run.stdout).toContain('\n 지출              예측 기간에 드는 지출이 없어 들어오는 돈만 계산했습니다. 지출의 날짜와 반복 주기를 확인하세요\n');
  });
});

describe('export --to ledger in Korean', () => {
  it('writes its comments and the opening balance in Korean when --lang ko is given', () => {
    const run = cli(['export', '--to', 'ledger', ...BOOKS, '--lang', 'ko']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 6)).toEqual([
      '; cashflow 현금 흐름 예측 2026-12-01 … 2027-02-28 (KRW)',
      '; 일별 잔액: hledger -f FILE balance assets:bank -D -H --forecast=2026-12-01..2027-03-01 -b 2026-12-01 -e 2027-03-01',
      '',
      '2026-12-01 시작 잔액',
      '    assets:bank  1500000 KRW',
      '    equity:opening',
    ]);
  });

  it('stays English under a Korean locale without --lang: a journal is a file other programs read', () => {
    const run = cli(['export', '--to', 'ledger', ...BOOKS], KOREAN_LOCALE);
    expect(run.stdout.split('\n')[3]).toBe('2026-12-01 opening balance');
  });

  // The refund of test/support/tax-books.ts: 554,180 on 30 June 2026, worked by hand there.
  it('names a tax estimate and words its working in Korean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-ledger-'));
    writeIn(dir, 'invoices.csv', REFUND_INVOICES);
    const config = writeIn(dir, 'cashflow.config.json', JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', tax: REFUND_PROFILE }));
    const run = cli(['export', '--to', 'ledger', '--config', config, '--as-of', '2026-05-01', '--days', '92', '--balance', '1000000', '--lang', 'ko']);
    expect(run.stdout).toContain(
      '2026-06-30 2025년 귀속 종합소득세 환급\n' +
        '    ; 수입 30,000,000원(경비율 64.1%), 과세표준 7,770,000원, 세액 396,200원 + 지방소득세 39,620원, 원천징수 900,000원 + 지방소득세 90,000원, 신고기한 6월 1일. 추정치이니 홈택스 모의계산으로 확인해 보세요\n' +
        '    expenses:tax:income-tax-refund  -554180 KRW\n',
    );
  });
});

describe('the xlsx workbook in Korean', () => {
  const sheets = (args: readonly string[], env: Record<string, string> = {}) => {
    const out = join(mkdtempSync(join(tmpdir(), 'cashflow-ko-xlsx-')), 'out.xlsx');
    expect(cli([...args, '--output', out], env).code).toBe(0);
    const book = XLSX.read(readFileSync(out), { type: 'buffer' });
    return book.SheetNames.map((name) => ({ name, rows: XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }) }));
  };

  it('names its sheets and headings in Korean with --lang ko, the plan rows too', () => {
    const [days, events, windows] = sheets(['forecast', ...BOOKS, '--format', 'xlsx', '--lang', 'ko']);
    expect([days!.name, events!.name, windows!.name]).toEqual(['일별', '입출금', '부족 기간']);
    expect(days!.rows[0]).toEqual(['날짜', '시작 잔액', '입금', '출금', '마지막 잔액', '부족액', '버퍼 미만', '0원 미만']);
    expect(events!.rows[0]!.slice(0, 3)).toEqual(['날짜', '종류', '번호 / 내용']);
    // The first window's plan (test/e2e/korean-forecast.test.ts): 마이너스통장 at 581, next best 비상금대출 at 885.
    expect(windows!.rows.slice(1, 3).map((row) => [row[10], row[12], row[18]])).toEqual([
      ['계획', '마이너스통장', 581],
      ['차선책', '비상금대출', 885],
    ]);
  });

  it('keeps them English under a Korean locale without --lang', () => {
    expect(sheets(['export', '--to', 'xlsx', ...BOOKS], KOREAN_LOCALE).map((sheet) => sheet.name)).toEqual(['Days', 'Events', 'Windows']);
  });
});

describe('the built-in options of other currencies in Korean', () => {
  // $1,000 for 14 days on the 12 % line of credit: 1,000 × 0.12 × 14 / 365 = $4.60; the 15 % payday fee $150.00.
  it('names them in Korean and words the payday loan’s note, keeping the JSON’s English names', () => {
    const args = ['bridges', '--amount', '1000', '--days', '14', '--currency', 'USD', '--as-of', '2026-12-01', '--no-color'];
    const run = cli([...args, '--lang', 'ko']);
    expect(run.stdout).toContain('\n 신용한도 대출          $4.60  2026-12-15 14일   12.0%   12.7%\n');
    expect(run.stdout).toContain(
      '\n 페이데이론           $150.00  2026-12-15 14일    391%  3,724%  비교용으로만\n' +
        '                                                                표시: 연 400%\n' +
        '                                                                안팎: 빚의 덫\n',
    );
    const json = cli([...args, '--json', '--lang', 'ko']).stdout;
    expect(json).toBe(cli([...args, '--json']).stdout);
    expect(json).toContain('"name": "Personal line of credit / arranged overdraft"');
  });
});

describe('a total too large to add exactly, in Korean', () => {
  // Two invoices of 9,000,000,000,000,000 (test/e2e/exact-totals.test.ts has the English): 18,000,000,000,000,000
  // taken as positive passes 2^53 − 1 = 9,007,199,254,740,991.
  it('names the total and the largest row, exit 2', () => {
    const run = cli(['forecast', 'test/fixtures/totals/huge-invoices.csv', '--as-of', '2026-12-01', '--lang', 'ko']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cashflow: 시작 잔액, 버퍼와 예측 기간의 입출금 2건을 모두 양수로 더하면 18,000,000,000,000,000원으로, ' +
        'cashflow가 정확히 더할 수 있는 한도(9,007,199,254,740,991원)를 넘습니다. ' +
        '잘못 입력한 금액이 없는지 확인하세요. 가장 큰 금액: test/fixtures/totals/huge-invoices.csv:2의 청구서 9,000,000,000,000,000원\n',
    });
  });
});

describe('everyday spending in Korean', () => {
  // 450,000 a month, 3 of December's 31 days in the horizon: 450,000 × 3 / 31 = 43,548 (rounded), 14,516 a day.
  it('names each day’s share 생활비 in the events', () => {
    const run = cli(['forecast', ...BOOKS, '--everyday', '450000', '--days', '3', '--no-color', '--lang', 'ko']);
    expect(run.stdout).toContain(' 2026-12-01       -₩14,516     ₩1,485,484  생활비\n');
    expect(cli(['forecast', ...BOOKS, '--everyday', '450000', '--days', '3', '--no-color']).stdout).toContain('  everyday spending · everyday\n');
  });
});

describe('bridges --init in Korean', () => {
  type Option = { id: string; notes?: string };
  const init = (args: readonly string[]) => JSON.parse(cli(['bridges', '--init', ...args]).stdout) as { $comment: string; options: Option[] };
  const withoutWords = ({ $comment: _comment, ...catalogue }: { $comment: string; options: Option[] }) => ({
    ...catalogue,
    options: catalogue.options.map(({ notes: _notes, ...option }) => option),
  });

  it('writes its comment and the options’ notes in Korean, every figure as in English', () => {
    const korean = init(['--lang', 'ko']);
    expect(korean.$comment).toBe(
      '모든 방법에 "typical": true가 적혀 있습니다. 한도, 사용액, 금리, 승인 여부가 내 조건이 아니라 공개 자료의 일반적인 수치라는 뜻이고, ' +
        '이를 쓰는 계획에도 그렇게 표시됩니다. 내 조건을 입력하고 "typical"을 false로 바꾸세요. 없는 방법은 지우세요. ' +
        '바꾼 것만 남겨도 됩니다: {"extends": "defaults", "options": [{"id": "kr-overdraft", "enabled": false}]}.',
    );
    expect(korean.options.find((option) => option.id === 'kr-overdraft')?.notes).toBe(
      '쓴 금액에만 하루 단위로 이자가 붙습니다. 공개 자료의 일반적인 수치이니 내 조건을 입력하세요.',
    );
    expect(withoutWords(korean)).toEqual(withoutWords(init([])));
  });

  it('keeps the English file under --lang en', () => {
    expect(init(['--lang', 'en']).options[0]?.notes).toBe(
      'Interest only on the drawn balance, day by day. Typical figure from public sources — enter your own.',
    );
  });
});
