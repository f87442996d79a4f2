import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT } from '../support/run-cli.js';
import { isRoot, tempBooks } from '../support/temp-books.js';

const BIN = join(ROOT, 'bin/cashflow.cjs');
const FORECAST = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--as-of', '2026-12-01'];

/** Runs the built CLI with its standard streams opened on the given files ('pipe' to collect one). */
function withStreams(args: readonly string[], stdin: string | 'ignore', stdout: string | 'pipe', cwd = ROOT) {
  const fds = [stdin === 'ignore' ? 'ignore' : openSync(stdin, 'r'), stdout === 'pipe' ? 'pipe' : openSync(stdout, 'w')] as const;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: [fds[0], fds[1], 'pipe'] });
  for (const fd of fds) if (typeof fd === 'number') closeSync(fd);
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr };
}

describe('standard output that cannot be written', () => {
  it.each([
    ['a report', FORECAST],
    ['the help', ['--help']],
  ])('%s to a full disk exits 74 with one line, not 1 (a shortfall to cron) with a stack', (_, args) => {
    const run = withStreams(args, 'ignore', '/dev/full');
    expect(run.code).toBe(EXIT.output);
    expect(run.stderr).toBe('cashflow: could not write to standard output: no space left on the device (ENOSPC); free some space, or write elsewhere\n');
  });

  it('a reader that stops early (| head) is no error: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, ...FORECAST, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('standard error that cannot be written keeps the exit code of the run', () => {
    const result = spawnSync(process.execPath, [BIN, 'forecast', 'no-such-file.csv'], { cwd: ROOT, stdio: ['ignore', 'pipe', openSync('/dev/full', 'w')] });
    expect(result.status).toBe(EXIT.input);
  });
});

describe('standard input redirected from a file', () => {
  it('is an input too: --output refuses to replace it', () => {
    const books = tempBooks();
    const before = readFileSync(books.invoices, 'utf8');
    const run = withStreams(['forecast', '-', '--as-of', '2026-12-01', '--output', books.invoices], books.invoices, 'pipe');
    expect(run.code).toBe(EXIT.input);
    expect(run.stderr).toContain(`--output "${books.invoices}" is one of the input files (<stdin>)`);
    expect(readFileSync(books.invoices, 'utf8')).toBe(before);
  });
});

describe('cashflow init', () => {
  const init = (dir: string) => spawnSync(process.execPath, [BIN, 'init'], { cwd: dir, encoding: 'utf8' });

  it('refuses a symbolic link to nothing instead of writing where it points', () => {
    const books = tempBooks();
    const empty = books.at('books');
    spawnSync('mkdir', [empty]);
    symlinkSync(books.at('elsewhere.csv'), join(empty, 'invoices.csv'));
    const run = init(empty);
    expect(run.status).toBe(EXIT.input);
    expect(run.stderr).toBe('cashflow: init would overwrite invoices.csv; run it in an empty folder, or move those files away first\n');
    expect(existsSync(books.at('elsewhere.csv'))).toBe(false);
    expect(readdirSync(empty)).toEqual(['invoices.csv']);
    expect(lstatSync(join(empty, 'invoices.csv')).isSymbolicLink()).toBe(true);
  });

  it('in a folder it cannot write to, exits 2 with the reason and leaves nothing', () => {
    const books = tempBooks();
    const locked = books.at('locked');
    spawnSync('mkdir', ['-m', '555', locked]);
    // Root may write anywhere: run as nobody then.
    const run = spawnSync(process.execPath, [BIN, 'init'], { cwd: locked, encoding: 'utf8', ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(run.status).toBe(EXIT.input);
    expect(run.stderr).toContain('cashflow: init could not write cashflow.config.json: permission denied (EACCES)');
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('cashflow.config.json in the working directory', () => {
  it('a symbolic link to nothing is reported, not silently skipped', () => {
    const books = tempBooks();
    symlinkSync(books.at('moved.json'), books.at('cashflow.config.json'));
    const run = spawnSync(process.execPath, [BIN, 'forecast'], { cwd: books.dir, encoding: 'utf8' });
    expect(run.status).toBe(EXIT.input);
    expect(run.stderr).toContain('cashflow.config.json:1:1: file is a symbolic link to a file that does not exist');
  });
});
