import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

const FIXTURES = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const expected = (name: string) => readFileSync(new URL(`expected/${name}`, import.meta.url), 'utf8');

describe('cashflow forecast on the fixtures', () => {
  it('prints the exact table when not on a terminal, with no colour codes and nothing on stderr', () => {
    const run = cli(FIXTURES);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected('forecast-fixtures.txt'));
    expect(run.stdout).not.toMatch(/\x1b/);
    expect(
      Math.max(...run.stdout.split('\n').map((line) => [...line].reduce((w, ch) => w + (/[\u1100-\u11ff\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0))),
    ).toBeLessThanOrEqual(80);
  });

  it('prints the exact JSON document, valid against the version 1 contract', () => {
    const run = cli([...FIXTURES, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected('forecast-fixtures.json'));
    const report = forecastJsonV1.parse(JSON.parse(run.stdout));
    expect(report.summary).toEqual({
      lowestBalance: -670000,
      lowestDate: '2027-01-20',
      firstShortfall: '2026-12-25',
      shortfallCount: 2,
      closingBalance: 4080000,
      bridgingCost: 581 + 1088,
      skippedRows: 0,
      shortSince: null,
      // The fixtures have a shortfall ahead: nothing is safe to spend today.
      safeToSpend: 0,
      doubtfulTotal: 0,
    });
    expect(report.shortfalls.map((window) => [window.start, window.end, window.days, window.peakGap, window.recovery])).toEqual([
      ['2026-12-25', '2027-01-03', 10, 382000, '2027-01-04'],
      // 판교테크 usually pays in 67 days: its invoice moves from 01-15 to 01-22, and the window with it.
      ['2027-01-12', '2027-01-21', 10, 670000, '2027-01-22'],
    ]);
    expect(report.days).toHaveLength(90);
    expect(report.events.find((event) => event.kind === 'invoice' && event.overdue)).toMatchObject({
      id: 'INV-2026-028',
      date: '2026-12-15',
      amount: 660000,
      source: 'fixtures/invoices.csv:16',
    });
  });

  it('gives byte-identical output for the same inputs and --as-of', () => {
    expect(cli([...FIXTURES, '--json']).stdout).toBe(cli([...FIXTURES, '--json']).stdout);
    expect(cli(FIXTURES).stdout).toBe(cli(FIXTURES).stdout);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', () => {
    expect(cli(FIXTURES, { FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(cli(FIXTURES, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\x1b/);
    expect(cli([...FIXTURES, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b/);
  });

  it('says when the opening balance was assumed', () => {
    const run = cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01']);
    expect(run.stdout).toContain('Opening balance   ₩0 (assumed: no --balance given)');
    const json = forecastJsonV1.parse(JSON.parse(cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--json']).stdout));
    expect(json.assumptions).toMatchObject({ openingBalance: 0, openingBalanceGiven: false });
  });

  it('--daily lists every horizon day', () => {
    const lines = cli([...FIXTURES, '--daily']).stdout.split('\n');
    expect(lines.filter((line) => /^ \d{4}-\d{2}-\d{2} /.test(line)).length).toBe(90 + 2);
    expect(lines.find((line) => line.startsWith(' 2027-01-14'))).toMatch(/^ 2027-01-14 +₩21,000 +-₩601,000 +short$/);
    expect(lines.find((line) => line.startsWith(' 2027-01-22'))).toMatch(/^ 2027-01-22 +₩3,300,000 +₩2,630,000$/);
  });
});

describe('exit codes', () => {
  it('is 0 with shortfalls, and 1 with --fail-on-shortfall', () => {
    expect(cli(FIXTURES).code).toBe(0);
    const failing = cli([...FIXTURES, '--fail-on-shortfall']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe(expected('forecast-fixtures.txt'));
  });

  it('is 0 with --fail-on-shortfall when the balance never runs short', () => {
    expect(cli([...FIXTURES.slice(0, 5), '9000000', '--as-of', '2026-12-01', '--fail-on-shortfall']).code).toBe(0);
  });

  it.each([
    ['missing-column.csv', 'missing-column.csv:1:1: file has no "amount" column'],
    ['bad-date.csv', 'bad-date.csv:3:4: issued "2026-13-01" is not a day of the calendar'],
    ['bad-amount.csv', 'bad-amount.csv:2:3: amount "one million" is not an amount'],
    ['too-many-decimals.csv', 'too-many-decimals.csv:2:3: amount "1500.50" has 2 decimals, but KRW has 0'],
    ['paid-after-as-of.csv', 'paid-after-as-of.csv:2:5: paid "2026-12-05" is after the as-of date 2026-12-01'],
    ['mixed-currency.csv', 'mixed-currency.csv:3:5: currency "USD" has no exchange rate to KRW (invoices in USD: INV-2)'],
  ])('is 2 for %s, naming file:line:column, with nothing on stdout and no stack', (name, message) => {
    const run = cli(['forecast', `test/fixtures/errors/${name}`, '--as-of', '2026-12-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`test/fixtures/errors/${message}`);
    expect(run.stderr).toContain('nothing was forecast');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('is 2 for a bad expenses file, reporting the invoices and expenses problems together', () => {
    const run = cli(['forecast', 'test/fixtures/errors/bad-amount.csv', '--expenses', 'test/fixtures/errors/unknown-repeat.csv', '--as-of', '2026-12-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => /^test\/fixtures\/errors\/.*:\d+:\d+: /.test(line))).toHaveLength(2);
    expect(run.stderr).toContain('test/fixtures/errors/unknown-repeat.csv:2:4: repeat "fortnightly" is not a repeat rule');
  });

  it.each([
    [['forecast', 'fixtures/invoices.csv', '--balance', 'lots'], 'cashflow: --balance "lots" is not an amount'],
    [['forecast', 'fixtures/invoices.csv', '--as-of', '12/31/26'], 'cashflow: --as-of "12/31/26" is not a date'],
    [
      ['forecast', 'fixtures/invoices.csv', '--as-of', '12/01/2026'],
      'cashflow: --as-of "12/01/2026" could be day/month or month/day; write it as YYYY-MM-DD, or say which with --date-format',
    ],
    [['forecast', 'fixtures/invoices.csv', '--days', '0'], 'cashflow: --days "0" must be at least 1'],
    [['forecast', 'fixtures/invoices.csv', '--currency', 'won'], 'cashflow: --currency "won" is not a currency code'],
    [['forecast', 'no-such-file.csv'], 'no-such-file.csv:1:1: file does not exist'],
    [['forecast', 'fixtures'], 'fixtures:1:1: file is a directory, not a CSV file'],
    [['forecast'], 'cashflow: no invoices file: name one, or set "invoices" in cashflow.config.json'],
    [['forecast', 'fixtures/invoices.csv', '--bogus'], "error: unknown option '--bogus'"],
  ])('is 2 for bad usage %j', (args, message) => {
    const run = cli([...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('is 0 for --help and --version, printed on stdout', () => {
    const help = cli(['forecast', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on-shortfall');
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
