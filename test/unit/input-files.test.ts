import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { InputFiles } from '../../src/read/input-files.js';
import { loadText } from '../../src/read/load-text.js';
import { fakeIo } from '../support/fake-io.js';
import { tempBooks } from '../support/temp-books.js';

async function forecast(args: readonly string[]) {
  const io = fakeIo();
  const code = await runCli(['forecast', ...args, '--as-of', '2026-12-01'], io);
  return { code, stderr: io.err.join(''), stdout: io.out.join('') };
}

describe('an input that is not a regular file is an input error naming what it is', () => {
  it('a named pipe is refused at once instead of waiting forever for a writer', async () => {
    const books = tempBooks();
    execFileSync('mkfifo', [books.at('pipe.csv')]);
    const run = await forecast([books.at('pipe.csv')]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(
      `${books.at('pipe.csv')}:1:1: file is a named pipe (FIFO), not a regular file; save it as a file, or pass - and send it on standard input`,
    );
  }, 5000);

  it.each([
    ['the invoices', (device: string) => [device]],
    ['the config', (device: string) => ['fixtures/invoices.csv', '--config', device]],
    ['the catalogue', (device: string) => ['fixtures/invoices.csv', '--bridges', device]],
  ])('a device that never ends (/dev/zero) as %s', async (_, args) => {
    const run = await forecast(args('/dev/zero'));
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain('/dev/zero:1:1: file is a character device, not a regular file');
  });

  it('a socket', async () => {
    const books = tempBooks();
    const server = createServer();
    await new Promise<void>((resolve) => {
      server.listen(books.at('in.sock'), resolve);
    });
    const run = await forecast([books.at('in.sock')]);
    server.close();
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`${books.at('in.sock')}:1:1: file is a socket, not a regular file`);
  });

  it('a file over 1 GiB is refused before it is read (a sparse file: no disk is used)', async () => {
    const books = tempBooks();
    writeFileSync(books.at('huge.csv'), '');
    truncateSync(books.at('huge.csv'), 2 ** 30 + 1);
    const run = await forecast([books.at('huge.csv')]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`${books.at('huge.csv')}:1:1: file is larger than 1 GiB, the most cashflow reads from one file`);
  });

  it('stops reading at the cap even when the file grows past what it said it holds', async () => {
    const books = tempBooks();
    const read = await loadText(books.invoices, { inputs: new InputFiles(), maxBytes: 100 });
    expect(read).toEqual({ issue: expect.objectContaining({ problem: 'is larger than 100 bytes, the most cashflow reads from one file' }) });
  });

  it('standard input over the cap is refused', async () => {
    const read = await loadText('-', { inputs: new InputFiles(), maxBytes: 4, stdin: async (limit) => new Uint8Array(limit + 1) });
    expect(read).toEqual({ issue: expect.objectContaining({ file: '<stdin>', problem: 'is larger than 4 bytes, the most cashflow reads from one file' }) });
  });
});

describe('a path the file system cannot follow is an input error, never a bug', () => {
  it.each([
    [
      'a loop of symbolic links',
      (books: ReturnType<typeof tempBooks>) => {
        symlinkSync(books.at('b.csv'), books.at('a.csv'));
        symlinkSync(books.at('a.csv'), books.at('b.csv'));
        return books.at('a.csv');
      },
      'file cannot be read: a loop of symbolic links (ELOOP); point the link at the file itself',
    ],
    [
      'a file used as a folder',
      (books: ReturnType<typeof tempBooks>) => books.at('invoices.csv/more.csv'),
      'file cannot be read: part of its path is a file, not a folder (ENOTDIR); check the path',
    ],
    [
      'a name too long for the file system',
      (books: ReturnType<typeof tempBooks>) => books.at(`${'x'.repeat(300)}.csv`),
      'file cannot be read: its name is too long for the file system (ENAMETOOLONG); use a shorter name',
    ],
    [
      'a symbolic link to nothing',
      (books: ReturnType<typeof tempBooks>) => {
        symlinkSync(books.at('gone.csv'), books.at('link.csv'));
        return books.at('link.csv');
      },
      'file is a symbolic link to a file that does not exist; point the link at the file, or name the file itself',
    ],
  ])('%s', async (_, pathOf, message) => {
    const books = tempBooks();
    const path = pathOf(books);
    const run = await forecast([path]);
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`${path}:1:1: ${message}`);
  });
});
