import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { OutputError } from '../../src/cli/output-error.js';
import { readStream } from '../../src/cli/read-stream.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';

const FORECAST = ['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01'];
const systemError = (code: string, errno: number) => Object.assign(new Error(`${code}: write`), { code, errno, syscall: 'write' });
const failingWith = (code: string, errno: number) => fakeIo({ stdout: () => Promise.reject(new OutputError(systemError(code, errno))) });

describe('standard output that fails', () => {
  it.each([
    ['a table, written without waiting', FORECAST],
    ['JSON, written piece by piece', [...FORECAST, '--json']],
    ['the help, written by commander', ['forecast', '--help']],
  ])('%s: exit 74 and one line naming the reason', async (_, args) => {
    const io = failingWith('ENOSPC', -28);
    expect(await runCli(args, io)).toBe(EXIT.output);
    expect(io.err.join('')).toBe('cashflow: could not write to standard output: no space left on the device (ENOSPC); free some space, or write elsewhere\n');
  });

  it('a reader that has gone (EPIPE) is no error: exit 0, nothing said', async () => {
    const io = failingWith('EPIPE', -32);
    expect(await runCli([...FORECAST, '--json'], io)).toBe(EXIT.ok);
    expect(io.err.join('')).toBe('');
  });

  it('--fail-on-shortfall does not turn a lost report into "shortfall" (1)', async () => {
    const io = failingWith('EIO', -5);
    expect(await runCli([...FORECAST, '--fail-on-shortfall', '--expenses', 'fixtures/expenses.csv'], io)).toBe(EXIT.output);
  });

  it('a file system error no command explained is still exit 2 with its reason, not a bug', async () => {
    const io = fakeIo({
      stdout: () => {
        throw Object.assign(systemError('ELOOP', -40), { path: 'somewhere' });
      },
    });
    expect(await runCli(FORECAST, io)).toBe(EXIT.input);
    expect(io.err.join('')).toBe('cashflow: "somewhere": a loop of symbolic links (ELOOP); point the link at the file itself\n');
  });
});

describe('readStream', () => {
  it('returns all of a stream within the limit', async () => {
    expect(Buffer.from(await readStream(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4)).toString()).toBe('abcd');
  });

  it('stops one byte past the limit, leaving the rest of an endless stream unread', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(10, 0x61));
      },
    });
    expect((await readStream(endless, 25)).length).toBe(26);
    expect(pulled).toBeLessThan(10);
  });
});
