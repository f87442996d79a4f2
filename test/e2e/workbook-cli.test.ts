import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';
import { cli, ROOT } from '../support/run-cli.js';
import { tempBooks } from '../support/temp-books.js';
import type { Cell } from '../support/workbooks.js';
import { workbookBytes } from '../support/workbooks.js';

const AS_OF = ['--balance', '1500000', '--as-of', '2026-12-01', '--json'];

/** A CSV fixture as the sheet a person keeps: amounts as numbers, dates as date cells, the rest as text. */
function typedRows(csvPath: string): Cell[][] {
  const book = XLSX.read(readFileSync(csvPath, 'utf8'), { type: 'string', raw: true });
  const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
  const [header, ...data] = rows as string[][];
  return [
    header!,
    ...data.map((row) =>
      row.map((text, index): Cell => {
        const name = header![index]!;
        if (text === '') return null;
        if (name === 'amount') return Number(text.replace(/,/g, ''));
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const [y, m, d] = text.split('-').map(Number) as [number, number, number];
          return { t: 'n', v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000, z: 'yyyy-mm-dd' };
        }
        return text;
      }),
    ),
  ];
}

/** The JSON report with the input files' names made alike: a workbook and its CSV twin differ in nothing else. */
const report = (stdout: string, ...names: string[]) => names.reduce((text, name) => text.split(name).join('FILE'), stdout);

describe('invoices and expenses workbooks', () => {
  const books = tempBooks();
  const csv = cli(['forecast', books.invoices, '--expenses', books.expenses, ...AS_OF]);

  it.each(['xlsx', 'biff8'] as const)('an invoices and an expenses %s forecast to the same JSON as their CSV twins', (bookType) => {
    const invoices = books.at(`invoices-${bookType}.xlsx`);
    const expenses = books.at(`expenses-${bookType}.xls`);
    writeFileSync(invoices, workbookBytes({ 청구서: { rows: typedRows(books.invoices) } }, bookType));
    writeFileSync(expenses, workbookBytes({ 지출: { rows: typedRows(books.expenses) } }, bookType));
    const run = cli(['forecast', invoices, '--expenses', expenses, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(run.stdout, invoices, expenses)).toBe(report(csv.stdout, books.invoices, books.expenses));
  });

  it('reads the sheet --sheet names (or the config’s "sheet"), and lists the sheets for one it lacks', () => {
    const path = books.at('two-sheets.xlsx');
    writeFileSync(path, workbookBytes({ 메모: { rows: [['note'], ['hello']] }, Invoices: { rows: typedRows(books.invoices) } }));
    const bySheet = cli(['forecast', path, '--expenses', books.expenses, '--sheet', 'Invoices', ...AS_OF]);
    expect(report(bySheet.stdout, path, books.expenses)).toBe(report(csv.stdout, books.invoices, books.expenses));
    const config = books.at('cashflow.config.json');
    writeFileSync(config, JSON.stringify({ sheet: 'Invoices' }));
    const byConfig = cli(['forecast', path, '--expenses', books.expenses, '--config', config, ...AS_OF]);
    expect(byConfig.stdout).toBe(bySheet.stdout);
    const unknown = cli(['forecast', path, '--sheet', 'Sheet9', '--as-of', '2026-12-01']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      `${path}:1:1: file has no sheet named "Sheet9"; its sheets are "메모", "Invoices"; name one with --sheet\ncashflow: 1 input error; nothing was forecast.\n`,
    );
  });

  it('an HTML table saved as .xls in EUC-KR reads like the CSV', () => {
    const rows = readFileSync(books.invoices, 'utf8').trim().split('\n');
    const cells = (line: string) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''));
    const table = rows
      .map(
        (line) =>
          `<tr>${cells(line)
            .map((cell) => `<td>${cell}&nbsp;</td>`)
            .join('')}</tr>`,
      )
      .join('\n');
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body><table>${table}</table></body></html>`;
    const path = books.at('invoices.xls');
    writeFileSync(
      path,
      spawnSync(process.execPath, ['-e', 'process.stdout.write(require("iconv-lite").encode(process.argv[1], "euc-kr"))', page], { cwd: ROOT }).stdout,
    );
    const run = cli(['forecast', path, '--expenses', books.expenses, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(report(run.stdout, path, books.expenses)).toBe(report(csv.stdout, books.invoices, books.expenses));
  });
});

describe('bad workbooks are input problems: exit 2, nothing on stdout, no stack', () => {
  const books = tempBooks();
  const whole = workbookBytes({
    Sheet1: {
      rows: [
        ['id', 'client', 'amount', 'issued'],
        ['INV-1', '봄', 1500000, '2026-11-01'],
      ],
    },
  });
  const xls = workbookBytes({ Sheet1: { rows: [['id'], ['1']] } }, 'biff8');
  const notBook = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(notBook, 'notes.txt', Buffer.from('hello'));
  it.each([
    ['truncated.xlsx', whole.subarray(0, whole.length - 40), 'file is a damaged zip archive (a workbook cut short, or not a zip at all)'],
    ['archive.xlsx', Buffer.from(XLSX.CFB.write(notBook, { fileType: 'zip', type: 'buffer' })), 'file is a zip archive but not an Excel workbook'],
    ['truncated.xls', xls.subarray(0, 700), 'file is a damaged .xls workbook'],
    ['empty-sheet.xlsx', workbookBytes({ Sheet1: { rows: [] } }), 'file has nothing in its sheet "Sheet1"'],
    [
      'book.xlsx',
      workbookBytes({
        Sheet1: {
          rows: [
            ['id', 'client', 'amount', 'issued'],
            ['INV-1', '봄', 1500000, '2026-11-01'],
            ['INV-2', '봄', 'abc', '2026-11-02'],
          ],
        },
      }),
      '',
    ],
  ])('%s', (name, bytes, message) => {
    const path = books.at(name);
    writeFileSync(path, bytes);
    const run = cli(['forecast', path, '--as-of', '2026-12-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message === '' ? `${path}!C3: amount "abc" is not an amount` : `${path}:1:1: ${message}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a password-protected xlsx (토스뱅크)', () => {
  const books = tempBooks();
  const path = books.at('toss.xlsx');
  writeFileSync(path, officeCrypto.encrypt(workbookBytes({ Sheet1: { rows: typedRows(books.invoices) } }), { password: '990101' }));
  const csv = cli(['forecast', books.invoices, ...AS_OF]);

  it('without a password exits 2 with the hint and prints nothing, never prompting when not on a terminal', () => {
    const run = cli(['forecast', path, ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${path}:1:1: file is a password-protected workbook; set CASHFLOW_BANK_PASSWORD to its password (or run cashflow on a terminal to be asked for it); or save it from Excel without the password\ncashflow: 1 input error; nothing was forecast.\n`,
    );
  });

  it('opens with CASHFLOW_BANK_PASSWORD, and a wrong one is told as wrong', () => {
    const run = cli(['forecast', path, ...AS_OF], { CASHFLOW_BANK_PASSWORD: '990101' });
    expect(run.stderr).toBe('');
    expect(report(run.stdout, path)).toBe(report(csv.stdout, books.invoices));
    const wrong = cli(['forecast', path, ...AS_OF], { CASHFLOW_BANK_PASSWORD: '123456' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`${path}:1:1: file is a password-protected workbook, and the password given does not open it`);
  });

  it('asks on the terminal only when no CASHFLOW_BANK_PASSWORD is set', async () => {
    const prompts: string[] = [];
    const askPassword = async (prompt: string) => {
      prompts.push(prompt);
      return '990101';
    };
    const asked = fakeIo({ askPassword });
    expect(await runCli(['forecast', path, ...AS_OF], asked)).toBe(0);
    expect(prompts).toEqual([`Password for ${path}: `]);
    const fromEnv = fakeIo({ askPassword, env: { CASHFLOW_BANK_PASSWORD: '990101' } });
    expect(await runCli(['forecast', path, ...AS_OF], fromEnv)).toBe(0);
    expect(prompts).toHaveLength(1);
    expect(report(fromEnv.out.join(''), path)).toBe(report(csv.stdout, books.invoices));
  });
});

describe('start-up', () => {
  const books = tempBooks();
  const preload = books.at('preload.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_OUT, JSON.stringify([...Object.keys(require.cache), ...process.moduleLoadList])));",
  );
  const loaded = (file: string) => {
    const out = books.at(`loaded-${Math.random()}.json`);
    const run = spawnSync(process.execPath, ['-r', preload, 'bin/cashflow.cjs', 'forecast', file, '--as-of', '2026-12-01'], {
      cwd: ROOT,
      env: { ...process.env, LOADED_OUT: out },
    });
    expect(run.status).toBe(0);
    return (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((name) => /(sheetjs|bank)\.cjs$|NativeModule (zlib|crypto)$/.test(name));
  };

  it('a CSV run loads neither SheetJS, the bank chunk, zlib nor crypto; a workbook run loads the chunk, SheetJS and zlib', () => {
    expect(loaded(books.invoices)).toEqual([]);
    const xlsx = books.at('invoices.xlsx');
    writeFileSync(xlsx, workbookBytes({ Sheet1: { rows: typedRows(books.invoices) } }));
    expect(loaded(xlsx).sort()).toEqual([join(ROOT, 'dist/bank.cjs'), join(ROOT, 'dist/sheetjs.cjs'), 'NativeModule zlib'].sort());
  });
});
