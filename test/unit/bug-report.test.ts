import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBugReport } from '../../src/cli/bug-report.js';
import { sourceMappedStack } from '../../src/cli/source-mapped-stack.js';

const FACTS = { version: '9.8.7', node: 'v20.1.2', platform: 'linux arm64', args: ['forecast', 'my invoices.csv', "it's", '--as-of', '2026-12-01'] };

// A minified bundle with its map beside it, as scripts/build.mjs makes dist/cli.cjs, and the stack it throws.
const folder = mkdtempSync(join(tmpdir(), 'cashflow-map-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(join(folder, 'boom.ts'), ['export function boom(): never {', "  throw new Error('boom');", '}', 'boom();', ''].join('\n'));
mkdirSync(join(folder, 'out'));
buildSync({
  entryPoints: [join(folder, 'boom.ts')],
  outfile: join(folder, 'out', 'boom.cjs'),
  bundle: true,
  format: 'cjs',
  minify: true,
  sourcemap: 'external',
  sourcesContent: false,
  logLevel: 'silent',
});
const bundle = join(folder, 'out', 'boom.cjs');
const thrown = spawnSync(process.execPath, [bundle], { encoding: 'utf8' }).stderr;
const stack = thrown.slice(thrown.indexOf('Error: boom'));

describe('sourceMappedStack', () => {
  it('points a bundle frame at the source file, line and column, from the folder above the bundle', () => {
    expect(stack).toContain(`${bundle}:1:`);
    const mapped = sourceMappedStack(stack).split('\n');
    expect(mapped[0]).toBe('Error: boom');
    expect(mapped[1]).toMatch(/^ {4}at \S+ \(boom\.ts:2:9\)$/);
  });

  it('reads file: URLs too, and leaves frames of files without a map as V8 printed them', () => {
    const frame = stack.split('\n')[1]!;
    const asUrl = frame.replace(bundle, pathToFileURL(bundle).href);
    expect(sourceMappedStack(asUrl)).toMatch(/\(boom\.ts:2:9\)$/);
    const elsewhere = [
      'Error: x',
      `    at f (${join(folder, 'boom.ts')}:2:9)`,
      '    at node:internal/main/run_main_module:28:49',
      '    at g (relative.js:1:1)',
    ].join('\n');
    expect(sourceMappedStack(elsewhere)).toBe(elsewhere);
  });
});

describe('formatBugReport', () => {
  it('says it is a bug, how to report it, the versions and the command line as a shell takes it back', () => {
    const error = new TypeError('renderer exploded');
    error.stack = 'TypeError: renderer exploded\n    at render (/nowhere/table.js:3:4)';
    expect(formatBugReport(error, FACTS)).toBe(
      [
        'cashflow: internal error — this is a bug in cashflow. Please report it with the command you ran and this text:',
        '  cashflow 9.8.7 · Node v20.1.2 · linux arm64',
        "  command: cashflow forecast 'my invoices.csv' 'it'\\''s' --as-of 2026-12-01",
        'TypeError: renderer exploded',
        '    at render (/nowhere/table.js:3:4)',
        '',
      ].join('\n'),
    );
  });

  it('neutralises control characters in the message and the arguments', () => {
    const report = formatBugReport(new Error('bad \u001b[2J cell'), { ...FACTS, args: ['\u001b]0;x\u0007'] });
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(report).toContain("command: cashflow '\\x1b]0;x\\x07'");
    expect(report).toContain('Error: bad \\x1b[2J cell');
  });

  it('shows a thrown value that is not an Error', () => {
    expect(formatBugReport({ code: 7 }, FACTS).split('\n')[3]).toBe('thrown: { code: 7 }');
  });
});
