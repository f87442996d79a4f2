import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { forecastJsonInProcess, runInProcess, writeIn } from '../support/run-in-process.js';
import { writeYearStatement } from '../support/year-statement.js';

const year = writeYearStatement();
const file = (name: string, text: string) => writeIn(year.dir, name, text);
// One invoice issued after the statement: no deposit of the year pays it.
const INVOICES = file('invoices.csv', 'id,client,amount,issued,due,paid\nINV-1,판교테크,"1,000,000",2027-02-01,2027-03-01,\n');
// The rent the user typed under another name than the bank's, and a gym the statement does not show.
const EXPENSES = file(
  'expenses.csv',
  'date,amount,description,category,repeat,until\n2026-01-25,"750,000",월세,rent,monthly,\n2026-03-01,"50,000",헬스장,,monthly,\n',
);

const run = runInProcess;

const forecastJson = (args: readonly string[]) => forecastJsonInProcess(['forecast', INVOICES, '--as-of', '2027-01-05', '--days', '60', '--json', ...args]);

const expenseEvents = (report: { events: ReadonlyArray<{ kind: string; date: string; amount: number }> }) =>
  report.events.flatMap((event) => ('description' in event && event.kind === 'expense' ? [[event.date, event.description, event.amount]] : []));

describe('cashflow expenses --from-bank', () => {
  it('prints the year’s recurring expenses as an expenses CSV: next date on or after as-of, middle of the last three', async () => {
    const result = await run(['expenses', '--from-bank', year.statement, '--as-of', '2027-01-05']);
    expect([result.code, result.stderr]).toEqual([EXIT.ok, '']);
    // The phone bill: the middle of 68,800, 69,900 and 68,200; the one-off debits are in no row.
    expect(result.stdout).toBe(
      [
        'date,amount,description,category,repeat,until',
        '2027-01-10,98000,삼성화재,insurance,monthly,',
        '2027-01-14,10900,Spotify,subscription,monthly,',
        '2027-01-15,330000,김회계 세무사,,quarterly,',
        '2027-01-20,68800,SK텔레콤,phone,monthly,',
        '2027-01-25,750000,김영희,rent,monthly,',
        '2027-02-03,17000,넷플릭스,subscription,monthly,',
        '',
      ].join('\n'),
    );
  });

  it('prints them as JSON version 1 with occurrences, confidence and the statement rows', async () => {
    const result = await run(['expenses', '--from-bank', year.statement, '--as-of', '2027-01-05', '--json']);
    const document = JSON.parse(result.stdout);
    expect(Object.keys(document)).toEqual(['version', 'asOf', 'currency', 'recurring', 'everyday', 'stopped']);
    const accountant = document.recurring.find((entry: { description: string }) => entry.description === '김회계 세무사');
    expect(accountant).toMatchObject({ amount: 330_000, repeat: 'quarterly', date: '2027-01-15', occurrences: 4, variable: false, category: null });
    expect(accountant.sources).toEqual(
      ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'].map((day) => `${year.statement}:${year.lineOf(day, '김회계 세무사')}`),
    );
    expect(typeof accountant.confidence).toBe('number');
    // Every debit of the year is in a series or large (the two one-offs): no everyday spending, in the ten months the
    // statement covers in full (its rows run from 2026-01-03 to 2026-12-28).
    expect(document.everyday).toEqual({ perMonth: 0, months: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => `2026-${String(m).padStart(2, '0')}`) });
  });

  it('says a month of statement is too short for recurring expenses, and prints the CSV header alone', async () => {
    const result = await run(['expenses', '--from-bank', 'fixtures/bank/tidy.csv', '--as-of', '2026-12-01']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toBe('date,amount,description,category,repeat,until\n');
    expect(result.stderr).toBe(
      'warning: fixtures/bank/tidy.csv:1:1: file shows no recurring expense (2026-10-31 … 2026-11-30): a series needs 3 payments, so a monthly bill needs 3 months of statement; give a longer statement (a year finds quarterly fees too), or list the bills in --expenses\n',
    );
  });

  it('stops on a statement it cannot read as --bank does: exit 2, file:line:column, nothing on standard output', async () => {
    const result = await run(['expenses', '--from-bank', 'fixtures/bank/bad/no-amount.csv']);
    expect([result.code, result.stdout]).toEqual([EXIT.input, '']);
    expect(result.stderr).toMatch(/^fixtures\/bank\/bad\/no-amount\.csv:3:1: file has no amount column/);
  });

  it('needs a statement', async () => {
    const result = await run(['expenses']);
    expect([result.code, result.stderr]).toEqual([
      EXIT.input,
      'cashflow: expenses learns from a bank statement, and none was given; give one with --from-bank FILE (or "bank" in the config)\n',
    ]);
  });

  it('writes --output atomically, and never over the statement it read', async () => {
    const output = join(year.dir, 'learned.csv');
    expect((await run(['expenses', '--from-bank', year.statement, '--as-of', '2027-01-05', '--output', output])).code).toBe(EXIT.ok);
    expect(readFileSync(output, 'utf8').split('\n')[1]).toBe('2027-01-10,98000,삼성화재,insurance,monthly,');
    const before = readFileSync(year.statement, 'utf8');
    const over = await run(['expenses', '--from-bank', year.statement, '--output', year.statement]);
    expect(over.code).toBe(EXIT.input);
    expect(over.stderr).toContain('is one of the input files');
    expect(readFileSync(year.statement, 'utf8')).toBe(before);
  });
});

describe('forecast --learn-expenses', () => {
  it('forecasts the same expenses as the CSV `expenses --from-bank` wrote', async () => {
    const learnedCsv = join(year.dir, 'learned-for-forecast.csv');
    await run(['expenses', '--from-bank', year.statement, '--as-of', '2027-01-05', '--output', learnedCsv]);
    const fromCsv = await forecastJson(['--bank', year.statement, '--expenses', learnedCsv]);
    const learned = await forecastJson(['--bank', year.statement, '--learn-expenses']);
    expect(expenseEvents(learned)).toEqual(expenseEvents(fromCsv));
    expect(expenseEvents(learned)).toHaveLength(11);
  });

  it('counts the rent the expenses file lists once: the learned row replaces the file’s from as-of on', async () => {
    const report = await forecastJson(['--bank', year.statement, '--expenses', EXPENSES, '--learn-expenses']);
    expect(expenseEvents(report)).toEqual([
      ['2027-01-10', '삼성화재', -98_000],
      ['2027-01-14', 'Spotify', -10_900],
      ['2027-01-15', '김회계 세무사', -330_000],
      ['2027-01-20', 'SK텔레콤', -68_800],
      ['2027-01-25', '김영희', -750_000],
      ['2027-02-01', '헬스장', -50_000],
      ['2027-02-03', '넷플릭스', -17_000],
      ['2027-02-10', '삼성화재', -98_000],
      ['2027-02-14', 'Spotify', -10_900],
      ['2027-02-20', 'SK텔레콤', -68_800],
      ['2027-02-25', '김영희', -750_000],
      ['2027-03-01', '헬스장', -50_000],
      ['2027-03-03', '넷플릭스', -17_000],
    ]);
    const rent = report.assumptions.learnedExpenses.find((entry) => entry.description === '김영희');
    expect(rent).toEqual({
      description: '김영희',
      amount: 750_000,
      repeat: 'monthly',
      date: '2027-01-25',
      replaces: `${EXPENSES}:2`,
      category: 'rent',
      source: `${year.statement}:${year.lineOf('2026-12-25', '김영희')}`,
    });
    expect(report.assumptions.learnedExpenses.filter((entry) => entry.replaces !== null)).toHaveLength(1);
    // The balance is of the statement's last day (2026-12-28): the file's gym (2027-01-01) and the learned Netflix
    // (2027-01-03) are caught up into the opening balance of 2027-01-05.
    expect(report.assumptions.caughtUp.map((event) => [event.date, event.description, event.amount])).toEqual([
      ['2027-01-01', '헬스장', -50_000],
      ['2027-01-03', '넷플릭스', -17_000],
    ]);
  });

  it('without it, the file’s rent is what the forecast counts, and no learned expense is listed', async () => {
    const report = await forecastJson(['--bank', year.statement, '--expenses', EXPENSES]);
    expect(expenseEvents(report).filter(([, description]) => description === '월세' || description === '김영희')).toEqual([
      ['2027-01-25', '월세', -750_000],
      ['2027-02-25', '월세', -750_000],
    ]);
    expect([report.assumptions.learnedExpenses, report.assumptions.everyday]).toEqual([[], null]);
  });

  it('says in the table which row each learned expense replaces', async () => {
    const result = await run(['forecast', INVOICES, '--as-of', '2027-01-05', '--bank', year.statement, '--expenses', EXPENSES, '--learn-expenses']);
    const lines = result.stdout.split('\n');
    const at = lines.indexOf('Learned expenses (6): from the statement, in place of the rows they replace');
    expect(lines.slice(at + 1, at + 8).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Next', 'Amount', 'Repeat', 'Payee', 'Replaces'],
      ['2027-01-03', '₩17,000', 'monthly', '넷플릭스', 'new'],
      ['2027-01-10', '₩98,000', 'monthly', '삼성화재', 'new'],
      ['2027-01-14', '₩10,900', 'monthly', 'Spotify', 'new'],
      ['2027-01-15', '₩330,000', 'quarterly', '김회계 세무사', 'new'],
      ['2027-01-20', '₩68,800', 'monthly', 'SK텔레콤', 'new'],
      ['2027-01-25', '₩750,000', 'monthly', '김영희', 'expenses.csv:2'],
    ]);
  });

  it('needs --bank', async () => {
    const result = await run(['forecast', INVOICES, '--as-of', '2027-01-05', '--learn-expenses']);
    expect([result.code, result.stderr]).toEqual([
      EXIT.input,
      'cashflow: --learn-expenses learns from bank statements, and none was given; give one with --bank FILE (or "bank" in the config)\n',
    ]);
  });
});
