import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';
import { tempBooks } from '../support/temp-books.js';

async function forecast(args: readonly string[]) {
  const books = tempBooks();
  const io = fakeIo();
  const code = await runCli(['forecast', books.invoices, '--expenses', books.expenses, '--as-of', '2026-12-01', '--json', ...args], io);
  return { code, stderr: io.err.join(''), json: code === EXIT.ok ? JSON.parse(io.out.join('')) : undefined };
}

describe('--balance-date and --max-balance-age', () => {
  it.each([
    [['--balance-date', '2026-11-20'], 'cashflow: --balance-date dates the balance you type, and there is no --balance; give --balance AMOUNT too'],
    [
      ['--balance', '1', '--balance-date', '2026-12-01'],
      'cashflow: --balance-date 2026-12-01 is not before --as-of 2026-12-01; the balance is the one at the end of that day',
    ],
    [['--balance', '1', '--balance-date', '20.11.2026x'], 'cashflow: --balance-date "20.11.2026x" is not a date'],
    [['--max-balance-age', 'week'], 'cashflow: --max-balance-age "week"'],
  ])('%j is a usage error', async (args, message) => {
    const run = await forecast(args);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(message);
  });

  it('a balance of the end of as-of − 1 is 0 days old; --max-balance-age sets when it goes stale', async () => {
    const fresh = await forecast(['--balance', '1500000', '--balance-date', '2026-11-30']);
    expect(fresh.json.assumptions).toMatchObject({ balanceAgeDays: 0, balanceStale: false, caughtUp: [], openingBalance: 1_500_000 });
    const four = await forecast(['--balance', '1500000', '--balance-date', '2026-11-26', '--max-balance-age', '3']);
    expect(four.json.assumptions).toMatchObject({ balanceAgeDays: 4, maxBalanceAge: 3, balanceStale: true });
    expect(four.stderr).toContain('warning: the balance is 4 days old');
    const allowed = await forecast(['--balance', '1500000', '--balance-date', '2026-11-26', '--max-balance-age', '4']);
    expect([allowed.json.assumptions.balanceStale, allowed.stderr]).toEqual([false, '']);
  });
});

describe('the balance settings in the config', () => {
  const withConfig = async (settings: Record<string, unknown>, args: readonly string[] = []) => {
    const books = tempBooks();
    writeFileSync(books.at('cashflow.config.json'), JSON.stringify({ invoices: 'invoices.csv', expenses: 'expenses.csv', ...settings }));
    const io = fakeIo();
    const code = await runCli(['forecast', '--config', books.at('cashflow.config.json'), '--as-of', '2026-12-01', '--json', ...args], io);
    return { code, stderr: io.err.join(''), json: code === EXIT.ok ? JSON.parse(io.out.join('')) : undefined, books };
  };

  it('balance and balanceDate date the config’s balance, named "config"', async () => {
    const run = await withConfig({ balance: 1_500_000, balanceDate: '2026-11-20', maxBalanceAge: 30 });
    expect(run.json.assumptions).toMatchObject({
      balanceAmount: 1_500_000,
      balanceDate: '2026-11-20',
      balanceSource: 'config',
      balanceAgeDays: 10,
      balanceStale: false,
    });
    // 월세 on 11-25 is caught up: 1,500,000 − 750,000.
    expect(run.json.assumptions.openingBalance).toBe(750_000);
  });

  it('a --balance typed on the command line is not dated by the config’s balanceDate', async () => {
    const run = await withConfig({ balance: 1_500_000, balanceDate: '2026-11-20' }, ['--balance', '900000']);
    expect(run.json.assumptions).toMatchObject({ balanceAmount: 900_000, balanceDate: '2026-11-30', balanceSource: '--balance', balanceAgeDays: 0 });
  });

  it('"bank" files are read relative to the config file', async () => {
    const books = tempBooks();
    mkdirSync(books.at('books'));
    writeFileSync(join(books.at('books'), 'settings.json'), JSON.stringify({ invoices: '../invoices.csv', bank: ['statements/nh.csv'] }));
    const io = fakeIo();
    const code = await runCli(['forecast', '--config', join(books.at('books'), 'settings.json'), '--as-of', '2026-12-01'], io);
    expect(code).toBe(EXIT.input);
    // Named as the config's other paths are: relative to the working directory, wherever that is.
    expect(io.err.join('')).toContain(`${relative('.', join(books.at('books'), 'statements', 'nh.csv'))}:1:1: file does not exist`);
  });
});
