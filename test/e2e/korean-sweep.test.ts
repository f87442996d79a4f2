import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { runInProcess, writeIn } from '../support/run-in-process.js';
import { REFUND_INVOICES } from '../support/tax-books.js';
import { writeYearStatement } from '../support/year-statement.js';

/**
 * The proof of issue 17 for what cashflow reports: every run below, in Korean, prints no English prose on stdout or
 * stderr. A line is English when, after what is rightly Latin is taken out (ALLOWED: the fixtures' own names and
 * categories, file paths, flags, ids, codes, hledger's syntax), two ASCII words of three letters or more still follow
 * each other, or an English function word is left. Input errors are another sweep's (test/e2e/korean-bad-input.test.ts).
 */

// The fixtures' user data that is Latin: expense descriptions and categories, client names.
const DATA = [
  'Adobe Creative Cloud',
  'Figma Professional',
  'Studio B',
  'Studio',
  'Acme Inc',
  'Atelier Lyon',
  'Studio Köln',
  'Loyer',
  'Logiciel',
  'Spotify',
  'subscription',
  'Atelier',
  'Agency',
  'Old Client',
  'software',
  'insurance',
  'equipment',
  'rent',
  'phone',
  'card',
  'other',
];

/** What is rightly Latin in a Korean line, each taken out before the line is judged. */
const ALLOWED: readonly RegExp[] = [
  // File paths and their rows or cells: fixtures/bank/kb.xls!G6, fixtures/expenses.csv:7, shinhan.xlsx!A15.
  /(?:[\w./-]+\/)?[\w.-]+\.(?:csv|xlsx|xls|json|txt|svg)(?:![A-Z]+\d+|:\d+(?::\d+)?)?/g,
  // Flags, with a value: --expenses, --fx USD=RATE.
  /--[a-z][a-z-]*(?:=\S*)?/g,
  // The command's own name and its commands, as a user types them: `cashflow bridges --init`.
  /\bcashflow(?: (?:forecast|bridges|check|clients|reconcile|export|init|expenses))?\b/g,
  // hledger's syntax in the journal: accounts, the periodic rules, the daily-balance command line.
  /\b[a-z]+(?::[^\s:]+)+/g,
  /^~ every .* from [\d-]+(?: to [\d-]+)?/g,
  /hledger -f FILE balance .*$/g,
  // Ids: rate and option ids (kr-health-2026-due-day), invoice ids (INV-2026-028, RET-01@2026-12-05).
  /\b[a-z]+(?:-[a-z0-9]+)+\b/g,
  /\b[A-Z]+-[\w@-]+/g,
  // Codes and acronyms: KRW, USD, EAR, APR, CSV, JSON, README.
  /\b[A-Z]{2,}\b/g,
  // A config key in quotes ("expenses", "tax") and the README's section names.
  /"[a-zA-Z]+"/g,
  /"Korean tax calendar"/g,
];

const FUNCTION_WORDS = /\b(?:the|and|for|with|from|into|not|are|was|has|have|this|that|of|to|is|in|on|by|at|or|no)\b/i;
const TWO_WORDS = /[A-Za-z]{3,}[^A-Za-z\u3131-\uD79D\d]+[A-Za-z]{3,}/;

/** The lines of `text` that still read as English once the allowed Latin is out. */
function englishLines(text: string): string[] {
  return text.split('\n').filter((line) => {
    let rest = line;
    for (const data of DATA) rest = rest.split(data).join(' ');
    for (const pattern of ALLOWED) rest = rest.replace(pattern, ' ');
    return TWO_WORDS.test(rest) || FUNCTION_WORDS.test(rest);
  });
}

const BOOKS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const INVOICES_ONLY = ['fixtures/invoices.csv', '--as-of', '2026-12-01'];

function taxConfigs(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-ko-sweep-'));
  writeIn(dir, 'invoices.csv', REFUND_INVOICES);
  const config = (name: string, tax: object) =>
    writeIn(dir, `${name}.json`, JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', tax: { income: 'business', dependents: 0, ...tax } }));
  // An expenses row that stands for the May return and one for a premium: the calendar leaves those out.
  writeIn(dir, 'tax-rows.csv', 'date,amount,description,category\n2026-05-31,"1,000,000",종합소득세,tax\n2026-05-10,"150,000",건강보험료,insurance\n');
  return {
    rows: join(dir, 'tax-rows.csv'),
    refund: config('refund', { vat: 'none', expenseMethod: 'simple', expenseRate: 0.641, dependents: 1 }),
    noRate: config('no-rate', { vat: 'general', healthInsurance: 'estimate', pension: 'estimate', instalments: true }),
    simplified: config('simplified', { vat: 'simplified', expenseRate: 0.641, lastYearIncomeTax: 3_000_000 }),
    own: config('own', { vat: 'none', expenseRate: 0.641, healthInsurance: 180_000, pension: 200_000, override: { 'income-tax': 1_200_000 } }),
  };
}

const TAX = taxConfigs();
// A year of one account (test/support/year-statement.ts): enough months to learn recurring and everyday spending.
const YEAR = writeYearStatement().statement;
const OVER_THE_YEAR = ['--as-of', '2026-05-01', '--days', '300', '--balance', '1000000'];

// Every run a Korean user of the fixtures makes: the README's first command with each report flag, the tax
// calendar under four profiles, the bank statements, and every command that reports.
const RUNS: readonly (readonly string[])[] = [
  ['forecast', ...BOOKS],
  ['forecast', ...BOOKS, '--chart'],
  ['forecast', ...BOOKS, '--daily'],
  ['forecast', ...BOOKS, '--scenarios', '0,30,60', '--simulate', '1000'],
  ['forecast', ...BOOKS, '--days', '365', '--simulate', '500'],
  ['forecast', ...BOOKS, '--buffer', '500000', '--doubtful-after', '30'],
  ['forecast', ...BOOKS, '--everyday', '450000'],
  ['forecast', ...BOOKS, '--everyday', '450000', '--daily', '--days', '20'],
  ['forecast', ...BOOKS, '--bridges', 'test/fixtures/catalogues/valid-own.json'],
  ['forecast', ...BOOKS, '--bridges', 'test/fixtures/catalogues/extends-defaults.json'],
  ['forecast', ...BOOKS, '--format', 'csv'],
  ['forecast', ...BOOKS, '--format', 'csv', '--events'],
  ['forecast', ...INVOICES_ONLY],
  [
    'forecast',
    'fixtures/invoices.csv',
    '--expenses',
    'fixtures/expenses.csv',
    '--as-of',
    '2026-12-01',
    '--bank',
    'fixtures/bank/kb.xls',
    '--bank',
    'fixtures/bank/nh.csv',
  ],
  ['forecast', ...INVOICES_ONLY, '--bank', 'fixtures/bank/shinhan.xlsx', '--learn-expenses'],
  ['forecast', ...INVOICES_ONLY, '--bank', 'fixtures/bank/ibk.csv', '--max-balance-age', '0'],
  ['forecast', 'fixtures/invoices.csv', '--as-of', '2027-01-01', '--bank', YEAR, '--learn-expenses', '--everyday', 'auto', '--quiet'],
  ['forecast', 'fixtures/invoices.csv', '--as-of', '2027-01-01', '--bank', YEAR, '--learn-expenses', '--expenses', 'fixtures/expenses.csv'],
  ['forecast', 'test/fixtures/tax/invoices.csv', '--as-of', '2026-12-01', '--fx', 'USD=1390', '--fx', 'EUR=1450', '--balance', '100000'],
  ['forecast', 'test/fixtures/shapes/korean-excel-invoices.csv', '--expenses', 'test/fixtures/shapes/korean-excel-expenses.csv', '--as-of', '2026-12-01'],
  ['forecast', 'test/fixtures/holes/retainer-2999.csv', '--expenses', 'test/fixtures/holes/expense-2999.csv', '--as-of', '2026-12-01'],
  ['forecast', 'test/fixtures/rates/usd-invoice.csv', '--currency', 'USD', '--as-of', '2026-12-01'],
  ['forecast', '--config', TAX.refund!, ...OVER_THE_YEAR],
  ['forecast', '--config', TAX.noRate!, ...OVER_THE_YEAR],
  ['forecast', '--config', TAX.simplified!, ...OVER_THE_YEAR],
  ['forecast', '--config', TAX.own!, ...OVER_THE_YEAR],
  ['forecast', '--config', TAX.noRate!, '--expenses', TAX.rows!, ...OVER_THE_YEAR],
  ['forecast', '--config', TAX.noRate!, ...OVER_THE_YEAR, '--scenarios', '0,30', '--simulate', '300', '--chart'],
  ['forecast', '--config', TAX.simplified!, '--as-of', '2026-11-01', '--days', '60', '--daily'],
  ['export', '--to', 'ledger', ...BOOKS],
  ['export', '--to', 'ledger', '--config', TAX.refund!, ...OVER_THE_YEAR],
  ['export', '--to', 'ledger', '--config', TAX.noRate!, ...OVER_THE_YEAR],
  ['check', ...BOOKS],
  ['check', ...BOOKS, '--within', '60'],
  ['check', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--as-of', '2026-12-01', '--balance', '100'],
  ['check', 'fixtures/invoices.csv', '--as-of', '2026-12-05', '--bank', 'fixtures/bank/nh.csv', '--max-balance-age', '1'],
  ['check', '--config', TAX.noRate!, ...OVER_THE_YEAR],
  ['check', 'fixtures/invoices.csv', '--as-of', '2027-01-01', '--bank', YEAR, '--learn-expenses'],
  ['clients', 'fixtures/invoices.csv', '--as-of', '2026-12-01'],
  ['clients', 'fixtures/invoices.csv', '--as-of', '2027-03-01'],
  ['reconcile', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/nh.csv', '--as-of', '2026-12-01'],
  ['reconcile', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/kb.xls', '--as-of', '2026-12-01'],
  ['reconcile', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/shinhan.xlsx', '--bank', 'fixtures/bank/ibk.csv', '--as-of', '2026-12-01'],
  ['reconcile', 'fixtures/invoices.csv', '--bank', YEAR, '--as-of', '2027-01-01'],
  ['expenses', '--from-bank', YEAR, '--as-of', '2027-01-01'],
  ['reconcile', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/hana.xlsx', '--bank', 'fixtures/bank/woori.xls', '--as-of', '2026-12-01'],
  [
    'forecast',
    'test/fixtures/shapes/tidy-eur-invoices.csv',
    '--expenses',
    'test/fixtures/shapes/tidy-eur-expenses.csv',
    '--currency',
    'EUR',
    '--as-of',
    '2026-12-01',
  ],
  ['bridges', '--amount', '1000', '--days', '14', '--currency', 'USD', '--as-of', '2026-12-01'],
  ['bridges', '--amount', '1000000', '--days', '30', '--as-of', '2026-12-01'],
  ['bridges', '--amount', '5000000', '--days', '90', '--as-of', '2026-12-01'],
  ['bridges', '--amount', '300000', '--days', '3', '--as-of', '2026-12-01', '--bridges', 'test/fixtures/catalogues/valid-own.json'],
];

describe('a Korean sweep over the reports', () => {
  it('recognises English prose and lets the allowed Latin through', () => {
    expect(englishLines('지출              no expenses: the forecast counts only money coming in')).toHaveLength(1);
    expect(englishLines(' 2026-06-30 종합소득세 refund 2025 (추정)')).toHaveLength(0); // one word: the table test pins it
    expect(englishLines('   경고: no expenseRate in the tax profile')).toHaveLength(1);
    expect(englishLines(' 2026-12-03       -₩62,000     ₩1,438,000  Adobe Creative Cloud · software')).toEqual([]);
    expect(englishLines('   확인되지 않은 수치: kr-health-2026-due-day, basic-deduction')).toEqual([]);
    expect(englishLines('  일반적인 조건 기준입니다. 내 조건은 `cashflow bridges --init`으로 입력하세요')).toEqual([]);
    expect(englishLines('    expenses:tax:income-tax-refund  -554180 KRW')).toEqual([]);
  });

  it.each(RUNS.map((args) => [args.join(' '), args] as const))('%s: no English', async (_name, args) => {
    // `expenses` prints a CSV and has no colour to turn off.
    const run = await runInProcess([...args, '--lang', 'ko', ...(args[0] === 'expenses' ? [] : ['--no-color'])]);
    expect(run.code, run.stderr).not.toBe(2);
    expect(`${run.stdout}${run.stderr}`, 'it printed its report, in Korean').toMatch(/[가-힣]/);
    expect(englishLines(`${run.stdout}\n${run.stderr}`)).toEqual([]);
  });

  // --json never changes with the language: the same bytes for every run above that has it.
  const withJson = RUNS.filter((args) => !(args[0] === 'export' || (args[0] === 'forecast' && args.includes('--format'))));
  it.each(withJson.map((args) => [args.join(' '), args] as const))('%s --json: the same bytes in both languages', async (_name, args) => {
    const english = await runInProcess([...args, '--json', '--lang', 'en']);
    const korean = await runInProcess([...args, '--json', '--lang', 'ko']);
    expect(english.stdout.length).toBeGreaterThan(0);
    expect(korean.stdout).toBe(english.stdout);
  });

  it('draws the SVG chart with no English', async () => {
    const svg = join(mkdtempSync(join(tmpdir(), 'cashflow-ko-svg-')), 'chart.svg');
    expect((await runInProcess(['forecast', ...BOOKS, '--chart-svg', svg, '--lang', 'ko'])).code).toBe(0);
    const texts = [...readFileSync(svg, 'utf8').matchAll(/>([^<>]+)</g)].map((match) => match[1]!);
    expect(texts).toContain('잔액 부족 2026-12-25 – 2027-01-03');
    expect(englishLines(texts.join('\n'))).toEqual([]);
  });

  it('writes the workbook with no English outside the data, with --lang ko', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cashflow-ko-xlsx-')), 'book.xlsx');
    expect((await runInProcess(['forecast', ...BOOKS, '--format', 'xlsx', '--output', out, '--lang', 'ko'])).code).toBe(0);
    const book = XLSX.read(readFileSync(out), { type: 'buffer' });
    const texts = book.SheetNames.flatMap((name) => [name, ...XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 }).flat()]);
    // An event's kind and an invoice's basis are data, as in the CSV and JSON.
    const words = texts.filter(
      (text): text is string => typeof text === 'string' && !['invoice', 'expense', 'tax', 'history', 'default', 'overdue'].includes(text),
    );
    expect(words).toContain('부족 기간');
    expect(englishLines(words.join('\n'))).toEqual([]);
  });

  it('prints the README’s first command in Korean under a Korean locale, from the built binary', () => {
    const run = cli(['forecast', ...BOOKS, '--no-color'], { LANG: 'ko_KR.UTF-8' });
    expect(run.stdout).toContain('현금 흐름 예측 · KRW');
    expect(englishLines(`${run.stdout}\n${run.stderr}`)).toEqual([]);
  });

  it('words a total too large to add exactly in Korean', async () => {
    const run = await runInProcess(['forecast', 'test/fixtures/totals/huge-invoices.csv', '--as-of', '2026-12-01', '--lang', 'ko']);
    expect(run.code).toBe(2);
    expect(englishLines(run.stderr)).toEqual([]);
  });

  it('reads its fixtures: the Latin names it allows are in them', () => {
    const books = ['fixtures/invoices.csv', 'fixtures/expenses.csv', 'test/fixtures/tax/invoices.csv'].map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const name of ['Adobe Creative Cloud', 'Figma Professional', 'Studio B', 'Acme Inc', 'software']) expect(books).toContain(name);
  });
});
