import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/run-cli.js';

// The proof that no reader speaks English under --lang ko: every bad-input fixture (test/fixtures/bad*,
// test/fixtures/errors*, the statements of fixtures/bank/bad, the bad catalogues of test/fixtures/catalogues) is read the way its kind is read, and no line of
// stderr may hold English prose — a run of two or more ASCII words of three letters or more — once what is
// legitimately Latin is taken out (LEGITIMATE below, and the fixture's own words: its names, ids, headings, keys).

/** How a fixture is given to `forecast`, from its folder and name. */
function argsOf(path: string): string[] {
  const name = path.split('/').pop()!;
  if (path.startsWith('fixtures/bank/')) return ['fixtures/invoices.csv', '--bank', path];
  if (path.startsWith('test/fixtures/catalogues/')) return ['fixtures/invoices.csv', '--bridges', path];
  if (/^(bridges-|list\.json$)/.test(name)) return ['fixtures/invoices.csv', '--bridges', path];
  if (name.startsWith('config-')) return ['fixtures/invoices.csv', '--config', path];
  if (name.startsWith('expenses')) return ['fixtures/invoices.csv', '--expenses', path];
  if (name.startsWith('fx-')) return ['fixtures/invoices.csv', '--fx-rates', path];
  if (name.startsWith('bank-')) return ['fixtures/invoices.csv', '--bank', path];
  return [path];
}

const folders = [
  ...readdirSync(join(ROOT, 'test/fixtures'))
    .filter((name) => /^(bad|errors)/.test(name))
    .map((name) => `test/fixtures/${name}`),
  'fixtures/bank/bad',
  'test/fixtures/catalogues',
];
// The catalogues folder holds good catalogues too, which a run reads without a word.
const GOOD = new Set(['test/fixtures/catalogues/valid-own.json', 'test/fixtures/catalogues/extends-defaults.json']);
const fixtures = folders.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => statSync(join(ROOT, folder, name)).isFile() && !GOOD.has(`${folder}/${name}`))
    .map((name) => `${folder}/${name}`),
);

/** Runs besides one per fixture: flags that change what is said, and inputs that are not files. */
const EXTRA: ReadonlyArray<{ readonly args: readonly string[]; readonly env?: Record<string, string>; readonly words?: string }> = [
  { args: ['test/fixtures/bad/zero-amount.csv', '--skip-invalid'], words: 'test/fixtures/bad/zero-amount.csv' },
  { args: ['test/fixtures/bad/sixty-errors.csv'], words: 'test/fixtures/bad/sixty-errors.csv' },
  { args: ['test/fixtures/bad/'] },
  { args: ['test/fixtures/bad/no-such-file.csv'] },
  { args: ['test/fixtures/bad-ko/invoices.xlsx', '--sheet', '매출'] },
  { args: ['test/fixtures/bad-ko/invoices.xlsx', '--sheet', '메모'] },
  { args: ['fixtures/invoices.csv', '--bank', 'fixtures/bank/tossbank.xlsx'] },
  { args: ['fixtures/invoices.csv', '--bank', 'fixtures/bank/tossbank.xlsx'], env: { CASHFLOW_BANK_PASSWORD: 'wrong' } },
  { args: ['test/fixtures/bad-ko/invoices-converted.csv', '--fx', 'USD=1390', '--fx', 'EUR=0.1'], words: 'test/fixtures/bad-ko/invoices-converted.csv' },
  { args: ['test/fixtures/rates/usd-invoice.csv', '--fx-rates', 'test/fixtures/rates/zero-with-comma.csv'], words: 'test/fixtures/rates/usd-invoice.csv' },
];

// What may stay Latin in Korean text, each for its reason. Quoted text is the user's (a cell, a heading, a key's
// value) or a literal to type; backticks a command; flags and ISO days as typed; the rest names and codes.
const LEGITIMATE: readonly RegExp[] = [
  /"[^"]*"/g, // field "value", a heading, a sheet, a literal such as "CSV UTF-8"
  /`[^`]*`/g, // a command to run
  /--[a-z][a-z-]*(=\S*)?/g, // flags
  /\b\d{4}-\d{2}-\d{2}\b/g, // ISO days
  /\b(KRW|USD|EUR|APR|EAR|CSV|JSON|UTF|ISO|README|PDF|FIFO|XFD|AES|RC4|YYYY-MM-DD|DD\/MM\/YYYY|MM\/DD\/YYYY|cashflow)\b/g,
];

/** The English prose of one line: what is left that reads as words, after the legitimate Latin is taken out. */
function englishIn(line: string, ownWords: ReadonlySet<string>, paths: readonly string[]): string[] {
  let rest = line;
  for (const path of paths) rest = rest.split(path).join(' ');
  for (const pattern of LEGITIMATE) rest = rest.replace(pattern, ' ');
  rest = rest.replace(/[A-Za-z][\w.-]*/g, (word) => (ownWords.has(word.toLowerCase()) ? ' ' : word));
  return rest.match(/\b[A-Za-z]{3,}(?: [A-Za-z]{3,})+\b/g) ?? [];
}

/** The words of a fixture's text (names, ids, headings, keys): the user's data, which stays as written. */
function wordsOf(path: string): Set<string> {
  let text = '';
  try {
    text = statSync(join(ROOT, path)).isFile() ? readFileSync(join(ROOT, path), 'utf8') : '';
  } catch {
    text = '';
  }
  return new Set((text.match(/[A-Za-z][\w.-]*/g) ?? []).map((word) => word.toLowerCase()));
}

const runs = [
  ...fixtures.map((path) => ({ args: argsOf(path), env: undefined, words: path })),
  ...EXTRA.map((extra) => ({ args: extra.args, env: extra.env, words: extra.words ?? '' })),
];

describe('every bad input answered in Korean has no English prose left', () => {
  it('finds the fixtures it sweeps', () => {
    expect(fixtures.length).toBeGreaterThan(30);
    expect(fixtures).toContain('test/fixtures/bad-ko/config-tax.json');
  });

  it.each(runs)('$args', ({ args, env, words }) => {
    const run = cli(['forecast', ...args, '--as-of', '2026-12-01', '--lang', 'ko'], env);
    expect(run.stderr).toMatch(/[가-힣]/); // a Korean message, not a silent run
    const paths = args.filter((arg) => !arg.startsWith('--'));
    const english = run.stderr.split('\n').flatMap((line) => englishIn(line, wordsOf(words), paths).map((found) => `${found}  ← ${line}`));
    expect(english).toEqual([]);
  });

  it('would fail on English: the same sweep finds prose in the English messages', () => {
    const run = cli(['forecast', 'test/fixtures/bad-ko/expenses.csv', '--as-of', '2026-12-01']);
    const found = run.stderr.split('\n').flatMap((line) => englishIn(line, wordsOf('test/fixtures/bad-ko/expenses.csv'), []));
    expect(found).toContain('nothing was forecast');
  });
});
