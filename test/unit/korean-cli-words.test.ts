import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { formatBugReport } from '../../src/cli/bug-report.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { OutputError } from '../../src/cli/output-error.js';
import { runCli } from '../../src/cli/run-cli.js';
import { startRun } from '../../src/cli/run-io.js';
import { workbookPassword } from '../../src/cli/workbook-password.js';
import { KRW } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';
import { fakeTty } from '../support/fake-tty.js';
import { ROOT } from '../support/run-cli.js';

// What the command line says in Korean outside its usage errors: the bug report, the password prompt, the answers
// bridges --setup cannot take and why it stops; each worked from the catalogues by hand.

const FORECAST = ['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01'];
const ASKED = defaultCatalogue(KRW).options.filter((option) => option.id !== 'kr-micropayment-cashout');

describe('the command line in Korean', () => {
  it('frames a bug report in Korean; the versions, the command and the stack stay as they are', () => {
    const error = new TypeError('renderer exploded');
    error.stack = 'TypeError: renderer exploded\n    at render (/nowhere/table.js:3:4)';
    const facts = { version: '9.8.7', node: 'v20.1.2', platform: 'linux arm64', args: ['forecast', 'my invoices.csv'] };
    expect(formatBugReport(error, facts, 'ko')).toBe(
      [
        'cashflow: 내부 오류 — cashflow의 버그입니다. 실행한 명령과 아래 내용을 함께 알려 주세요:',
        '  cashflow 9.8.7 · Node v20.1.2 · linux arm64',
        "  명령: cashflow forecast 'my invoices.csv'",
        'TypeError: renderer exploded',
        '    at render (/nowhere/table.js:3:4)',
        '',
      ].join('\n'),
    );
  });

  it('says standard output failed in Korean, with the system’s reason or its own message', async () => {
    const failing = (error: Error) => fakeIo({ stdout: () => Promise.reject(new OutputError(error)) });
    const full = failing(Object.assign(new Error('ENOSPC: write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
    expect(await runCli([...FORECAST, '--lang', 'ko'], full)).toBe(EXIT.output);
    expect(full.err.join('')).toBe('cashflow: 표준 출력에 쓸 수 없습니다: 저장 공간 부족 (ENOSPC). 공간을 비우거나 다른 곳에 쓰세요.\n');
    // No errno: the system's own words are all there is to quote, and the hint is cashflow's.
    const odd = failing(new Error('stream destroyed'));
    expect(await runCli([...FORECAST, '--lang', 'ko'], odd)).toBe(EXIT.output);
    expect(odd.err.join('')).toBe('cashflow: 표준 출력에 쓸 수 없습니다: stream destroyed. 출력이 어디로 가는지 확인하세요.\n');
  });

  it('asks for an encrypted workbook’s password in the run’s language', async () => {
    const prompts: string[] = [];
    const { io } = startRun(
      fakeIo({
        askPassword: async (prompt) => {
          prompts.push(prompt);
          return '990101';
        },
      }),
    );
    expect(await workbookPassword(io, 'ko')('toss.xlsx')).toBe('990101');
    expect(await workbookPassword(io)('toss.xlsx')).toBe('990101');
    expect(prompts).toEqual(['toss.xlsx의 비밀번호: ', 'Password for toss.xlsx: ']);
  });

  it('bridges --setup: an amount it cannot read, a negative one, a rate it cannot read, each said in Korean', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cashflow-setup-ko-words-')), 'bridges.json');
    // The overdraft: y, then a limit that is no amount, a negative one, a good one; Enter for the amount used; a
    // rate that is no rate, then Enter; Enter for every other option.
    const io = fakeTty(['y', '많이', '-5', '4,000,000', '', '연 5%', '', ...ASKED.slice(1).map(() => '')]);
    expect(await runCli(['bridges', '--setup', '--bridges', path, '--lang', 'ko'], io)).toBe(EXIT.ok);
    const said = io.err.join('');
    expect(said).toContain('\n  "많이": 금액이 아닙니다. 숫자로 적으세요. 천 단위 구분 기호는 넣어도 됩니다(예: 1,500,000).\n');
    expect(said).toContain('\n  "-5": 음수일 수 없습니다.\n');
    expect(said).toContain('\n  "연 5%": 비율이 아닙니다. 연이율을 퍼센트로 적으세요(예: 6.5).\n');
    // The file says what it is in Korean too; its settings are the language's no matter.
    const written = JSON.parse(readFileSync(path, 'utf8')) as { $comment: string; options: Array<{ id: string; amount?: unknown }> };
    expect(written.$comment).toBe(
      '`cashflow bridges --setup`으로 만든 내 자금 융통 방법입니다. 항목마다 같은 id의 기본 방법에서 적힌 필드만 바꿉니다(`"enabled": false`: 없는 상품). 적지 않은 방법은 일반 조건을 그대로 씁니다. --setup을 다시 실행해 고칠 수 있고, 이전 파일은 .bak으로 남습니다.',
    );
    expect(written.options.map((option) => option.id)).toEqual([ASKED[0]!.id]);
  });

  it('bridges --setup stops in Korean when the answers run out, and on a whole catalogue of its own', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-setup-ko-stop-'));
    const stopped = fakeTty(['y']);
    expect(await runCli(['bridges', '--setup', '--bridges', join(folder, 'bridges.json'), '--lang', 'ko'], stopped)).toBe(EXIT.input);
    expect(stopped.err.at(-1)).toBe(
      'cashflow: bridges --setup을 멈췄습니다. 아무것도 저장하지 않았습니다. 숫자를 준비한 뒤 `cashflow bridges --setup`을 다시 실행하세요.\n',
    );
    const own = join(folder, 'own.json');
    writeFileSync(own, readFileSync(join(ROOT, 'test/fixtures/catalogues/valid-own.json')));
    const refused = fakeTty([]);
    expect(await runCli(['bridges', '--setup', '--bridges', own, '--lang', 'ko'], refused)).toBe(EXIT.input);
    expect(refused.err.at(-1)).toBe(
      `cashflow: ${own}에는 "extends": "defaults"가 없는 독자적인 목록이 있어, --setup이 고쳐 쓰지 않습니다. 직접 고치거나, --bridges NEW.json을 붙여 --setup을 실행해 바꿀 값만 담은 파일을 새로 만드세요.\n`,
    );
  });
});
