import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

// Every kind of error the command line says itself, in Korean, with the exact text worked from the catalogues by
// hand: a flag value's subject, a colon, the problem and its hint as sentences (src/i18n/messages/input-issues.ts).
const KO = ['--lang', 'ko'];
const KOREAN_LOCALE = { LANG: 'ko_KR.UTF-8' };
const INVOICES = 'fixtures/invoices.csv';
const AS_OF = ['--as-of', '2026-12-01'];
const forecast = (...flags: string[]) => ['forecast', INVOICES, ...AS_OF, ...flags];
const scratch = mkdtempSync(join(tmpdir(), 'cashflow-ko-errors-'));
const dangling = join(scratch, 'dangling.txt');
symlinkSync(join(scratch, 'nowhere', 'report.txt'), dangling);

/** stderr of a run that must fail with exit 2 and print nothing on stdout. */
function refused(argv: readonly string[], env: Record<string, string> = {}): string {
  const run = cli(argv, env);
  expect([run.code, run.stdout]).toEqual([2, '']);
  return run.stderr;
}

describe('the command line says its own errors in Korean', () => {
  it.each([
    // bad flag values
    [forecast('--days', 'ninety'), 'cashflow: --days "ninety": 자연수가 아닙니다. 1부터 3,660까지의 자연수를 주세요.'],
    [forecast('--format', 'pdf'), 'cashflow: --format "pdf": cashflow가 출력하는 형식이 아닙니다. table, json, csv, xlsx 중 하나를 쓰세요.'],
    [
      forecast('--everyday', 'often'),
      'cashflow: --everyday "often": auto도 금액도 아닙니다. auto(--bank 거래내역에서 계산)나 한 달 생활비를 KRW로 적으세요. 예: --everyday 450000',
    ],
    [
      forecast('--encoding', 'latin-9'),
      'cashflow: --encoding "latin-9": cashflow가 읽는 인코딩이 아닙니다. utf-8, utf-16le, utf-16be, cp949 중 하나를 쓰세요(euc-kr은 cp949로 읽습니다).',
    ],
    [forecast('--date-format', 'YYYY/DD'), 'cashflow: --date-format "YYYY/DD": cashflow가 아는 날짜 형식이 아닙니다. DD/MM/YYYY 또는 MM/DD/YYYY를 쓰세요.'],
    [['bridges', '--amount', '0'], 'cashflow: --amount "0": 0보다 커야 합니다. 필요한 금액을 적으세요.'],
    [['bridges'], 'cashflow: bridges에는 --amount가 필요합니다(또는 --init, --setup). 예: cashflow bridges --amount 1000000 --days 30'],
    [['export', INVOICES, '--to', 'pdf', ...AS_OF], 'cashflow: --to "pdf": cashflow가 내보내는 형식이 아닙니다. --to ledger 또는 --to xlsx를 쓰세요.'],
    [
      ['reconcile', INVOICES, '--bank', 'fixtures/bank/nh.csv', '--fee-tolerance', 'x', ...AS_OF],
      // the default tolerance, 1,000 won, is the example
      'cashflow: --fee-tolerance "x": 금액이 아닙니다. 은행 수수료로 빠질 수 있는 최대 금액을 적으세요. 예: 1,000원',
    ],
    // flags that contradict each other, or a command without what it needs
    [
      forecast('--balance-date', '2026-11-30'),
      'cashflow: --balance-date는 직접 입력한 잔액의 날짜인데, --balance가 없습니다. --balance AMOUNT도 주세요. 거래내역(--bank)의 잔액에는 날짜가 이미 있습니다.',
    ],
    [['forecast', '-', '--expenses', '-', ...AS_OF], 'cashflow: 표준 입력(-)으로는 입력 파일을 하나만 받을 수 있습니다. 둘 중 하나를 파일로 저장하세요.'],
    [['reconcile', INVOICES, ...AS_OF], 'cashflow: reconcile에는 거래내역 파일이 필요합니다. --bank FILE(또는 설정의 "bank")로 거래내역을 주세요.'],
    [
      ['bridges', '--setup'],
      'cashflow: bridges --setup은 터미널에서 질문하는데, 표준 입력이나 표준 오류가 터미널이 아닙니다. 터미널에서 실행하거나, `cashflow bridges --init > bridges.json`으로 목록을 저장해 직접 고치세요.',
    ],
    // output that cannot be written
    [
      forecast('--output', join(scratch, 'no-folder', 'report.txt')),
      `cashflow: --output "${join(scratch, 'no-folder', 'report.txt')}": 쓸 수 없습니다: 폴더가 없음 (ENOENT). 폴더를 먼저 만들거나 다른 경로를 주세요.`,
    ],
    [
      forecast('--output', scratch),
      `cashflow: --output "${scratch}": 쓸 수 없습니다: 일반 파일이 아닌 폴더 (cashflow는 일반 파일만 바꿔 씁니다). 쓸 파일 이름을 주세요. 예: report.txt`,
    ],
    [
      forecast('--output', `${INVOICES}/report.txt`),
      'cashflow: --output "fixtures/invoices.csv/report.txt": 쓸 수 없습니다: 경로 중간에 폴더가 아닌 파일이 있음 (ENOTDIR). 경로를 확인하세요.',
    ],
    [
      forecast('--output', dangling),
      `cashflow: --output "${dangling}": 쓸 수 없습니다: 없는 파일을 가리키는 심볼릭 링크. 링크가 파일을 가리키게 하거나 다른 파일 이름을 주세요.`,
    ],
    [
      ['export', INVOICES, '--to', 'ledger', '--output', INVOICES, ...AS_OF],
      'cashflow: --output "fixtures/invoices.csv": 입력 파일 중 하나입니다(fixtures/invoices.csv). 보고서를 다른 파일에 쓰세요. cashflow는 입력 파일을 덮어쓰지 않습니다.',
    ],
  ])('%j', (argv, message) => {
    expect(refused([...argv, ...KO])).toBe(`${message}\n`);
    expect(refused(argv, KOREAN_LOCALE)).toBe(`${message}\n`);
  });

  it('a statement given twice is an input error of that file, in Korean', () => {
    const nh = 'fixtures/bank/nh.csv';
    expect(refused([...forecast('--bank', nh, '--bank', nh), ...KO])).toBe(
      `${nh}:1:1: 파일: --bank로 두 번 주어졌습니다. 계좌마다 거래내역을 한 번씩만 주세요.\ncashflow: 입력 오류 1건 때문에 예측하지 않았습니다.\n`,
    );
  });

  it('a command without an invoices file says how to get one', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cashflow-ko-none-'));
    const run = cli(['forecast', ...KO], {}, empty);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'cashflow: 청구서 파일이 없습니다. 파일 이름을 주거나 cashflow.config.json에 "invoices"를 적으세요. `cashflow init`을 실행하면 시작 설정과 예시 파일을 만들어 줍니다.\n',
    ]);
  });

  it("commander's errors: exact Korean, and the usage hint after them", () => {
    const after = '(사용법은 --help로 확인하세요)\n';
    expect(refused(['forcast', ...KO])).toBe(`오류: 알 수 없는 명령입니다: 'forcast'\n(비슷한 명령: forecast)\n${after}`);
    expect(refused(['nope'], KOREAN_LOCALE)).toBe(`오류: 알 수 없는 명령입니다: 'nope'\n${after}`);
    // LANG chooses Korean, so even the refusal of --lang fr is Korean.
    expect(refused([...forecast(), '--lang', 'fr'], KOREAN_LOCALE)).toBe(
      `오류: 옵션 '--lang <lang>'에 쓸 수 없는 값입니다: 'fr'. 쓸 수 있는 값: en, ko\n${after}`,
    );
    // A command's own errors are followed by its help, in Korean.
    const help = '\n\n사용법: cashflow forecast [options] [invoices]\n';
    expect(refused(['forecast', '--dayz', '30', ...KO]).startsWith(`오류: 알 수 없는 옵션입니다: '--dayz'\n(비슷한 옵션: --days)${help}`)).toBe(true);
    // --days last wants a value, so the language comes from LANG here.
    expect(refused(forecast('--days'), KOREAN_LOCALE).startsWith(`오류: 옵션 '--days <n>'에 값이 없습니다.${help}`)).toBe(true);
    expect(
      refused(['forecast', 'a.csv', 'b.csv', ...KO]).startsWith(`오류: 'forecast' 명령의 인자가 너무 많습니다. 인자는 1개까지인데 2개가 주어졌습니다.${help}`),
    ).toBe(true);
    expect(refused(['export', INVOICES, ...KO]).startsWith("오류: 꼭 필요한 옵션이 없습니다: '--to <format>'\n\n사용법: cashflow export ")).toBe(true);
  });

  it('English stays as commander and cashflow have always said it', () => {
    expect(refused(['forcast'])).toBe("error: unknown command 'forcast'\n(Did you mean forecast?)\n(run with --help for usage)\n");
    expect(refused(forecast('--format', 'pdf'))).toBe('cashflow: --format "pdf" is not a format cashflow writes; use table, json, csv or xlsx\n');
    expect(refused(['forecast', '--dayz', '30']).startsWith("error: unknown option '--dayz'\n(Did you mean --days?)\n\nUsage: cashflow forecast ")).toBe(true);
  });

  it('a bug is reported in Korean, its facts and stack as they are', () => {
    // A bug on demand, as test/e2e/bug-report.test.ts makes one: every write to stdout throws.
    const breakStdout = join(scratch, 'break-stdout.cjs');
    writeFileSync(breakStdout, "process.stdout.write = () => { throw new TypeError('stdout exploded'); };\n");
    const run = cli([...forecast(), ...KO], { NODE_OPTIONS: `--require=${breakStdout}` });
    expect(run.code).toBe(70);
    const [first, , third] = run.stderr.split('\n');
    expect(first).toBe('cashflow: 내부 오류 — cashflow의 버그입니다. 실행한 명령과 아래 내용을 함께 알려 주세요:');
    expect(third).toBe(`  명령: cashflow ${[...forecast(), ...KO].join(' ')}`);
    expect(run.stderr).toContain('TypeError: stdout exploded');
  });

  it('a Korean run that prints no help never reads the Korean help catalogue (the lazy chunk)', () => {
    const loads = (argv: readonly string[]) => /bank\.cjs/.test(cli(argv, { ...KOREAN_LOCALE, NODE_DEBUG: 'module' }).stderr);
    expect(loads(['forecast', INVOICES, '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', ...AS_OF])).toBe(false);
    // Nor does an English one: the table asks of every expense whether it is everyday spending (everyday-share.ts).
    expect(loads(['forecast', INVOICES, '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', ...AS_OF, '--lang', 'en'])).toBe(false);
    expect(loads(['forecast', '--help'])).toBe(true);
  });
});
