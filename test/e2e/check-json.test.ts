import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { checkJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

const INPUTS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];

describe('cashflow check --json', () => {
  it('lists each window starting soon as attention, with summary.safeToSpend, and exits 1', async () => {
    const run = await runInProcess(['check', ...INPUTS, '--json']);
    expect([run.code, run.stderr]).toEqual([EXIT.shortfall, '']);
    const json = checkJsonV1.parse(JSON.parse(run.stdout));
    expect(json.summary).toMatchObject({ safeToSpend: 0, lowestBalance: -670000, firstShortfall: '2026-12-25', shortfallCount: 2, soonCount: 2 });
    expect(json.attention).toEqual([
      {
        kind: 'shortfall',
        date: '2026-12-25',
        message: '2026-12-25 short ₩382,000 for 10 days; cheapest with typical figures: 마이너스통장 (Bank overdraft line), ₩581',
      },
      {
        kind: 'shortfall',
        date: '2027-01-12',
        message: '2027-01-12 short ₩670,000 for 10 days; cheapest with typical figures: 마이너스통장 (Bank overdraft line), ₩1,088',
      },
    ]);
  });

  it('is one document with an empty attention list when all is well, and exits 0', async () => {
    const run = await runInProcess(['check', ...INPUTS, '--within', '20', '--json']);
    expect([run.code, run.stderr]).toEqual([EXIT.ok, '']);
    const json = checkJsonV1.parse(JSON.parse(run.stdout));
    expect(json.attention).toEqual([]);
    expect(json.summary.soonCount).toBe(0);
    expect(json.summary.shortfallCount).toBe(2);
  });

  it('names a stale balance as attention of its own, dated by the balance', async () => {
    const run = await runInProcess(['check', ...INPUTS, '--balance-date', '2026-11-10', '--within', '0', '--json']);
    expect(run.code).toBe(EXIT.shortfall);
    const json = checkJsonV1.parse(JSON.parse(run.stdout));
    expect(json.summary).toMatchObject({ balanceAgeDays: 20, balanceStale: true });
    expect(json.attention.map((item) => [item.kind, item.date])).toEqual([['stale-balance', '2026-11-10']]);
    expect(json.attention[0]!.message).toMatch(/^the balance is 20 days old \(--balance, the end of 2026-11-10\), more than 7 days: /);
  });

  it('safeToSpend is the lowest balance when no shortfall lies ahead', async () => {
    const run = await runInProcess(['check', ...INPUTS, '--balance', '5000000', '--json']);
    const json = checkJsonV1.parse(JSON.parse(run.stdout));
    expect([run.code, json.attention, json.summary.firstShortfall]).toEqual([EXIT.ok, [], null]);
    expect(json.summary.safeToSpend).toBe(json.summary.lowestBalance);
    expect(json.summary.safeToSpend).toBe(5_000_000 - 1_500_000 - 670_000);
  });

  it('--quiet prints nothing and keeps the exit code: 1 for attention, 0 when all is well, 2 for bad input', () => {
    expect(cli(['check', ...INPUTS, '--quiet'])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(cli(['check', ...INPUTS, '--quiet', '--json'])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(cli(['check', ...INPUTS, '--within', '20', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = cli(['check', 'test/fixtures/errors/bad-amount.csv', '--as-of', '2026-12-01', '--quiet', '--json']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('bad-amount.csv:');
  });
});
