import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { KRW } from '../support/factories.js';
import { fakeTty } from '../support/fake-tty.js';

const ASKED = defaultCatalogue(KRW).options.filter((option) => option.id !== 'kr-micropayment-cashout');

describe('cashflow bridges --setup --lang ko', () => {
  it('asks and reports in Korean, with the typical overdraft figures in brackets', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cashflow-setup-ko-')), 'bridges.json');
    // y and figures for the overdraft, a typo then n for the emergency line, Enter for the rest.
    const io = fakeTty(['y', '5,000,000', '6,000,000', '5.9', '글쎄요', 'n', ...ASKED.slice(2).map(() => '')]);
    expect(await runCli(['bridges', '--setup', '--bridges', path, '--lang', 'ko'], io)).toBe(EXIT.ok);
    expect(io.questions.slice(0, 6)).toEqual([
      '  이 상품이 있나요? y = 예, n = 아니요, Enter = 지금 값 유지: ',
      '  한도 [₩3,000,000]: ',
      '  지금 사용 중인 금액 [₩2,200,000]: ',
      '  연이율(%) [6.5]: ',
      '  이 상품이 있나요? y = 예, n = 아니요, Enter = 지금 값 유지: ',
      '  이 상품이 있나요? y = 예, n = 아니요, Enter = 지금 값 유지: ',
    ]);
    const said = io.err.join('');
    expect(said).toContain(`자금 융통 방법을 하나씩 묻습니다 (KRW). Enter를 누르면 괄호 안 값을 그대로 씁니다. 끝나면 ${path}에 저장합니다.\n`);
    expect(said).toContain('\n마이너스통장 — 일반 조건: 한도 ₩3,000,000, 사용 중 ₩2,200,000, 연이율 6.50%\n');
    expect(said).toContain('  사용 중인 금액이 한도보다 큽니다. ₩5,000,000으로 보고, 더 꺼낼 수 있는 돈은 없습니다\n');
    expect(said).toContain('  "글쎄요": y(예), n(아니요)로 답하거나 Enter로 지금 값을 유지하세요\n');
    expect(said).toContain('\n소액결제현금화: 묻지 않습니다. 불법이며 어떤 경우에도 권하지 않습니다\n');
    expect(said).toContain(`\n${path}에 저장했습니다: 내 조건 1개, 없는 상품 1개.\n`);
  });
});
