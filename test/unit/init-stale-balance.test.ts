import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';

// The case of issue 13 as a new user meets it: `cashflow init` on 2026-12-01 (the fake clock), the starter
// balance of 500,000 typed that day, and a run two weeks later.
const home = process.cwd();
afterEach(() => process.chdir(home));

async function inInitBooks(args: readonly string[]) {
  process.chdir(mkdtempSync(join(tmpdir(), 'cashflow-init-')));
  expect(await runCli(['init'], fakeIo())).toBe(EXIT.ok);
  const io = fakeIo();
  const code = await runCli(args, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const LATER = ['--balance', '500000', '--balance-date', '2026-12-01', '--as-of', '2026-12-15'];

describe('the init books, balance typed on 12-01, run on 12-15', () => {
  it('catch up rent, phone and card bill and show the user short since 12-06, not from 2027-02-13', async () => {
    const run = await inInitBooks(['forecast', ...LATER, '--json']);
    expect(run.code).toBe(EXIT.ok);
    const report = JSON.parse(run.stdout);
    expect(report.assumptions).toMatchObject({ balanceAmount: 500_000, balanceDate: '2026-12-01', balanceSource: '--balance', balanceAgeDays: 13 });
    expect(report.assumptions.caughtUp.map((event: { date: string; amount: number; balance: number }) => [event.date, event.amount, event.balance])).toEqual([
      ['2026-12-06', -650_000, -150_000], // Rent: init dates it today + 5
      ['2026-12-09', -69_000, -219_000], // Phone, + 8
      ['2026-12-13', -900_000, -1_119_000], // Card bill, + 12
    ]);
    expect(report.assumptions.openingBalance).toBe(-1_119_000);
    expect(report.summary).toMatchObject({ firstShortfall: '2026-12-15', shortSince: '2026-12-06', lowestBalance: -2_426_000, closingBalance: -2_426_000 });
    // INV-004 (Studio B pays in 40 days) 12-21; INV-005 overdue, 12-15 + 14; RET-01 issued 12-04, after the balance: 01-03.
    expect(report.events.slice(0, 3).map((event: { date: string; id: string }) => [event.date, event.id])).toEqual([
      ['2026-12-21', 'INV-004'],
      ['2026-12-29', 'INV-005'],
      ['2027-01-03', 'RET-01@2026-12-04'],
    ]);
    expect(report.shortfalls.map((window: { start: string; end: string; peakGap: number }) => [window.start, window.end, window.peakGap])).toEqual([
      ['2026-12-15', '2026-12-20', 1_119_000],
      ['2027-01-13', '2027-02-02', 388_000],
      ['2027-02-06', '2027-03-14', 2_426_000],
    ]);
    expect(run.stderr).toContain('warning: the balance is 13 days old (--balance, the end of 2026-12-01), more than 7 days');
  });

  it('without --balance-date keep the old reading (start of as-of): the first shortfall is 2027-02-13', async () => {
    const run = await inInitBooks(['forecast', '--balance', '500000', '--as-of', '2026-12-15', '--json']);
    const report = JSON.parse(run.stdout);
    expect([report.summary.firstShortfall, report.assumptions.balanceAgeDays, report.assumptions.caughtUp]).toEqual(['2027-02-13', 0, []]);
    expect(run.stderr).toBe('');
  });

  it('show the balance day and age in the table, and the caught-up events', async () => {
    const run = await inInitBooks(['forecast', ...LATER]);
    expect(run.stdout).toContain(' Balance           ₩500,000 (--balance, the end of 2026-12-01), 13 days old: stale, more than 7\n');
    expect(run.stdout).toContain(' First shortfall   2026-12-15 (short since 2026-12-06, caught up)\n');
    expect(run.stdout).toContain('Caught up to 2026-12-15 (3): in the opening balance\n');
    expect(run.stdout).toContain(' 2026-12-13      -₩900,000    -₩1,119,000  Card bill (assumed)\n');
  });

  it('make check fail with a line of its own for the stale balance, and pass within --max-balance-age', async () => {
    const stale = await inInitBooks(['check', ...LATER, '--within', '1']);
    expect(stale.code).toBe(EXIT.shortfall);
    expect(stale.stdout.split('\n')[0]).toBe(
      'stale: the balance is 13 days old (--balance, the end of 2026-12-01), more than 7 days: the opening balance assumes 3 scheduled movements since; download a fresh statement or give a newer --balance-date',
    );
    expect(stale.stderr).toBe('');
    expect(stale.stdout.split('\n')[1]).toMatch(/^2026-12-15 short ₩1,119,000 for 6 days \(short since 2026-12-06\); cheapest with typical figures: /);
    const fresh = await inInitBooks(['check', ...LATER, '--max-balance-age', '13', '--within', '1']);
    expect(fresh.stdout).not.toContain('stale');
    const none = await inInitBooks(['check', '--balance', '5000000', '--balance-date', '2026-12-08', '--as-of', '2026-12-15', '--within', '1']);
    expect([none.code, none.stdout]).toEqual([EXIT.ok, '']);
  });
});
