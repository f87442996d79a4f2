import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkBook } from '@e965/xlsx';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';
import { cli, ROOT } from '../support/run-cli.js';
import { tempBooks } from '../support/temp-books.js';

const BOOKS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const FORECAST = ['forecast', ...BOOKS];

const folder = () => mkdtempSync(join(tmpdir(), 'cashflow-xlsx-'));
const open = (bytes: Uint8Array): WorkBook => XLSX.read(bytes, { type: 'buffer', cellNF: true });
const rowsOf = (book: WorkBook, sheet: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[sheet]!, { raw: true, UTC: true });
/** The forecast as the JSON report says it: the independent path every workbook number is checked against. */
const jsonReport = (args: readonly string[]) => JSON.parse(cli([...args, '--json']).stdout) as JsonReport;

interface JsonReport {
  days: { date: string; inflow: number; outflow: number; balance: number }[];
  events: { date: string; kind: string; amount: number; balance: number }[];
  shortfalls: { start: string; end: string; plan: { totalCost: number; parts: { option: string; cost: number }[] } | null }[];
}

describe('cashflow forecast --format xlsx', () => {
  it('writes a workbook to --output that SheetJS opens, exits 0 and prints nothing', () => {
    const out = join(folder(), 'out.xlsx');
    expect(cli([...FORECAST, '--format', 'xlsx', '--output', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(open(readFileSync(out)).SheetNames).toEqual(['Days', 'Events', 'Windows']);
  });

  it("gives the Days sheet the JSON report's dates and closing balances, day for day", () => {
    const out = join(folder(), 'out.xlsx');
    cli([...FORECAST, '--format', 'xlsx', '--output', out]);
    const book = open(readFileSync(out));
    const json = jsonReport(FORECAST);
    const days = rowsOf(book, 'Days');
    expect(days).toHaveLength(json.days.length);
    expect(days.map((day) => day.closing)).toEqual(json.days.map((day) => day.balance));
    expect(days.map((day) => [day.inflow, day.outflow])).toEqual(json.days.map((day) => [day.inflow, day.outflow]));
    expect(days.map((day) => (day.date as Date).toISOString().slice(0, 10))).toEqual(json.days.map((day) => day.date));
    expect(book.Sheets.Days!.B2).toMatchObject({ t: 'n', v: 1_500_000, z: '"₩"#,##0', w: '₩1,500,000' });
  });

  it("gives the Events sheet the JSON report's events, and the Windows sheet its plans", () => {
    const out = join(folder(), 'out.xlsx');
    cli([...FORECAST, '--format', 'xlsx', '--output', out]);
    const book = open(readFileSync(out));
    const json = jsonReport(FORECAST);
    expect(rowsOf(book, 'Events').map((event) => [event.kind, event.amount, event['balance after']])).toEqual(
      json.events.map((event) => [event.kind, event.amount, event.balance]),
    );
    const parts = rowsOf(book, 'Windows').filter((row) => row.row === 'plan part');
    expect(parts.map((part) => [part.option, part.cost])).toEqual(json.shortfalls.flatMap((window) => window.plan?.parts.map((p) => [p.option, p.cost]) ?? []));
    expect(json.shortfalls.length).toBeGreaterThan(0);
  });

  it('pipes the same workbook to standard output when it is not a terminal', () => {
    const out = join(folder(), 'out.xlsx');
    cli([...FORECAST, '--format', 'xlsx', '--output', out]);
    const piped = spawnSync(process.execPath, ['bin/cashflow.cjs', ...FORECAST, '--format', 'xlsx'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(piped.status).toBe(0);
    expect(Buffer.compare(piped.stdout, readFileSync(out))).toBe(0);
  });

  it('refuses to write a workbook to a terminal: exit 2, the hint, nothing written (a real pty, through script)', () => {
    const command = ['node', 'bin/cashflow.cjs', ...FORECAST, '--format', 'xlsx'].join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout.replaceAll('\r\n', '\n')).toBe(
      'cashflow: a workbook (xlsx) is binary and is not written to a terminal; name a file with --output, e.g. cashflow forecast … --format xlsx --output forecast.xlsx\n',
    );
  });

  it('says the same in Korean under --lang ko (a real pty)', () => {
    const command = ['node', 'bin/cashflow.cjs', ...FORECAST, '--format', 'xlsx', '--lang', 'ko'].join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout.replaceAll('\r\n', '\n')).toBe(
      'cashflow: 엑셀 파일(xlsx)은 바이너리라서 터미널에 쓰지 않습니다. --output으로 파일 이름을 주세요. 예: cashflow forecast … --format xlsx --output forecast.xlsx\n',
    );
  });

  it('refuses a terminal before reading any file', async () => {
    const io = fakeIo({ stdoutIsTty: true });
    expect(await runCli(['forecast', 'no-such-file.csv', '--format', 'xlsx'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toContain('a workbook (xlsx) is binary and is not written to a terminal');
  });

  it('never replaces an input file, nor anything but a regular file', () => {
    const books = tempBooks();
    const before = readFileSync(books.invoices);
    const onInput = cli(['forecast', books.invoices, '--expenses', books.expenses, '--as-of', '2026-12-01', '--format', 'xlsx', '--output', books.invoices]);
    expect(onInput).toMatchObject({ code: 2, stdout: '' });
    expect(onInput.stderr).toContain('is one of the input files');
    expect(Buffer.compare(readFileSync(books.invoices), before)).toBe(0);
    mkdirSync(books.at('folder.xlsx'));
    const onFolder = cli(['forecast', books.invoices, '--as-of', '2026-12-01', '--format', 'xlsx', '--output', books.at('folder.xlsx')]);
    expect(onFolder).toMatchObject({ code: 2, stdout: '' });
    expect(onFolder.stderr).toContain('cashflow replaces only regular files');
  });
});

describe('cashflow export --to xlsx', () => {
  it('writes the same workbook as forecast --format xlsx', () => {
    const dir = folder();
    expect(cli(['export', '--to', 'xlsx', ...BOOKS, '--output', join(dir, 'export.xlsx')])).toEqual({ code: 0, stdout: '', stderr: '' });
    cli([...FORECAST, '--format', 'xlsx', '--output', join(dir, 'forecast.xlsx')]);
    expect(Buffer.compare(readFileSync(join(dir, 'export.xlsx')), readFileSync(join(dir, 'forecast.xlsx')))).toBe(0);
  });

  it('names both formats when --to is neither', () => {
    expect(cli(['export', '--to', 'ods', ...BOOKS])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cashflow: --to "ods" is not a format cashflow exports; use --to ledger or --to xlsx\n',
    });
  });
});

describe('start-up: SheetJS is loaded only for a workbook', () => {
  // A --require hook that lists, as the process exits, every CommonJS file it loaded (the bundle requires
  // dist/sheetjs.cjs through require when, and only when, it writes a workbook).
  const loadedFiles = (args: readonly string[]): string[] => {
    const dir = folder();
    const hook = join(dir, 'list-loaded.cjs');
    const list = join(dir, 'loaded.txt');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, Object.keys(require.cache).join('\\n')));\n`);
    const run = spawnSync(process.execPath, ['bin/cashflow.cjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: `--require ${hook}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.status).toBe(0);
    return readFileSync(list, 'utf8').split('\n');
  };

  it.each([
    ['a table', []],
    ['CSV', ['--format', 'csv']],
    ['JSON', ['--json']],
  ])('a %s run does not require dist/sheetjs.cjs', (_, format) => {
    const loaded = loadedFiles([...FORECAST, ...format]);
    expect(loaded.some((file) => file.endsWith('list-loaded.cjs'))).toBe(true);
    expect(loaded.filter((file) => file.includes('sheetjs'))).toEqual([]);
  });

  it('an xlsx run does', () => {
    expect(loadedFiles([...FORECAST, '--format', 'xlsx', '--output', join(folder(), 'out.xlsx')])).toContain(join(ROOT, 'dist', 'sheetjs.cjs'));
  });
});
