import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/run-cli.js';

const CLIENTS = ['clients', 'fixtures/invoices.csv', '--as-of', '2026-12-01'];
const KOREAN_LOCALE = { LANG: 'ko_KR.UTF-8' };

// fixtures/invoices.csv, as of 2026-12-01, worked by hand (days to pay = paid − issued, late = paid − due):
// 판교테크 paid 67, 67, 57, 67 days (37, 37, 27, 37 late): median 67 and 37, 80th percentile at rank 0.8 × 3 = 2.4
// of 57, 67, 67, 67 → 67; its open INV-2026-033 is due 2027-01-15, not overdue. 노을커피 paid 12, 16, 22 days
// (−2, 2, 8 late): median 16, 80th percentile at rank 1.6 → 16 + 0.6 × 6 = 19.6 (late 5.6); its open INV-2026-028
// was due 2026-10-15, more than the 14 days' grace ago: overdue. 리틀브랜드 has paid nothing: the default delay.
// Headings right-aligned like the figures; Hangul takes two cells, so `거래처` pads to 14 cells with 8 spaces.
const KOREAN_CLIENTS = `거래처별 입금 현황 (12월 1일 기준)
 거래처        입금     입금까지(일)        지연(일)  미수    연체  적용
 스튜디오 봄      5   34 / 34.8 / 38     4 / 4.8 / 8     1       0  이력 34일
 판교테크         4     67 / 67 / 67    37 / 37 / 37     1       0  이력 67일
 노을커피         3   16 / 19.6 / 22     2 / 5.6 / 8     1       1  이력 16일
 한빛출판         3   61 / 62.2 / 63   6 / 16.8 / 24     1       0  이력 61일
 리틀브랜드       0                —               —     0       0  기본값
 일수: 입금된 청구서의 중앙값 / 80번째 백분위 / 최댓값.
 입금까지 = 입금일 − 발행일, 지연 = 입금일 − 지급기일.
 입금된 청구서가 3건 이상인 거래처는 그 거래처의 중앙값으로 예측합니다.
`;

function folderWithConfig(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-lang-'));
  writeFileSync(join(dir, 'cashflow.config.json'), JSON.stringify(config));
  return dir;
}

describe('cashflow in Korean', () => {
  it('clients --lang ko prints the table and its notes in Korean', () => {
    const run = cli([...CLIENTS, '--lang', 'ko']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(KOREAN_CLIENTS);
  });

  it('LANG=ko_KR.UTF-8 chooses Korean, and so does --lang written before the command', () => {
    expect(cli(CLIENTS, KOREAN_LOCALE).stdout).toBe(KOREAN_CLIENTS);
    expect(cli(['--lang', 'ko', ...CLIENTS]).stdout).toBe(KOREAN_CLIENTS);
  });

  it('--lang en wins over LANG=ko_KR.UTF-8, and LC_ALL over LANG', () => {
    expect(cli([...CLIENTS, '--lang', 'en'], KOREAN_LOCALE).stdout).toMatch(/^How your clients pay \(as of 2026-12-01\)\n/);
    expect(cli(CLIENTS, { LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' }).stdout).toMatch(/^How your clients pay/);
    expect(cli(CLIENTS, { LC_ALL: 'C.UTF-8', LANG: 'ko_KR.UTF-8' }).stdout).toBe(KOREAN_CLIENTS);
  });

  it('the config\'s "lang" wins over the locale, and --lang over the config', () => {
    const config = join(folderWithConfig({ lang: 'en' }), 'cashflow.config.json');
    expect(cli([...CLIENTS, '--config', config], KOREAN_LOCALE).stdout).toMatch(/^How your clients pay/);
    const korean = join(folderWithConfig({ lang: 'ko' }), 'cashflow.config.json');
    expect(cli([...CLIENTS, '--config', korean]).stdout).toBe(KOREAN_CLIENTS);
    expect(cli([...CLIENTS, '--config', korean, '--lang', 'en']).stdout).toMatch(/^How your clients pay/);
  });

  it('a config that asks for Korean has its own problems reported in Korean, the locale being English', () => {
    const config = join(folderWithConfig({ lang: 'ko', days: -1, colour: true }), 'cashflow.config.json');
    const run = cli([...CLIENTS, '--config', config], { LANG: 'en_US.UTF-8' });
    const hint = 'README의 "Monthly routine"에서 설정마다 이름과 형식을 확인하세요.';
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `${config}: days: 0 이상이어야 합니다. ${hint}\n${config}: colour: cashflow가 모르는 설정입니다. ${hint}\n` +
        'cashflow: 입력 오류 2건 때문에 예측하지 않았습니다.\n',
    );
    // A "lang" it does not speak leaves the choice to the locale: the problem, and the rest, in English.
    const french = join(folderWithConfig({ lang: 'fr' }), 'cashflow.config.json');
    expect(cli([...CLIENTS, '--config', french], { LANG: 'en_US.UTF-8' }).stderr).toMatch(/: lang: .*\ncashflow: 1 input error; nothing was forecast\.\n$/);
  });

  it('a language cashflow does not speak is a usage error', () => {
    const run = cli([...CLIENTS, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--lang <lang>' argument 'fr' is invalid. Allowed choices are en, ko.");
  });

  it('--json is byte-identical in both languages', () => {
    const english = cli([...CLIENTS, '--json', '--lang', 'en']).stdout;
    expect(cli([...CLIENTS, '--json', '--lang', 'ko']).stdout).toBe(english);
    expect(cli([...CLIENTS, '--json'], KOREAN_LOCALE).stdout).toBe(english);
    const forecast = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01', '--json'];
    expect(cli([...forecast, '--lang', 'ko']).stdout).toBe(cli(forecast).stdout);
  });

  it('--help follows the language: headings, descriptions, defaults and examples', () => {
    const help = cli(['clients', '--help'], KOREAN_LOCALE).stdout;
    expect(help).toMatch(/^사용법: cashflow clients \[options\] \[invoices\]\n/);
    expect(help).toContain('\n인자:\n  invoices ');
    expect(help).toContain('\n옵션:\n  --config <file> ');
    expect(help).toContain('  --json                     표를 JSON으로 출력합니다\n');
    expect(help).toContain('  --overdue-grace <days>     forecast와 같습니다 (기본값: "14")\n');
    expect(help).toContain('  -h, --help                 이 명령의 도움말을 보여 줍니다\n');
    expect(help).toContain('\n예시:\n  $ cashflow clients invoices.csv\n');
    expect(help).not.toMatch(/Usage:|Options:|display help|default:/);
    expect(cli(['clients', '--help', '--lang', 'en'], KOREAN_LOCALE).stdout).toMatch(/^Usage: cashflow clients/);
    const top = cli(['--help', '--lang', 'ko']).stdout;
    expect(top).toContain('\n명령:\n  forecast [options] [invoices]   통장 잔액을 날짜별로 예측하고');
    expect(top).toContain('  help [command]                  명령의 도움말을 보여 줍니다\n');
  });

  it('--help of a command follows the config\'s "lang" too', () => {
    const dir = folderWithConfig({ lang: 'ko' });
    expect(cli(['clients', '--help', '--config', join(dir, 'cashflow.config.json')]).stdout).toMatch(/^사용법: /);
  });

  it('wraps Korean help at 80 cells, Hangul counted as two', () => {
    const widest = Math.max(
      ...cli(['forecast', '--help', '--lang', 'ko'])
        .stdout.split('\n')
        .filter((line) => !line.startsWith('  $ '))
        .map((line) => [...line].length + (line.match(/[\uac00-\ud7a3]/g)?.length ?? 0)),
    );
    expect(widest).toBeLessThanOrEqual(80);
  });

  it('init reports what it wrote, and what it would not overwrite, in Korean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-init-ko-'));
    const first = cliIn(dir, ['init', '--lang', 'ko']);
    expect([first.code, first.stdout]).toEqual([
      0,
      'cashflow.config.json, invoices.csv, expenses.csv 파일을 만들었습니다.\n다음 단계: 내 금액과 날짜로 고친 뒤 `cashflow forecast`를 실행하세요.\n',
    ]);
    expect(readFileSync(join(dir, 'invoices.csv'), 'utf8')).toContain('\nINV-005,에이크미(주),"800,000",');
    expect(readFileSync(join(dir, 'expenses.csv'), 'utf8')).toContain(',"650,000",월세,rent,monthly,\n');
    // The Korean example files and config are read like the English ones: 스튜디오 비 paid three invoices 40 days
    // after issue (−200 → −160, −140 → −100, −90 → −50), each 10 days after its due day.
    const clients = cliIn(dir, ['clients', '--lang', 'ko']);
    expect([clients.code, clients.stderr]).toEqual([0, '']);
    expect(clients.stdout).toMatch(/\n 스튜디오 비 +3 +40 \/ 40 \/ 40 +10 \/ 10 \/ 10 +1 +0 +이력 40일\n/);
    const again = cliIn(dir, ['init'], KOREAN_LOCALE);
    expect([again.code, again.stderr]).toEqual([
      2,
      'cashflow: init이 기존 파일을 덮어쓰게 됩니다(cashflow.config.json, invoices.csv, expenses.csv). 빈 폴더에서 실행하거나, 그 파일들을 먼저 다른 곳으로 옮기세요.\n',
    ]);
  });

  it('frames input errors in Korean: warnings, the count of the rest, the closing line', () => {
    const run = cli(['forecast', 'test/fixtures/bad/sixty-errors.csv', '--as-of', '2026-12-01', '--lang', 'ko']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('… 외 오류 10건');
    expect(lines.at(-1)).toBe('cashflow: 입력 오류 60건 때문에 예측하지 않았습니다.');
    expect(cli(['forecast', 'test/fixtures/bad/sixty-errors.csv', '--as-of', '2026-12-01']).stderr).toMatch(
      /… and 10 more errors\ncashflow: 60 input errors; nothing was forecast\.\n$/,
    );
  });
});

/** The built CLI run in another working directory (init writes into it), with the locale given and no other. */
function cliIn(dir: string, args: readonly string[], env: Record<string, string> = {}) {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...base } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/cashflow.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
