import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { forecastJsonInProcess, runInProcess, writeIn } from '../support/run-in-process.js';
import { writeYearStatement } from '../support/year-statement.js';

const dir = mkdtempSync(join(tmpdir(), 'cashflow-everyday-'));
const file = (name: string, text: string) => writeIn(dir, name, text);
const INVOICES = file('invoices.csv', 'id,client,amount,issued,due,paid\nINV-1,판교테크,"1,000,000",2027-02-01,2027-03-01,\n');
// Three days of November: no calendar month in full.
const SHORT = file(
  'short.csv',
  'date,amount,balance,counterparty,memo\n2026-11-28,-5000,995000,GS25,\n2026-11-29,-7000,988000,이마트,\n2026-11-30,-3000,985000,GS25,\n',
);

const run = runInProcess;

const forecastJson = (args: readonly string[]) => forecastJsonInProcess(['forecast', INVOICES, '--json', ...args]);

const everydayEvents = (report: { events: ReadonlyArray<{ kind: string; date: string; amount: number }> }) =>
  report.events.flatMap((event) => ('category' in event && event.category === 'everyday' ? [[event.date, event.amount] as const] : []));
const sum = (events: ReadonlyArray<readonly [string, number]>) => events.reduce((total, [, amount]) => total + amount, 0);

describe('forecast --everyday', () => {
  it('spreads 300,000 a month over the days from as-of 2026-12-15: December’s 17 days pay 164,516, whole won', async () => {
    const report = await forecastJson(['--as-of', '2026-12-15', '--days', '48', '--everyday', '300000']);
    const events = everydayEvents(report);
    const december = events.filter(([day]) => day.startsWith('2026-12'));
    // 300,000 × 17 / 31 = 164,516.13, rounded half up; 164,516 = 17 × 9,677 + 7, the 7 to the first days.
    expect(sum(december)).toBe(-164_516);
    expect(december.map(([, amount]) => amount)).toEqual([...Array(7).fill(-9_678), ...Array(10).fill(-9_677)]);
    expect(sum(events.filter(([day]) => day.startsWith('2027-01')))).toBe(-300_000);
    expect(events).toHaveLength(48);
    expect(report.assumptions.everyday).toEqual({ perMonth: 300_000, months: [], source: '--everyday' });
    // The closing balance has every won of it: 0 − 164,516 − 300,000.
    expect(report.summary.closingBalance).toBe(-464_516);
  });

  it('auto takes the statement’s typical month: November of tidy.csv, its debits but the two large ones', async () => {
    const report = await forecastJson([
      '--bank',
      'fixtures/bank/tidy.csv',
      '--balance',
      '0',
      '--balance-date',
      '2026-11-30',
      '--as-of',
      '2026-12-01',
      '--days',
      '31',
      '--everyday',
      'auto',
    ]);
    // The month's debits are ₩2,702,000 (fixtures/bank/README.md); the card bill (1,100,000) and the rent (750,000)
    // are at least ₩500,000 and 3 × the median debit, so one-offs; the monitor (420,000) is below the floor.
    expect(report.assumptions.everyday).toEqual({ perMonth: 2_702_000 - 1_100_000 - 750_000, months: ['2026-11'], source: 'bank' });
    expect(sum(everydayEvents(report))).toBe(-852_000);
  });

  it('says so in the table', async () => {
    const result = await run(['forecast', INVOICES, '--as-of', '2026-12-15', '--everyday', '300000']);
    expect(result.stdout.split('\n')).toContain(' Everyday          ₩300,000 a month, spread over each day (--everyday)');
    const auto = await run(['forecast', INVOICES, '--as-of', '2026-12-01', '--bank', writeYearStatement().statement, '--everyday', 'auto']);
    expect(auto.stdout.split('\n')).toContain(' Everyday          ₩0 a month, spread over each day (median of 10 statement months, 2026-02 … 2026-11)');
  });

  it.each([
    [
      ['--everyday', 'auto'],
      'cashflow: --everyday auto learns from bank statements, and none was given; give one with --bank FILE (or "bank" in the config), or type the amount: --everyday 450000\n',
    ],
    [
      ['--everyday', 'auto', '--bank', SHORT],
      'cashflow: --everyday auto: the statements (2026-11-28 … 2026-11-30) cover no calendar month in full to take a typical month from; give a statement of at least one whole month, or type the amount: --everyday 450000\n',
    ],
    [
      ['--everyday', 'lots'],
      'cashflow: --everyday "lots" is neither auto nor an amount; write auto (learned from --bank) or a month\'s everyday spending in KRW, e.g. --everyday 450000\n',
    ],
  ])('%j is a usage error', async (args, message) => {
    const result = await run(['forecast', INVOICES, '--as-of', '2026-12-15', ...args]);
    expect([result.code, result.stdout, result.stderr]).toEqual([EXIT.input, '', message]);
  });
});

describe('the config keys', () => {
  it('"everyday" and "learnExpenses" with "bank" do what the flags do; `expenses` learns from "bank" too', async () => {
    const year = writeYearStatement();
    const config = file('cashflow.config.json', JSON.stringify({ invoices: INVOICES, bank: [year.statement], learnExpenses: true, everyday: 310_000 }));
    const report = await forecastJson(['--config', config, '--as-of', '2027-01-05', '--days', '27']);
    expect(report.assumptions.everyday).toEqual({ perMonth: 310_000, months: [], source: '--everyday' });
    // In order of their next date after the statement's last day (2026-12-28), not after as-of: Netflix's 01-03 first.
    expect(report.assumptions.learnedExpenses.map((entry) => entry.description)).toEqual([
      '넷플릭스',
      '삼성화재',
      'Spotify',
      '김회계 세무사',
      'SK텔레콤',
      '김영희',
    ]);
    // January from the 5th: 310,000 × 27 / 31 = 270,000 exactly.
    expect(sum(everydayEvents(report))).toBe(-270_000);
    const learned = await run(['expenses', '--config', config, '--as-of', '2027-01-05']);
    expect(learned.stdout.split('\n')[1]).toBe('2027-01-10,98000,삼성화재,insurance,monthly,');
  });
});
