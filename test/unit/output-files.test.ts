import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/run-cli.js';
import { deviceLike, tempBooks } from '../support/temp-books.js';

const FORECAST = ['--as-of', '2026-12-01', '--balance', '1500000'];

async function forecast(args: readonly string[]) {
  const io = fakeIo();
  const code = await runCli(['forecast', ...args, ...FORECAST], io);
  return { code, stderr: io.err.join(''), stdout: io.out.join('') };
}

describe('--output and --chart-svg never replace a file the run read', () => {
  it.each([
    [
      'a symbolic link to the invoices',
      (books: ReturnType<typeof tempBooks>) => {
        symlinkSync(books.invoices, books.at('link.csv'));
        return books.at('link.csv');
      },
    ],
    [
      'a hard link to the invoices',
      (books: ReturnType<typeof tempBooks>) => {
        linkSync(books.invoices, books.at('hard.csv'));
        return books.at('hard.csv');
      },
    ],
    [
      'the invoices through a symbolic link to their folder',
      (books: ReturnType<typeof tempBooks>) => {
        symlinkSync(books.dir, books.at('folder'));
        return books.at('folder/invoices.csv');
      },
    ],
  ])('--output on %s exits 2 and leaves the invoices as they were', async (_, targetOf) => {
    const books = tempBooks();
    const before = readFileSync(books.invoices, 'utf8');
    const target = targetOf(books);
    const run = await forecast([books.invoices, '--expenses', books.expenses, '--output', target]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toBe(
      `cashflow: --output "${target}" is one of the input files (${books.invoices}); write the report to another file; cashflow never overwrites its inputs\n`,
    );
    expect(readFileSync(books.invoices, 'utf8')).toBe(before);
    expect(lstatSync(target).isFile() || lstatSync(target).isSymbolicLink()).toBe(true);
  });

  it('refuses the config file, the catalogue and the rates file, whichever flag names them', async () => {
    const books = tempBooks();
    writeFileSync(books.at('settings.json'), JSON.stringify({ invoices: 'invoices.csv', expenses: 'expenses.csv' }));
    writeFileSync(books.at('rates.csv'), 'currency,rate\nUSD,1390.5\n');
    writeFileSync(books.at('bridges.json'), readFileSync(`${ROOT}/test/fixtures/catalogues/valid-own.json`));
    const read = ['--config', books.at('settings.json'), '--fx-rates', books.at('rates.csv'), '--bridges', books.at('bridges.json')];
    for (const [flag, name] of [
      ['--output', 'settings.json'],
      ['--chart-svg', 'rates.csv'],
      ['--output', 'bridges.json'],
    ] as const) {
      const before = readFileSync(books.at(name), 'utf8');
      const run = await forecast([...read, flag, books.at(name)]);
      expect(run.code).toBe(EXIT.input);
      expect(run.stderr).toContain(`cashflow: ${flag} "${books.at(name)}" is one of the input files`);
      expect(readFileSync(books.at(name), 'utf8')).toBe(before);
    }
  });

  it('export --output refuses the expenses it read', async () => {
    const books = tempBooks();
    const io = fakeIo();
    const code = await runCli(['export', '--to', 'ledger', books.invoices, '--expenses', books.expenses, ...FORECAST, '--output', books.expenses], io);
    expect(code).toBe(EXIT.input);
    expect(io.err.join('')).toContain('is one of the input files');
  });
});

describe('--output writes into what is there without replacing it', () => {
  it('keeps a device a device: the report goes into it', async () => {
    const books = tempBooks();
    const sink = deviceLike('null', books.dir);
    expect((await forecast([books.invoices, '--output', sink])).code).toBe(EXIT.ok);
    expect(statSync(sink).isCharacterDevice()).toBe(true);
    expect(readdirSync(books.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a full device fails with exit 2 and a clear message, and stays a device', async () => {
    const books = tempBooks();
    const full = deviceLike('full', books.dir);
    const run = await forecast([books.invoices, '--output', full]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toBe(`cashflow: --output "${full}" could not be written: no space left on the device (ENOSPC); free some space, or write elsewhere\n`);
    expect(statSync(full).isCharacterDevice()).toBe(true);
  });

  it('writes into a named pipe that a reader holds open, and leaves the pipe in place', async () => {
    const books = tempBooks();
    const pipe = books.at('report.pipe');
    execFileSync('mkfifo', [pipe]);
    const received = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      createReadStream(pipe)
        .on('data', (chunk) => chunks.push(chunk as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        .on('error', reject);
    });
    expect((await forecast([books.invoices, '--json', '--output', pipe])).code).toBe(EXIT.ok);
    expect(JSON.parse(await received).version).toBe(1);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it('keeps the permissions of the report it replaces', async () => {
    const books = tempBooks();
    writeFileSync(books.at('report.txt'), 'last month');
    chmodSync(books.at('report.txt'), 0o600);
    expect((await forecast([books.invoices, '--output', books.at('report.txt')])).code).toBe(EXIT.ok);
    expect(readFileSync(books.at('report.txt'), 'utf8')).toContain('Cash-flow forecast');
    expect(statSync(books.at('report.txt')).mode & 0o777).toBe(0o600);
  });

  it('replaces the file a symbolic link points to and keeps the link', async () => {
    const books = tempBooks();
    mkdirSync(books.at('reports'));
    writeFileSync(books.at('reports/latest.txt'), 'old');
    symlinkSync(books.at('reports/latest.txt'), books.at('latest.txt'));
    expect((await forecast([books.invoices, '--output', books.at('latest.txt')])).code).toBe(EXIT.ok);
    expect(lstatSync(books.at('latest.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(books.at('reports/latest.txt'), 'utf8')).toContain('Cash-flow forecast');
  });
});

describe('--output refuses what it cannot safely replace', () => {
  it('a socket', async () => {
    const books = tempBooks();
    const server = createServer();
    await new Promise<void>((resolve) => {
      server.listen(books.at('s.sock'), resolve);
    });
    const run = await forecast([books.invoices, '--output', books.at('s.sock')]);
    server.close();
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`--output "${books.at('s.sock')}" could not be written: it is a socket, and cashflow replaces only regular files`);
  });

  it('a symbolic link to nothing: the file it points to is not created', async () => {
    const books = tempBooks();
    symlinkSync(books.at('nowhere/report.txt'), books.at('dangling.txt'));
    const run = await forecast([books.invoices, '--chart-svg', books.at('dangling.txt')]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`--chart-svg "${books.at('dangling.txt')}" could not be written: it is a symbolic link to a file that does not exist`);
    expect(readdirSync(books.dir).sort()).toEqual(['dangling.txt', 'expenses.csv', 'invoices.csv']);
  });
});
