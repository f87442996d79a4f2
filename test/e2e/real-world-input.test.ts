import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/run-cli.js';

const SHAPES = 'test/fixtures/shapes';
const AS_OF = ['--balance', '1500000', '--as-of', '2026-12-01', '--json'];

/** The forecast without the file names and lines, which differ between a shape and its tidy twin. */
function numbers(stdout: string): unknown {
  const report = JSON.parse(stdout) as { events: Array<Record<string, unknown>> };
  return { ...report, events: report.events.map(({ source: _source, ...event }) => event) };
}

const tidy = numbers(cli(['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', ...AS_OF]).stdout);

describe('files as they come forecast to the same numbers as their tidy equivalents', () => {
  it('a Korean Excel export: CP949, Korean headers, YYYY.MM.DD and "2026. 1. 3." dates, 원 and ￦ amounts, 매월', () => {
    const run = cli(['forecast', `${SHAPES}/korean-excel-invoices.csv`, '--expenses', `${SHAPES}/korean-excel-expenses.csv`, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(numbers(run.stdout)).toEqual(tidy);
  });

  it('an Excel "Unicode text" export: UTF-16 LE with BOM, tab-separated, English header aliases', () => {
    const run = cli(['forecast', `${SHAPES}/unicode-text-invoices.txt`, '--expenses', 'fixtures/expenses.csv', ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(numbers(run.stdout)).toEqual(tidy);
  });

  it('a Google Sheets export: UTF-8 with BOM, every field quoted, CRLF, trailing empty columns', () => {
    const run = cli(['forecast', 'fixtures/invoices.csv', '--expenses', `${SHAPES}/google-sheets-expenses.csv`, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(numbers(run.stdout)).toEqual(tidy);
  });

  it('a European export: sep=; line, semicolons, decimal commas, dot thousands, € suffix, DD.MM.YYYY dates, German headings mapped with --map', () => {
    const eur = ['--currency', 'EUR', '--balance', '500', '--as-of', '2026-12-01', '--json'];
    const want = numbers(cli(['forecast', `${SHAPES}/tidy-eur-invoices.csv`, '--expenses', `${SHAPES}/tidy-eur-expenses.csv`, ...eur]).stdout);
    const german = ['expenses.date=Datum', 'expenses.amount=Betrag', 'expenses.description=Beschreibung', 'expenses.repeat=Wiederholung'];
    const run = cli([
      'forecast',
      `${SHAPES}/european-invoices.csv`,
      '--expenses',
      `${SHAPES}/european-expenses.csv`,
      '--date-format',
      'DD/MM/YYYY',
      ...german.flatMap((map) => ['--map', map]),
      ...eur,
    ]);
    expect(run.stderr).toBe('');
    expect(numbers(run.stdout)).toEqual(want);
    expect((JSON.parse(run.stdout) as { events: Array<{ amount: number }> }).events.map((event) => event.amount)).toContain(1234.56);
  });

  it('standard input, named -', () => {
    const run = spawnSync(process.execPath, ['bin/cashflow.cjs', 'forecast', '-', '--expenses', 'fixtures/expenses.csv', ...AS_OF], {
      cwd: ROOT,
      input: readFileSync(`${ROOT}/fixtures/invoices.csv`),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(numbers(run.stdout)).toEqual(tidy);
    expect(run.stdout).toContain('"source": "<stdin>:');
  });

  it('--encoding forces a decoder, and names the one that does not fit', () => {
    const korean = ['forecast', `${SHAPES}/korean-excel-invoices.csv`, '--expenses', `${SHAPES}/korean-excel-expenses.csv`, ...AS_OF];
    expect(numbers(cli([...korean, '--encoding', 'euc-kr']).stdout)).toEqual(tidy);
    const wrong = cli([...korean, '--encoding', 'utf-8']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('korean-excel-invoices.csv:1:1: file is not a text file (it does not read as utf-8)');
    expect(cli([...korean, '--encoding', 'latin-9']).stderr).toContain('cashflow: --encoding "latin-9" is not an encoding cashflow reads');
  });
});
