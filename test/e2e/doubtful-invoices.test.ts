import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

/**
 * Hand-computed books: 1,000,000 at the start of 2026-12-01; A-100 (500,000) was due 2026-08-23, 100 days before;
 * B-1 (300,000) is due 12-20; rent of 1,200,000 goes on 12-10.
 * Counting A-100 as overdue cash on 12-08 (as-of + 7): 1,500,000 → 300,000 on 12-10 → 600,000: no window.
 * Not counting it: 1,000,000 − 1,200,000 = −200,000 from 12-10, + 300,000 = 100,000 on 12-20: one window.
 */
function books(extraRows = '', statusHeader = ''): { invoices: string; expenses: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-doubtful-'));
  const invoices = join(dir, 'invoices.csv');
  const expenses = join(dir, 'expenses.csv');
  const status = statusHeader === '' ? '' : `,${statusHeader}`;
  const blank = statusHeader === '' ? '' : ',';
  writeFileSync(
    invoices,
    `id,client,amount,issued,due${status}\nA-100,한빛출판,500000,2026-07-24,2026-08-23${blank}\nB-1,판교테크,300000,2026-11-20,2026-12-20${blank}\n${extraRows}`,
  );
  writeFileSync(expenses, 'date,amount,description\n2026-12-10,1200000,rent\n');
  return { invoices, expenses, dir };
}
const base = (files: { invoices: string; expenses: string }) => [
  'forecast',
  files.invoices,
  '--expenses',
  files.expenses,
  '--balance',
  '1000000',
  '--as-of',
  '2026-12-01',
  '--days',
  '30',
  '--overdue-grace',
  '7',
];

interface Json {
  summary: { lowestBalance: number; lowestDate: string; closingBalance: number; shortfallCount: number; doubtfulTotal: number };
  doubtful: unknown[];
  writtenOff: unknown[];
  events: Array<{ id?: string; date: string; balance: number }>;
  shortfalls: Array<{ start: string; end: string; peakGap: number; recovery: string | null }>;
}

describe('an invoice far past due is doubtful: listed, not counted as cash', () => {
  it('a 100-day-overdue invoice is listed as doubtful and not counted (balances by hand)', () => {
    const run = cli([...base(books()), '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.doubtful).toEqual([
      {
        invoice: 'A-100',
        client: '한빛출판',
        amount: 500000,
        due: '2026-08-23',
        daysLate: 100,
        reason: 'late',
        source: expect.stringMatching(/invoices\.csv:2$/),
      },
    ]);
    expect(json.events.map((event) => [event.id ?? 'rent', event.date, event.balance])).toEqual([
      ['rent', '2026-12-10', -200000],
      ['B-1', '2026-12-20', 100000],
    ]);
    expect(json.summary).toMatchObject({ lowestBalance: -200000, lowestDate: '2026-12-10', closingBalance: 100000, shortfallCount: 1, doubtfulTotal: 500000 });
    expect(json.shortfalls).toMatchObject([{ start: '2026-12-10', end: '2026-12-19', peakGap: 200000, recovery: '2026-12-20' }]);
  });

  it('the table says so with the money', () => {
    const run = cli(base(books()));
    expect(run.stdout).toContain(' Doubtful          ₩500,000 not counted as cash: A-100 한빛출판 ₩500,000 (100 days late)');
  });

  it('--doubtful-after 101 (and the config key doubtfulAfter) counts it again, as overdue cash on 12-08', () => {
    const files = books();
    const flag = JSON.parse(cli([...base(files), '--json', '--doubtful-after', '101']).stdout) as Json;
    expect(flag.doubtful).toEqual([]);
    expect(flag.events.map((event) => [event.date, event.balance])).toEqual([
      ['2026-12-08', 1500000],
      ['2026-12-10', 300000],
      ['2026-12-20', 600000],
    ]);
    const config = join(files.dir, 'cashflow.config.json');
    writeFileSync(config, JSON.stringify({ doubtfulAfter: 101 }));
    const fromConfig = JSON.parse(cli([...base(files), '--json', '--config', config]).stdout) as Json;
    expect(fromConfig.summary.closingBalance).toBe(600000);
    const bad = cli([...base(files), '--doubtful-after', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--doubtful-after');
  });

  it('a status column: 분쟁 is doubtful whatever its age; 대손 is neither cash nor doubtful, and listed as written off', () => {
    const files = books('C-1,판교테크,200000,2026-11-25,2026-12-05,분쟁\nW-1,옛고객,90000,2026-06-01,2026-06-30,대손\n', '상태');
    const json = JSON.parse(cli([...base(files), '--json']).stdout) as Json;
    expect(json.doubtful).toMatchObject([
      { invoice: 'A-100', daysLate: 100, reason: 'late' },
      { invoice: 'C-1', amount: 200000, due: '2026-12-05', daysLate: 0, reason: 'disputed' },
    ]);
    expect(json.writtenOff).toMatchObject([{ invoice: 'W-1', client: '옛고객', amount: 90000 }]);
    expect(json.events.map((event) => event.id ?? 'rent')).toEqual(['rent', 'B-1']);
    expect(json.summary.doubtfulTotal).toBe(700000);
    const table = cli(base(files)).stdout;
    expect(table).toContain(' Written off       W-1 옛고객 ₩90,000 (not expected)');
  });

  it('an unknown status is a cell error with the words to use', () => {
    const run = cli(base(books('C-1,판교테크,200000,2026-11-25,2026-12-05,maybe\n', 'status')));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invoices\.csv:4:6: status "maybe" is not an invoice status; use disputed \(분쟁\) or written-off \(대손\)/);
  });
});

describe('silent gaps are said', () => {
  it('a forecast without expenses says so: a summary line and a JSON warning', () => {
    const files = books();
    const args = ['forecast', files.invoices, '--balance', '1000000', '--as-of', '2026-12-01', '--days', '30'];
    expect(cli(args).stdout).toMatch(/ Expenses {10}no expenses: the forecast counts only money coming in/);
    const json = JSON.parse(cli([...args, '--json']).stdout) as { warnings: unknown[] };
    expect(json.warnings).toEqual([{ kind: 'no-expenses', message: expect.stringContaining('give --expenses FILE') }]);
    expect((JSON.parse(cli([...base(files), '--json']).stdout) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it('a flag that does nothing with the format is a warning on stderr, and the exit code is unchanged', () => {
    const files = books();
    const json = cli([...base(files), '--json', '--chart', '--events']);
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('warning: --events does nothing with --format json: it is for --format csv\n');
    expect(json.stderr).toContain('warning: --chart does nothing with --format json: it is for --format table\n');
    const table = cli([...base(files), '--events', '--seed', '3']);
    expect(table.code).toBe(0);
    expect(table.stderr).toContain('warning: --events does nothing with --format table: it is for --format csv\n');
    expect(table.stderr).toContain('warning: --seed does nothing without --simulate\n');
    expect(cli([...base(files), '--format', 'csv', '--events']).stderr).toBe('');
  });
});
