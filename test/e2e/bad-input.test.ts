import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

const BAD = 'test/fixtures/bad';
const run = (file: string, ...flags: string[]) => cli(['forecast', file, '--as-of', '2026-12-01', ...flags]);

// One fixture and one test per message: exit 2, the file:line:column, the message, nothing on stdout, no stack.
describe('every bad input is answered clearly', () => {
  it.each([
    ['empty.csv', 'empty.csv:1:1: file is empty; the file needs a header row (and rows of data under it)'],
    ['duplicate-ids.csv', 'duplicate-ids.csv:3:1: id "INV-1" repeats the invoice on line 2; give every invoice its own id'],
    ['paid-before-issued.csv', 'paid-before-issued.csv:2:5: paid "2026-10-01" is before the issued date 2026-10-15'],
    ['zero-amount.csv', 'zero-amount.csv:2:3: amount "0" is zero; write the amount as a positive number'],
    ['negative-amount.csv', 'negative-amount.csv:2:3: amount "(150,000)" is negative; write the amount as a positive number'],
    ['statement.pdf', 'statement.pdf:1:1: file is a PDF, not a CSV file; export the data behind it as CSV instead'],
    [
      'workbook.csv',
      // Read as the workbook its bytes say it is, whatever its name: this one is cut short after its first part.
      'workbook.csv:1:1: file is a damaged zip archive (a workbook cut short, or not a zip at all); download or export the file again',
    ],
    ['binary.csv', 'binary.csv:1:1: file is not a text file'],
    [
      'ambiguous-header.csv',
      'ambiguous-header.csv:1:4: column "합계" and column 3 ("amount") both look like the amount column; choose one with --map amount="amount" (or the other), or rename a column',
    ],
    ['no-such-file.csv', 'no-such-file.csv:1:1: file does not exist'],
    ['', ':1:1: file is a directory, not a CSV file'],
  ])('%s', (name, message) => {
    const result = run(`${BAD}/${name}`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${BAD}/${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('caps a flood of errors at 50 lines and counts the rest', () => {
    const result = run(`${BAD}/sixty-errors.csv`);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('is not an amount'))).toHaveLength(50);
    expect(lines).toContain('… and 10 more errors');
  });

  it('--map settles an ambiguous header', () => {
    const result = run(`${BAD}/ambiguous-header.csv`, '--map', 'amount=합계', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).events[0]).toMatchObject({ id: 'INV-1', amount: 110000 });
  });

  it('--skip-invalid leaves the bad rows out, warns about each, counts them, and exits 0', () => {
    const result = run(`${BAD}/duplicate-ids.csv`, '--skip-invalid', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: test/fixtures/bad/duplicate-ids.csv:3:1: id "INV-1" repeats the invoice on line 2 (row skipped)');
    const report = JSON.parse(result.stdout);
    expect(report.summary.skippedRows).toBe(1);
    expect(report.events.map((event: { id: string }) => event.id)).toEqual(['INV-1']);
    expect(run(`${BAD}/duplicate-ids.csv`, '--skip-invalid').stdout).toContain('Skipped rows      1');
  });

  it('--skip-invalid cannot skip a file that cannot be read at all', () => {
    expect(run(`${BAD}/empty.csv`, '--skip-invalid').code).toBe(2);
    expect(run('test/fixtures/errors/missing-column.csv', '--skip-invalid').code).toBe(2);
  });

  it('a header-only invoices file is a forecast without invoices and a warning (a monthly script may write one)', () => {
    const result = run(`${BAD}/header-only.csv`, '--expenses', 'fixtures/expenses.csv', '--balance', '1000000', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `warning: ${BAD}/header-only.csv:1:1: file has a header row but no data rows; it is read as an empty list; add rows under the header, or check that this is the right file\n`,
    );
    const report = JSON.parse(result.stdout);
    expect(report.events.filter((event: { kind: string }) => event.kind === 'invoice')).toEqual([]);
    expect(report.events.length).toBeGreaterThan(0);
  });
});

describe('safe text', () => {
  it('prints a name containing \\x1b[2J without the escape byte, in tables and in error messages', () => {
    const table = run(`${BAD}/escape-codes.csv`, '--skip-invalid');
    expect(table.code).toBe(0);
    expect(table.stdout).not.toContain('\x1b');
    expect(table.stdout).toContain('Evil \\x1b[2J\\x1b[31mClient');
    expect(table.stderr).not.toContain('\x1b');
    expect(table.stderr).toContain('amount "\\x1b[2J100" is not an amount');
    const errors = run(`${BAD}/escape-codes.csv`);
    expect(errors.code).toBe(2);
    expect(errors.stderr).not.toContain('\x1b');
  });
});
