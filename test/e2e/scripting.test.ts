import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/run-cli.js';

const INPUTS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const BIN = join(ROOT, 'bin/cashflow.cjs');
const inDir = (dir: string, args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tempDir = () => mkdtempSync(join(tmpdir(), 'cashflow-'));
const hasHledger = spawnSync('hledger', ['--version']).status === 0;

describe('config file', () => {
  const config = (dir: string, settings: Record<string, unknown>) => writeFileSync(join(dir, 'cashflow.config.json'), JSON.stringify(settings));
  const copyFixtures = (dir: string) => {
    writeFileSync(join(dir, 'invoices.csv'), readFileSync(join(ROOT, 'fixtures/invoices.csv')));
    writeFileSync(join(dir, 'expenses.csv'), readFileSync(join(ROOT, 'fixtures/expenses.csv')));
  };

  it('precedence: a flag wins over the config, the config over the default', () => {
    const dir = tempDir();
    copyFixtures(dir);
    config(dir, { invoices: 'invoices.csv', expenses: 'expenses.csv', balance: 2000000, days: 30 });
    const fromConfig = JSON.parse(inDir(dir, ['forecast', '--as-of', '2026-12-01', '--json']).stdout);
    expect(fromConfig.assumptions.openingBalance).toBe(2_000_000); // config over the default 0
    expect(fromConfig.horizon.days).toBe(30); // config over the default 90
    expect(fromConfig.assumptions.delayDays).toBe(30); // default, the config says nothing
    const fromFlag = JSON.parse(inDir(dir, ['forecast', '--as-of', '2026-12-01', '--json', '--balance', '100', '--days', '10']).stdout);
    expect(fromFlag.assumptions.openingBalance).toBe(100);
    expect(fromFlag.horizon.days).toBe(10);
  });

  it('reads --config FILE with comments, paths relative to it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'books'));
    copyFixtures(join(dir, 'books'));
    writeFileSync(join(dir, 'books', 'settings.json'), '{\n  // mine\n  "invoices": "invoices.csv", "expenses": "expenses.csv", "balance": "1,500,000",\n}\n');
    const run = inDir(dir, ['forecast', '--config', 'books/settings.json', '--as-of', '2026-12-01', '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).summary.lowestBalance).toBe(-670000);
  });

  it.each([
    [{ balanse: 100 }, 'cashflow.config.json: balanse: is not a setting cashflow knows'],
    [{ days: 'ninety' }, 'cashflow.config.json: days: must be a whole number'],
    [{ currency: 'won!' }, 'cashflow.config.json: currency: must be a three-letter currency code such as KRW'],
    [{ format: 'pdf' }, 'cashflow.config.json: format: Invalid option: expected one of "table"|"json"|"csv"'],
  ])('an invalid key or value %j exits 2 naming it', (settings, message) => {
    const dir = tempDir();
    copyFixtures(dir);
    config(dir, { invoices: 'invoices.csv', ...settings });
    const run = inDir(dir, ['forecast', '--as-of', '2026-12-01']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('cashflow init then cashflow forecast works in an empty folder and shows a shortfall; init never overwrites', () => {
    const dir = tempDir();
    const init = inDir(dir, ['init']);
    expect(init.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['cashflow.config.json', 'expenses.csv', 'invoices.csv']);
    const forecast = inDir(dir, ['forecast', '--json']);
    expect(forecast.status).toBe(0);
    expect(JSON.parse(forecast.stdout).summary.shortfallCount).toBeGreaterThan(0);
    const again = inDir(dir, ['init']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('init would overwrite cashflow.config.json, invoices.csv, expenses.csv');
  });
});

describe('formats and files', () => {
  it('CSV parses back to exactly the daily balances of --json', () => {
    const json = JSON.parse(cli(['forecast', ...INPUTS, '--json']).stdout);
    const rows = parse(cli(['forecast', ...INPUTS, '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.date, Number(row.balance), Number(row.inflow), Number(row.outflow)])).toEqual(
      json.days.map((day: { date: string; balance: number; inflow: number; outflow: number }) => [day.date, day.balance, day.inflow, day.outflow]),
    );
    expect(rows.find((row) => row.date === '2027-01-20')).toMatchObject({ balance: '-670000', shortfall: '670000' });
  });

  it('neutralises formula injection in text cells of --events', () => {
    const out = cli(['forecast', 'test/fixtures/scripting/formula-invoices.csv', '--as-of', '2026-12-01', '--format', 'csv', '--events']).stdout;
    const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.who)).toEqual([`'=HYPERLINK("http://x")`, "'@evil"]);
    expect(rows[0]!.amount).toBe('500000');
  });

  it('--output writes the file atomically and refuses an input file', () => {
    const dir = tempDir();
    const target = join(dir, 'report.json');
    expect(cli(['forecast', ...INPUTS, '--json', '--output', target]).stdout).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe(1);
    const refused = cli(['forecast', ...INPUTS, '--output', 'fixtures/expenses.csv']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output "fixtures/expenses.csv" is one of the input files');
    expect(readFileSync(join(ROOT, 'fixtures/expenses.csv'), 'utf8')).toContain('date,amount,description');
  });

  it('a failed write leaves neither the file nor its temporary behind', () => {
    const dir = tempDir();
    // Renaming onto a folder fails after the temporary was written: it must be cleaned up.
    mkdirSync(join(dir, 'taken'));
    const run = cli(['forecast', ...INPUTS, '--output', join(dir, 'taken')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not be written');
    expect(readdirSync(dir)).toEqual(['taken']);
    const missing = cli(['forecast', ...INPUTS, '--output', join(dir, 'no/such/folder/out.txt')]);
    expect(missing.code).toBe(2);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('writing into a read-only folder fails cleanly (skipped as root, who may write anywhere)', () => {
    const dir = tempDir();
    execFileSync('chmod', ['555', dir]);
    const run = cli(['forecast', ...INPUTS, '--output', join(dir, 'out.txt')]);
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('cashflow check', () => {
  it('exit 1 and one line per window when a shortfall starts within the period', () => {
    const run = cli(['check', ...INPUTS]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      '2026-12-25 short ₩382,000 for 10 days; cheapest with typical figures: 마이너스통장 (Bank overdraft line), ₩581',
      '2027-01-12 short ₩670,000 for 10 days; cheapest with typical figures: 마이너스통장 (Bank overdraft line), ₩1,088',
    ]);
  });

  it('exit 0 and silent when no shortfall starts within --within days', () => {
    const run = cli(['check', ...INPUTS, '--within', '20']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exit 2 on bad input', () => {
    const run = cli(['check', 'test/fixtures/errors/bad-amount.csv', '--as-of', '2026-12-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('charts', () => {
  it('draws the same non-TTY chart of the fixtures (80 columns, windows marked)', () => {
    const out = cli(['forecast', ...INPUTS, '--chart']).stdout;
    // The chart is the last block of the report, after its last blank line.
    const chart = out.slice(out.lastIndexOf('\n\n', out.length - 2) + 2);
    expect(out).toContain('── balance  ── buffer ₩0  ▸ zero  ^ short');
    expect(out.split('\n').every((line) => [...line].length <= 80)).toBe(true);
    expect(chart).toMatchSnapshot();
  });

  it('writes a well-formed SVG with one path per series and the windows shaded', () => {
    const dir = tempDir();
    const file = join(dir, 'chart.svg');
    expect(cli(['forecast', ...INPUTS, '--chart-svg', file, '--simulate', '500']).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    const classes = (list: unknown) => ([] as Array<Record<string, string>>).concat(list as never).map((node) => node['@_class']);
    expect(classes(doc.path).sort()).toEqual(['balance', 'band', 'buffer']);
    expect(classes(doc.rect).filter((name) => name === 'shortfall')).toHaveLength(2);
    expect(svg).toContain('balance (KRW)');
    expect(svg).toContain('2026-12-01');
  });
});

describe('plain-text accounting', () => {
  it.skipIf(!hasHledger)('the ledger export gives hledger the same daily balances as the forecast', () => {
    const journal = cli(['export', '--to', 'ledger', ...INPUTS]).stdout;
    const hledger = spawnSync(
      'hledger',
      ['-f', '-', 'balance', 'assets:bank', '-D', '-H', '--forecast=2026-12-01..2027-03-01', '-b', '2026-12-01', '-e', '2027-03-01', '-O', 'csv'],
      { input: journal, encoding: 'utf8' },
    );
    expect(hledger.stderr).toBe('');
    const [header, bank] = parse(hledger.stdout) as string[][];
    const ours = JSON.parse(cli(['forecast', ...INPUTS, '--json']).stdout).days as Array<{ date: string; balance: number }>;
    expect(header!.slice(1)).toEqual(ours.map((day) => day.date));
    expect(bank!.slice(1).map((cell) => Number(cell.replace(/ KRW$/, '')))).toEqual(ours.map((day) => day.balance));
  });

  it.skipIf(!hasHledger)('gives hledger the same balances for a monthly row first due next month, and on the 31st', () => {
    // hledger 1.25 read "every 15th day of month from 2027-01-01" as starting on 2026-12-15, and "every 31st day of
    // month from 2026-12-01" as the 30th: each rule now starts on the row's own first day.
    const dir = tempDir();
    const expenses = join(dir, 'expenses.csv');
    writeFileSync(expenses, 'date,amount,description,category,repeat,until\n2027-01-15,7000,later,x,monthly,\n2026-12-31,9000,month end,x,monthly,\n');
    const inputs = ['fixtures/invoices.csv', '--expenses', expenses, '--balance', '1500000', '--as-of', '2026-12-01'];
    const journal = cli(['export', '--to', 'ledger', ...inputs]).stdout;
    expect(journal).toContain('~ every 15th day of month from 2027-01-15  later');
    const hledger = spawnSync(
      'hledger',
      ['-f', '-', 'balance', 'assets:bank', '-D', '-H', '--forecast=2026-12-01..2027-03-01', '-b', '2026-12-01', '-e', '2027-03-01', '-O', 'csv'],
      { input: journal, encoding: 'utf8' },
    );
    const [, bank] = parse(hledger.stdout) as string[][];
    const ours = JSON.parse(cli(['forecast', ...inputs, '--json']).stdout).days as Array<{ date: string; balance: number }>;
    expect(bank!.slice(1).map((cell) => Number(cell.replace(/ KRW$/, '')))).toEqual(ours.map((day) => day.balance));
    // By hand: nothing of either before 12-31; 9,000 on 12-31, 01-31 and 02-28; 7,000 on 01-15 and 02-15.
    const fixturesOnly = JSON.parse(cli(['forecast', ...INPUTS.slice(0, 1), '--balance', '1500000', '--as-of', '2026-12-01', '--json']).stdout).days as Array<{
      balance: number;
    }>;
    const byDay = ours.map((day, i) => fixturesOnly[i]!.balance - day.balance);
    expect([byDay[29], byDay[30], byDay[44], byDay[45], byDay[61], byDay[76], byDay[88], byDay[89]]).toEqual([
      0, 9_000, 9_000, 16_000, 25_000, 32_000, 32_000, 41_000,
    ]);
  });

  it('uses periodic rules for recurring expenses and the named accounts', () => {
    const journal = cli(['export', '--to', 'ledger', ...INPUTS]).stdout;
    expect(journal).toContain('~ every 25th day of month from 2026-01-25  월세\n    expenses:rent  750000 KRW');
    expect(journal).toContain('2027-01-22 INV-2026-033 판교테크\n    assets:bank  3300000 KRW\n    income:clients:판교테크');
  });
});
