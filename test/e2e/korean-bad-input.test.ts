import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

const BAD = 'test/fixtures/bad';
const forecast = (file: string, ...flags: string[]) => cli(['forecast', file, '--as-of', '2026-12-01', '--lang', 'ko', ...flags]);
const CLOSING = 'cashflow: 입력 오류 1건 때문에 예측하지 않았습니다.\n';

// Worked by hand from each fixture: the frame puts the cell (or 파일) before a colon, then the problem and the hint
// as sentences; the user's field names and values stay as written.
describe('every bad input is answered in Korean', () => {
  it.each([
    ['empty.csv', 'empty.csv:1:1: 파일: 비어 있습니다. 머리글 행(과 그 아래 데이터 행)이 있어야 합니다.'],
    [
      'zero-amount.csv',
      'zero-amount.csv:2:3: amount "0": 금액이 0입니다. 금액은 양수로 적으세요. 들어오는 돈인지 나가는 돈인지는 파일이 정합니다(마이너스 청구서는 지원하지 않습니다).',
    ],
    [
      'negative-amount.csv',
      'negative-amount.csv:2:3: amount "(150,000)": 금액이 음수입니다. 금액은 양수로 적으세요. 들어오는 돈인지 나가는 돈인지는 파일이 정합니다(마이너스 청구서는 지원하지 않습니다).',
    ],
    ['statement.pdf', 'statement.pdf:1:1: 파일: CSV 파일이 아니라 PDF입니다. 그 안의 데이터를 CSV로 내보내세요.'],
    ['workbook.csv', 'workbook.csv:1:1: 파일: 손상된 zip 압축 파일입니다(통합 문서가 중간에 잘렸거나 zip이 아닙니다). 파일을 다시 내려받거나 내보내세요.'],
    [
      'binary.csv',
      'binary.csv:1:1: 파일: 텍스트 파일이 아닙니다(cashflow가 읽는 어떤 인코딩으로도 텍스트가 아닙니다). CSV로 저장하세요. 다른 인코딩의 CSV라면 --encoding으로 알려 주세요(utf-8, utf-16le, utf-16be, cp949).',
    ],
    [
      'ambiguous-header.csv',
      'ambiguous-header.csv:1:4: 열 "합계": 3번째 열("amount")과 함께 둘 다 amount 열로 보입니다. --map amount="amount"(또는 다른 쪽)로 하나를 고르거나 열 이름을 바꾸세요.',
    ],
    ['no-such-file.csv', 'no-such-file.csv:1:1: 파일: 없는 파일입니다. 경로를 확인하세요. 경로는 현재 폴더를 기준으로 읽습니다.'],
    ['', ':1:1: 파일: CSV 파일이 아니라 폴더입니다. 그 안의 CSV 파일 이름을 주세요.'],
    ['escape-codes.csv', 'escape-codes.csv:3:3: amount "\\x1b[2J100": 금액이 아닙니다. 숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).'],
  ])('%s', (name, message) => {
    const run = forecast(`${BAD}/${name}`);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `${BAD}/${message}\n${CLOSING}`]);
  });

  // The invoice reader's row messages: each fixture's cell, with the dates and lines it names read off the file.
  it.each([
    [
      `${BAD}/duplicate-ids.csv`,
      '3:1: id "INV-1": 2번째 줄의 청구서와 id가 같습니다. 청구서마다 다른 id를 주세요. 정기 계약은 repeat와 until을 적은 한 행입니다.',
    ],
    [`${BAD}/paid-before-issued.csv`, '2:5: paid "2026-10-01": 발행일(2026-10-15)보다 앞섭니다. 두 날짜를 확인하세요. 청구서는 발행일이나 그 뒤에 입금됩니다.'],
    [
      'test/fixtures/errors/mixed-currency.csv',
      '3:5: currency "USD": KRW 환율이 없습니다(USD 청구서: INV-2). --fx USD=RATE(1 USD당 KRW) 또는 --fx-rates 파일로 환율을 주세요.',
    ],
    [
      'test/fixtures/errors/paid-after-as-of.csv',
      '2:5: paid "2026-12-05": 기준일(2026-12-01)보다 뒤입니다. 입금일은 이미 들어온 돈을 적는 칸입니다. 아직 미수인 청구서라면 비우고, 아니라면 --as-of를 확인하세요.',
    ],
  ])('%s', (file, message) => {
    const run = forecast(file);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `${file}:${message}\n${CLOSING}`]);
  });

  it('a header-only file is a warning in Korean, and the forecast goes on', () => {
    const run = forecast(`${BAD}/header-only.csv`);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `경고: ${BAD}/header-only.csv:1:1: 파일: 머리글 행만 있고 데이터 행이 없어 빈 목록으로 읽습니다. 머리글 아래에 행을 넣거나, 맞는 파일인지 확인하세요.\n`,
    );
  });

  it('--skip-invalid says in Korean that the row was skipped', () => {
    const run = forecast(`${BAD}/zero-amount.csv`, '--skip-invalid');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `경고: ${BAD}/zero-amount.csv:2:3: amount "0": 금액이 0입니다. 이 행은 건너뛰었습니다. 금액은 양수로 적으세요. 들어오는 돈인지 나가는 돈인지는 파일이 정합니다(마이너스 청구서는 지원하지 않습니다).\n`,
    );
  });

  it('a statement without an amount column, and a balance that does not follow, in Korean', () => {
    const bank = (file: string) => cli(['forecast', 'fixtures/invoices.csv', '--bank', file, '--as-of', '2026-12-01', '--lang', 'ko']);
    const noAmount = bank('fixtures/bank/bad/no-amount.csv');
    expect([noAmount.code, noAmount.stderr]).toEqual([
      2,
      'fixtures/bank/bad/no-amount.csv:3:1: 파일: 금액 열이 없습니다(찾은 열: date "거래일시", balance "잔액", counterparty "보낸분/받는분", memo "적요". 머리글: 거래일시, 적요, 보낸분/받는분, 송금메모, 잔액, 거래점). 부호 있는 한 열이라면 --map bank.amount="…", 입금·출금 열이라면 --map bank.in="…"과 --map bank.out="…"으로 알려 주세요.\n' +
        CLOSING,
    ]);
    // Line 13 is the older row (the file lists newest first): 4,079,500 − 69,000 = 4,010,500, not line 12's 4,250,500.
    const missingPage = bank('fixtures/bank/bad/missing-page.csv');
    expect(missingPage.stderr.split('\n')[0]).toBe(
      '경고: fixtures/bank/bad/missing-page.csv:12:7: 잔액 "4,250,500": 13번째 줄의 잔액에서 이어지지 않습니다(4,079,500 − 69,000 = 4,010,500). 빠진 페이지나 고친 행이 있나요? 전체 기간의 거래내역을 다시 내려받으세요.',
    );
  });

  it('LANG=ko_KR.UTF-8 chooses Korean messages, and --lang en keeps the English byte for byte', () => {
    const korean = cli(['forecast', `${BAD}/empty.csv`, '--as-of', '2026-12-01'], { LANG: 'ko_KR.UTF-8' });
    expect(korean.stderr).toBe(`${BAD}/empty.csv:1:1: 파일: 비어 있습니다. 머리글 행(과 그 아래 데이터 행)이 있어야 합니다.\n${CLOSING}`);
    const english = cli(['forecast', `${BAD}/empty.csv`, '--as-of', '2026-12-01', '--lang', 'en'], { LANG: 'ko_KR.UTF-8' });
    expect(english.stderr).toBe(
      `${BAD}/empty.csv:1:1: file is empty; the file needs a header row (and rows of data under it)\ncashflow: 1 input error; nothing was forecast.\n`,
    );
  });

  it('usage errors of flags speak Korean, and stay English without --lang', () => {
    const days = cli(['forecast', 'fixtures/invoices.csv', '--days', '0', '--lang', 'ko']);
    expect([days.code, days.stderr]).toEqual([2, 'cashflow: --days "0": 1 이상이어야 합니다. 1부터 3,660까지의 자연수를 주세요.\n']);
    const learn = cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--learn-expenses', '--lang', 'ko']);
    expect([learn.code, learn.stderr]).toEqual([
      2,
      'cashflow: --learn-expenses에는 거래내역이 필요한데, 주어진 거래내역이 없습니다. --bank FILE(또는 설정의 "bank")로 거래내역을 주세요.\n',
    ]);
    expect(cli(['forecast', 'fixtures/invoices.csv', '--days', '0']).stderr).toBe(
      'cashflow: --days "0" must be at least 1; give a whole number from 1 to 3,660\n',
    );
    // A flag's value is the subject of the domain's refusal, as a cell is of a reader's.
    const withholding = cli(['forecast', 'fixtures/invoices.csv', '--withholding', '60', '--lang', 'ko']);
    expect(withholding.stderr).toBe('cashflow: --withholding "60": 50%를 넘습니다. 프리랜서 원천징수율은 3.3%입니다. 3.3으로 적으세요.\n');
    const balance = cli(['forecast', 'fixtures/invoices.csv', '--balance', 'abc', '--lang', 'ko']);
    expect(balance.stderr).toBe('cashflow: --balance "abc": 금액이 아닙니다. 숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).\n');
    expect(cli(['forecast', 'fixtures/invoices.csv', '--withholding', '60']).stderr).toBe(
      'cashflow: --withholding "60" is above 50 %; Korean freelance withholding is 3.3 %; write 3.3\n',
    );
  });

  it("a config's wrong settings: our schema's words and zod's own, in Korean", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-config-'));
    const config = join(dir, 'cashflow.config.json');
    writeFileSync(config, '{ "days": "abc", "currency": 5, "nope": 1 }');
    const run = cli(['forecast', 'fixtures/invoices.csv', '--config', config, '--lang', 'ko']);
    const hint = 'README의 "Monthly routine"에서 설정마다 이름과 형식을 확인하세요.';
    expect([run.code, run.stderr]).toEqual([
      2,
      [
        `${config}: currency: 문자열 값이어야 합니다. ${hint}`,
        `${config}: days: 0 이상의 정수여야 합니다. ${hint}`,
        `${config}: nope: cashflow가 모르는 설정입니다. ${hint}`,
        'cashflow: 입력 오류 3건 때문에 예측하지 않았습니다.',
        '',
      ].join('\n'),
    ]);
  });
});
