import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../support/fake-io.js';

const io = fakeIo;

describe('runCli', () => {
  it('treats an unexpected exception as a bug: exit 70, the stack, and a line saying it is a bug', async () => {
    const broken = io({
      stdout: () => {
        throw new TypeError('renderer exploded');
      },
    });
    const code = await runCli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01'], broken);
    expect(code).toBe(EXIT.bug);
    const stderr = broken.err.join('');
    expect(stderr).toContain('internal error — this is a bug in cashflow');
    expect(stderr).toContain('TypeError: renderer exploded');
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('writes a large JSON report piece by piece, each piece only once the reader has taken the last', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-'));
    const file = join(folder, 'invoices.csv');
    const rows = Array.from(
      { length: 6000 },
      (_, index) => `INV-${index},Client ${index % 40},"1,000,000",2026-11-${String(1 + (index % 28)).padStart(2, '0')},,`,
    );
    writeFileSync(file, `id,client,amount,issued,due,paid\n${rows.join('\n')}\n`);
    let waiting = false;
    let overlapped = false;
    const pieces: string[] = [];
    const slow = io({
      stdout: (text) => {
        if (waiting) overlapped = true;
        pieces.push(text);
        waiting = true;
        return new Promise<void>((resolve) => {
          setTimeout(() => {
            waiting = false;
            resolve();
          }, 1);
        });
      },
    });
    expect(await runCli(['forecast', file, '--as-of', '2026-12-01', '--balance', '100000000', '--json'], slow)).toBe(EXIT.ok);
    expect(pieces.length).toBeGreaterThan(2);
    expect(overlapped).toBe(false);
    expect(JSON.parse(pieces.join('')).events).toHaveLength(6000);
    rmSync(folder, { recursive: true, force: true });
  });

  it('uses the injected today as the default as-of date', async () => {
    const run = io({ today: '2027-01-20' });
    expect(await runCli(['forecast', 'fixtures/invoices.csv', '--json'], run)).toBe(EXIT.ok);
    expect(JSON.parse(run.out.join('')).asOf).toBe('2027-01-20');
  });
});
