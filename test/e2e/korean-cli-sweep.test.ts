import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

// The proof that a Korean run of the command line prints no English: many wrong invocations (and every --help),
// each run with --lang ko and with LANG=ko_KR.UTF-8, and no line of standard output or error may hold English
// prose — a run of two ASCII words of three letters or more — once what is legitimately Latin is taken out.

const INVOICES = 'fixtures/invoices.csv';
const AS_OF = ['--as-of', '2026-12-01'];
const forecast = (...flags: string[]) => ['forecast', INVOICES, ...AS_OF, ...flags];

const scratch = mkdtempSync(join(tmpdir(), 'cashflow-sweep-'));
// A folder init refuses to write into: it has an invoices.csv already.
const initialised = mkdtempSync(join(tmpdir(), 'cashflow-sweep-books-'));
writeFileSync(join(initialised, 'invoices.csv'), 'id,client,amount,issued,due\n');
const noPaidColumn = join(scratch, 'unpaid.csv');
writeFileSync(noPaidColumn, 'id,client,amount,issued,due\nINV-1,노을커피,"100,000",2026-11-01,2026-11-30\n');
const wholeCatalogue = join(scratch, 'own.json');
writeFileSync(wholeCatalogue, '{"options": []}\n');

const INVOCATIONS: ReadonlyArray<readonly string[]> = [
  // commander's own errors
  ['forecast', '--bogus'],
  ['forecast', INVOICES, '--dayz', '30'],
  ['forecast', INVOICES, '--days'],
  ['forcast'],
  ['nope'],
  ['forecast', 'a.csv', 'b.csv', 'c.csv'],
  ['init', 'extra'],
  ['export', INVOICES],
  ['clients', INVOICES, '--json', '--bogus'],
  ['--bogus'],
  // flag values
  forecast('--days', 'ninety'),
  forecast('--days', '0'),
  forecast('--days', '99999'),
  forecast('--delay', '-1'),
  forecast('--balance', 'abc'),
  forecast('--balance', '1,5,0'),
  forecast('--buffer', '12.5.6'),
  forecast('--currency', 'XYZ'),
  ['forecast', INVOICES, '--as-of', '2026-13-45'],
  ['forecast', INVOICES, '--as-of', 'tomorrow'],
  forecast('--format', 'pdf'),
  forecast('--withholding', '60'),
  forecast('--withholding', 'abc'),
  forecast('--fx', 'USD:1390'),
  forecast('--fx', 'USD=abc'),
  forecast('--map', 'amount'),
  forecast('--map', 'bank.fee2=수수료'),
  forecast('--encoding', 'latin-9'),
  forecast('--date-format', 'YYYY/DD'),
  forecast('--everyday', 'often'),
  forecast('--scenarios', '0,x'),
  forecast('--simulate', '0'),
  forecast('--seed', '-3'),
  forecast('--min-history', '0'),
  forecast('--max-balance-age', 'old'),
  forecast('--doubtful-after', '0'),
  ['bridges'],
  ['bridges', '--amount', 'lots'],
  ['bridges', '--amount', '0'],
  ['bridges', '--amount', '1000000', '--days', '0'],
  ['bridges', '--amount', '1000000', '--currency', 'XYZ'],
  ['bridges', '--setup'],
  ['bridges', '--setup', '--bridges', wholeCatalogue],
  ['export', INVOICES, '--to', 'pdf', ...AS_OF],
  ['reconcile', INVOICES, '--bank', 'fixtures/bank/nh.csv', '--fee-tolerance', 'x', ...AS_OF],
  ['reconcile', INVOICES, '--bank', 'fixtures/bank/nh.csv', '--fx-tolerance', 'x', ...AS_OF],
  // flags that contradict each other or want what is not there
  forecast('--balance-date', '2026-11-30'),
  forecast('--balance', '100', '--balance-date', '2026-12-01'),
  ['forecast', '-', '--expenses', '-', ...AS_OF],
  forecast('--learn-expenses'),
  forecast('--everyday', 'auto'),
  ['forecast', ...AS_OF],
  ['reconcile', INVOICES, ...AS_OF],
  ['reconcile', noPaidColumn, '--bank', 'fixtures/bank/nh.csv', '--write', ...AS_OF],
  ['expenses'],
  // a warning the command adds itself: statements too short to show a recurring expense
  ['expenses', '--from-bank', 'fixtures/bank/tidy.csv', '--output', join(scratch, 'learned.csv'), ...AS_OF],
  forecast('--bank', 'fixtures/bank/nh.csv', '--bank', 'fixtures/bank/nh.csv'),
  // missing and unreadable files
  ['forecast', 'missing.csv', ...AS_OF],
  forecast('--expenses', 'missing-expenses.csv'),
  forecast('--bridges', 'missing-bridges.json'),
  forecast('--config', 'missing-config.json'),
  forecast('--bank', 'missing-statement.csv'),
  ['clients', 'test/fixtures/bad', ...AS_OF],
  ['clients', 'test/fixtures/bad/statement.pdf', ...AS_OF],
  // output that cannot be written
  forecast('--output', join(scratch, 'no-folder', 'report.txt')),
  forecast('--output', scratch),
  forecast('--output', INVOICES),
  forecast('--chart-svg', join(scratch, 'no-folder', 'chart.svg')),
  ['export', INVOICES, '--to', 'ledger', '--output', INVOICES, ...AS_OF],
  ['init'],
  // help, everywhere
  ['--help'],
  ['help'],
  ['help', 'forecast'],
  ...['forecast', 'bridges', 'clients', 'check', 'reconcile', 'export', 'init', 'expenses'].map((command) => [command, '--help']),
];

// What may be Latin in a Korean line: the user's values and paths, quoted or not; flags and their arguments;
// usage syntax; example command lines; command names; and the few codes and format names Korean writes in Latin.
const LATIN = [
  /\$ .*$/g, // an example command line in the help, and its comment
  /^\s*([\d*]+ ){5}.*$/g, // an example crontab line in the help
  /'[^']*'|"[^"]*"|`[^`]*`/g, // quoted: user values, headings, flag specifications, commands
  /--?[a-z][\w.-]*(=\S*)?( <[^>]+>| \[[^\]]+\])?/gi, // flags, with a value or an argument name
  /\[[^\]]*\]|<[^>]*>/g, // usage syntax: [options] [invoices] <file>
  /\S*[/\\]\S*|\S+\.(csv|json|xlsx|xls|txt|svg|journal|bak)\b/g, // paths and file names
  /\b(cashflow|forecast|bridges|clients|check|reconcile|export|init|expenses|help)\b/g,
  /\S+=\S*/g, // FIELD=HEADING, expenses.description=Payee
  /\b[A-Z][A-Z0-9_-]+\b/g, // codes, variables and placeholders: KRW, EAR, CSV, LC_ALL, UTF-8, FILE
  /\b(date|amount|description|category|repeat|until|currency|rate|client|issued|due|paid|invoices|bank)\b/g, // fields
  /\b(hledger|ledger|xlsx|cron|zip|Excel|table|json|csv|auto|utf-8|utf-16le|utf-16be|cp949|euc-kr)\b/g,
];
const ENGLISH_PROSE = /[A-Za-z]{3,}[^A-Za-z\u3131-\uD7A3\n]+[A-Za-z]{3,}/;

/** The lines of `text` that still hold English prose once the allowed Latin is removed. */
function englishLines(text: string): string[] {
  return text.split('\n').filter((line) => ENGLISH_PROSE.test(LATIN.reduce((rest, pattern) => rest.replace(pattern, ' '), line)));
}

describe('a Korean run prints no English', () => {
  it('the allowance list lets Korean through and stops English', () => {
    expect(
      englishLines('cashflow: --days "ninety": 자연수가 아닙니다. 1부터 3,660까지의 자연수를 주세요.\n사용법: cashflow forecast [options] [invoices]'),
    ).toEqual([]);
    expect(englishLines("error: unknown option '--bogus'")).toEqual(["error: unknown option '--bogus'"]);
    expect(englishLines('cashflow: --format "pdf" is not a format cashflow writes; use table, json, csv or xlsx')).toHaveLength(1);
  });

  describe.each([
    ['--lang ko', ['--lang', 'ko'], {}],
    ['LANG=ko_KR.UTF-8', [], { LANG: 'ko_KR.UTF-8' }],
  ] as const)('%s', (_name, lang, env) => {
    it.each(INVOCATIONS.map((argv) => [argv.join(' '), argv] as const))('%s', (_command, argv) => {
      const run = argv[0] === 'init' && argv.length === 1 ? cli([...argv, ...lang], env, initialised) : cli([...argv, ...lang], env);
      expect(englishLines(run.stdout), 'stdout').toEqual([]);
      expect(englishLines(run.stderr), 'stderr').toEqual([]);
      expect(`${run.stdout}${run.stderr}`).toMatch(/[가-힣]/);
    });
  });
});
