import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { d, KRW } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';

// `issues.push(...read.issues)` passes every issue as an argument: past ~120,000 the call overflowed the stack and
// 130,000 bad rows ended in exit 70. 200,000 is well past it.
const ROWS = 200_000;
const folder = mkdtempSync(join(tmpdir(), 'cashflow-rows-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  const io = fakeIo({ stdout: () => undefined });
  const code = await runCli(argv, io);
  return { code, stderr: io.err.join('') };
}

describe('a file of many bad rows', () => {
  it('is 200,000 input errors, the first 50 shown: exit 2, not a stack overflow', async () => {
    const file = join(folder, 'bad.csv');
    const rows = Array.from({ length: ROWS }, (_, index) => `INV-${index},Client,abc,2026-11-01`);
    writeFileSync(file, `id,client,amount,issued\n${rows.join('\n')}\n`);
    const { code, stderr } = await run(['forecast', file, '--as-of', '2026-12-01']);
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(EXIT.input);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines[0]).toBe(`${file}:2:3: amount "abc" is not an amount; write digits with optional thousands separators, e.g. 1,500,000`);
    expect(lines.slice(-2)).toEqual([`… and ${ROWS - 50} more errors`, `cashflow: ${ROWS} input errors; nothing was forecast.`]);
  });

  it('with --skip-invalid, the rows left out are listed like errors: the first 50 and a count of the rest', async () => {
    const file = join(folder, 'some-bad.csv');
    const rows = Array.from({ length: 60 }, (_, index) => `INV-${index},Client,abc,2026-11-01`);
    writeFileSync(file, `id,client,amount,issued\nOK-1,Client,100000,2026-11-01\n${rows.join('\n')}\n`);
    const { code, stderr } = await run(['forecast', file, '--as-of', '2026-12-01', '--skip-invalid']);
    expect(code).toBe(EXIT.ok);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(`warning: ${file}:3:3: amount "abc" is not an amount (row skipped); write digits with optional thousands separators, e.g. 1,500,000`);
    expect(lines[50]).toBe('… and 10 more warnings');
  });

  it('a header of 200,000 unknown columns is 200,000 warnings', () => {
    const header = Array.from({ length: ROWS }, (_, index) => `x${index}`).join(',');
    const read = parseInvoices(`id,client,amount,issued,${header}\nINV-1,A,100,2026-11-01\n`, 'f.csv', { currency: KRW, asOf: d('2026-12-01') });
    expect(read.issues).toHaveLength(ROWS);
    expect(read.values).toHaveLength(1);
  });
});
