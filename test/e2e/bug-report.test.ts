import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/run-cli.js';

const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;

// A bug on demand in the real binary, without a flag or variable in cashflow itself: a preloaded module makes every
// write to stdout throw, as a broken renderer would.
const folder = mkdtempSync(join(tmpdir(), 'cashflow-bug-'));
const breakStdout = join(folder, 'break-stdout.cjs');
writeFileSync(breakStdout, "process.stdout.write = () => { throw new TypeError('stdout exploded'); };\n");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ARGS = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];

describe('a bug in the built CLI', () => {
  const run = cli(ARGS, { NODE_OPTIONS: `--require=${breakStdout}` });

  it('exits 70 and says it is a bug, how to report it, and with which versions', () => {
    expect(run.code).toBe(70);
    expect(run.stdout).toBe('');
    const [first, second, third] = run.stderr.split('\n');
    expect(first).toBe('cashflow: internal error — this is a bug in cashflow. Please report it with the command you ran and this text:');
    expect(second).toBe(`  cashflow ${version} · Node ${process.version} · ${process.platform} ${process.arch}`);
    expect(third).toBe(`  command: cashflow ${ARGS.join(' ')}`);
    expect(run.stderr).toContain('TypeError: stdout exploded');
  });

  it('prints the stack with the source files and lines, not the minified bundle', () => {
    const frames = run.stderr.split('\n').filter((line) => line.startsWith('    at '));
    expect(run.stderr).not.toContain('dist/cli.cjs');
    // src/cli/main.ts writes stdout; the frame points at that very call.
    const main = readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8').split('\n');
    const line = main.findIndex((text) => text.includes('process.stdout.write(text')) + 1;
    const column = main[line - 1]!.indexOf('process.stdout.write(text') + 'process.stdout.'.length + 1;
    expect(frames[1]).toBe(`    at src/cli/main.ts:${line}:${column}`);
    expect(frames.slice(2).some((frame) => /\(src\/cli\/forecast-command\.ts:\d+:\d+\)$/.test(frame))).toBe(true);
  });
});
