import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { forecastJsonInProcess, writeIn } from '../support/run-in-process.js';
import { REFUND_INVOICES, REFUND_PROFILE } from '../support/tax-books.js';

const INVOICES = REFUND_INVOICES;
const PROFILE = REFUND_PROFILE;

function books(tax: object | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-tax-'));
  const invoices = writeIn(dir, 'invoices.csv', INVOICES);
  const config = writeIn(dir, 'cashflow.config.json', JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', ...(tax === undefined ? {} : { tax }) }));
  return { invoices, config };
}
const OVER_MAY = ['--as-of', '2026-05-01', '--days', '92', '--balance', '1000000'];

describe('a forecast over May with a tax profile', () => {
  const { config } = books(PROFILE);

  it('shows the refund as a dated event with its working in JSON', async () => {
    const report = await forecastJsonInProcess(['forecast', '--config', config, ...OVER_MAY, '--json']);
    const tax = report.events.filter((event) => event.kind === 'tax');
    expect(tax).toEqual([
      expect.objectContaining({
        date: '2026-06-30',
        amount: 554_180,
        taxKind: 'income-tax-refund',
        dueDate: '2026-06-01',
        estimate: 'estimate — compare with 홈택스 모의계산',
        working: expect.objectContaining({
          income: 30_000_000,
          expenseRate: 0.641,
          taxable: 7_770_000,
          tax: { national: 396_200, local: 39_620 },
          withheld: { national: 900_000, local: 90_000 },
        }),
      }),
    ]);
    expect(report.summary.closingBalance).toBe(1_554_180);
  });

  it('summarises it in one line of the table', () => {
    const run = cli(['forecast', '--config', config, ...OVER_MAY, '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-06-30 +\+₩554,180 +₩1,554,180 +종합소득세 refund 2025 \(estimate\)\n/);
    expect(run.stdout).toMatch(
      /2026-06-30 종합소득세 refund 2025: income ₩30,000,000 at 64\.1 % expenses, taxable ₩7,770,000, tax ₩396,200 \+ ₩39,620 local, withheld ₩900,000 \+ ₩90,000 local, return due 2026-06-01 — estimate — compare with 홈택스 모의계산/,
    );
  });

  it('prints the 중간예납 the return credits, in both languages', () => {
    // 중간예납 200,000 paid, and its 10 % local share 20,000: the refund grows from 554,180 by 220,000, and the line
    // shows what makes it up: 396,200 − 900,000 − 200,000 = −703,800; 39,620 − 90,000 − 20,000 = −70,380.
    const interim = books({ ...PROFILE, interimPaid: 200_000 }).config;
    const run = cli(['forecast', '--config', interim, ...OVER_MAY, '--no-color']);
    expect(run.stdout).toMatch(/2026-06-30 +\+₩774,180 +₩1,774,180 +종합소득세 refund 2025 \(estimate\)\n/);
    expect(run.stdout).toContain('withheld ₩900,000 + ₩90,000 local, 중간예납 paid ₩200,000 + ₩20,000 local, return due 2026-06-01');
    const ko = cli(['forecast', '--config', interim, ...OVER_MAY, '--no-color', '--lang', 'ko']);
    expect(ko.stdout).toContain('중간예납 200,000원 + 지방소득세 20,000원');
    // The local share is an assumption (unconfirmed): named in Korean, by its id in English.
    expect(ko.stdout).toContain('지방소득세 중간예납분(중간예납의 10 %로 봄)');
    expect(ko.stdout).not.toContain('local-interim');
    expect(run.stdout).toContain('local-interim');
  });

  it('books it in the ledger export with its working', () => {
    const run = cli(['export', '--to', 'ledger', '--config', config, ...OVER_MAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /2026-06-30 종합소득세 refund 2025\n {4}; income ₩30,000,000 .*estimate — compare with 홈택스 모의계산\n {4}expenses:tax:income-tax-refund {2}-554180 KRW\n {4}assets:bank\n/,
    );
  });
});

const hasHledger = spawnSync('hledger', ['--version']).status === 0;

describe('the ledger export with a refund', () => {
  it.skipIf(!hasHledger)('gives hledger the forecast’s closing balance: 1,000,000 + 554,180', () => {
    const { config } = books(PROFILE);
    const journal = cli(['export', '--to', 'ledger', '--config', config, ...OVER_MAY]).stdout;
    const hledger = spawnSync('hledger', ['-f', '-', 'balance', 'assets:bank', '-H', '-e', '2026-08-01', '--flat', '--no-total'], {
      input: journal,
      encoding: 'utf8',
    });
    expect(hledger.stderr).toBe('');
    expect(hledger.stdout.trim()).toBe('1554180 KRW  assets:bank');
  });
});

describe('the same books without a profile', () => {
  const { config } = books(undefined);

  it('have no tax event and one hint line in the table', async () => {
    const report = await forecastJsonInProcess(['forecast', '--config', config, ...OVER_MAY, '--json']);
    expect(report.events.filter((event) => event.kind === 'tax')).toEqual([]);
    const run = cli(['forecast', '--config', config, ...OVER_MAY, '--no-color']);
    const hints = run.stdout.split('\n').filter((line) => line.includes('Korean tax calendar'));
    expect(hints).toEqual([
      'Tax: a May 종합소득세 or November 중간예납 falls in the horizon; add "tax" to cashflow.config.json to estimate it (README, "Korean tax calendar").',
    ]);
  });

  it('have no hint when the horizon holds no return', () => {
    const run = cli(['forecast', '--config', config, '--as-of', '2026-07-01', '--days', '90', '--no-color']);
    expect(run.stdout).not.toContain('Korean tax calendar');
  });
});

describe('a tax profile with a mistake', () => {
  it('is an input error naming the key, exit 2', () => {
    const { config } = books({ ...PROFILE, expenseRate: 64.1 });
    const run = cli(['forecast', '--config', config, ...OVER_MAY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tax.expenseRate');
    expect(run.stderr).toContain('must be at most 1');
  });

  it('names an unknown key', () => {
    const { config } = books({ ...PROFILE, dependants: 2 });
    const run = cli(['forecast', '--config', config, ...OVER_MAY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tax\.dependants.*is not a tax profile key/);
  });
});
