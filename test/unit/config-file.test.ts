import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/run-cli.js';
import { tempBooks } from '../support/temp-books.js';

async function forecast(args: readonly string[]) {
  const io = fakeIo();
  const code = await runCli(['forecast', ...args, '--as-of', '2026-12-01', '--json'], io);
  return { code, stderr: io.err.join(''), stdout: io.out.join('') };
}

describe('a key that names a property of every object is an unknown setting', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('"%s" exits 2 and changes nothing', async (key) => {
    const books = tempBooks();
    writeFileSync(books.at('settings.json'), `{ "invoices": "invoices.csv", "${key}": { "days": "5", "balance": "999" } }`);
    const run = await forecast(['--config', books.at('settings.json')]);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`${books.at('settings.json')}: ${key}: is not a setting cashflow knows`);
  });
});

describe('deep nesting is an input error, not a stack overflow', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it('in the config', async () => {
    const books = tempBooks();
    writeFileSync(books.at('settings.json'), `{ "invoices": ${deep(100_000)} }`);
    const run = await forecast(['--config', books.at('settings.json')]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`${books.at('settings.json')}:1:`);
    expect(run.stderr).toContain('nests more than 64 levels deep');
  });

  it('in a --bridges catalogue', async () => {
    const books = tempBooks();
    const catalogue = readFileSync(`${ROOT}/test/fixtures/catalogues/valid-own.json`, 'utf8').replace('{', `{ "notes": ${deep(100_000)},`);
    writeFileSync(books.at('bridges.json'), catalogue);
    const run = await forecast([books.invoices, '--bridges', books.at('bridges.json')]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain('nests more than 64 levels deep');
  });
});

describe('paths in the config', () => {
  it("an absolute path stays absolute; a relative one is read from the config file's folder", async () => {
    const books = tempBooks();
    const elsewhere = tempBooks();
    writeFileSync(books.at('settings.json'), JSON.stringify({ invoices: elsewhere.invoices, expenses: 'expenses.csv', balance: 1500000 }));
    const run = await forecast(['--config', books.at('settings.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
    expect(JSON.parse(run.stdout).summary.lowestBalance).toBe(-670000);
  });
});
