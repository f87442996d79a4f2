import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonV1 } from '../support/json-contract.js';
import { ROOT } from '../support/run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('cashflow on the PATH (README, "Put cashflow on the PATH")', () => {
  it('installs from the clone into a prefix, offline, and runs by name from another folder', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'cashflow-prefix-'));
    // The global setup has just built dist/ fresh; --ignore-scripts keeps npm from building again, and offline
    // with no audit or fund it never reaches the network.
    const install = spawnSync(npm, ['install', '-g', '.', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    expect([install.status, install.stderr.includes('ERR')]).toEqual([0, false]);
    const bin = join(prefix, process.platform === 'win32' ? '' : 'bin');
    expect(existsSync(join(bin, 'cashflow'))).toBe(true);

    const books = mkdtempSync(join(tmpdir(), 'cashflow-books-'));
    copyFileSync(join(ROOT, 'fixtures/invoices.csv'), join(books, 'invoices.csv'));
    copyFileSync(join(ROOT, 'fixtures/expenses.csv'), join(books, 'expenses.csv'));
    writeFileSync(join(books, 'cashflow.config.json'), JSON.stringify({ invoices: 'invoices.csv', expenses: 'expenses.csv', balance: 1500000 }));
    const run = spawnSync('cashflow', ['check', '--as-of', '2026-12-01', '--json'], {
      cwd: books,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    });
    expect([run.status, run.stderr]).toEqual([1, '']);
    const json = checkJsonV1.parse(JSON.parse(run.stdout));
    expect(json.attention.map((item) => [item.kind, item.date])).toEqual([
      ['shortfall', '2026-12-25'],
      ['shortfall', '2027-01-12'],
    ]);
  }, 120_000);
});
