import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cli } from '../support/run-cli.js';

// The CLI starts fast because V8 takes the code cache made at build time instead of compiling the bundle; a cache
// it rejects (made for other source, or not made at all) would still work, only ~40 ms slower, so nothing else
// would notice. Timing belongs to `npm run bench`; this checks the cache is there and fits.
describe('the built CLI', () => {
  it("prints tables exactly as the sources do, colours and emoji included (the bundle swaps chalk's colour detection and shares string-width's regexes)", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-'));
    const invoices = join(folder, 'invoices.csv');
    writeFileSync(
      invoices,
      [
        'id,client,amount,issued,due,paid',
        'A-1,🎨🎨 Studio 봄 🎨,"1,500,000",2026-11-01,2026-12-01,',
        'A-2,Plain client,"700,000",2026-11-10,2026-12-10,',
        'A-3,🎨 Ink 🎨🎨🎨 and a name long enough to be cut at the edge,"300,000",2026-11-15,2026-12-15,',
      ].join('\n'),
    );
    for (const args of [
      ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01', '--daily'],
      ['forecast', invoices, '--expenses', 'fixtures/expenses.csv', '--balance', '100000', '--as-of', '2026-12-01'],
    ]) {
      const out: string[] = [];
      const io = {
        stdout: (text: string) => {
          out.push(text);
        },
        stderr: () => undefined,
        stdoutIsTty: false,
        columns: 80,
        env: { FORCE_COLOR: '1' },
        today: '2026-12-01',
        stdin: async () => new Uint8Array(),
      };
      expect(await runCli(args, io)).toBe(0);
      const built = cli(args, { FORCE_COLOR: '1' });
      expect(built.stdout).toContain('\u001b[');
      expect(built.stdout).toBe(out.join(''));
    }
    expect(cli(['forecast', invoices, '--as-of', '2026-12-01']).stdout).toContain('🎨🎨 Studio');
    rmSync(folder, { recursive: true, force: true });
  });

  it('ships a code cache that V8 accepts for the bundle', () => {
    const file = resolve('dist/cli.cjs');
    const cachedData = readFileSync('dist/cli.cache');
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
    expect(cachedData.byteLength).toBeGreaterThan(100_000);
    expect(script.cachedDataRejected).toBe(false);
  });

  it('is one small bundle: no zod translations, iconv-lite required only when a CP949 file needs it', () => {
    const bundle = readFileSync('dist/cli.cjs', 'utf8');
    expect(bundle).not.toContain('DBCSCodec'); // iconv-lite's double-byte decoder and its code tables
    expect(bundle).toContain('"iconv-lite"');
    expect(bundle).not.toContain('Eingabe'); // zod's German messages, one of its ~40 translations
    // 600 KB until issue 17: its Korean message catalogues (~60 KB of UTF-8 text) are in the main bundle, since every
    // command prints through them. 640 KB since issue 18's start-up work (a table printer of its own beside
    // cli-table3); the Korean halves of the catalogues are still in it. 665 KB since every input error has its Korean
    // (the schemas' messages, zod's codes worded, the expenses and workbook messages: 643,481 → 660,271 characters).
    // 675 KB with the command line's usage and commander errors as references too (~11 KB of catalogues,
    // src/i18n/messages/cli-*.ts): 671,999 characters.
    // 680 KB with the table and CSV written in pieces (the columnar invoice reader is in the lazy chunk): 674,820.
    // 640 KB since Hangul is written as UTF-8, not \uXXXX escapes (one character each instead of six), with every
    // report word of the core in both languages too: 632,428 characters. 645 KB with the large file's JSON written
    // from cached texts (src/render/json-texts.ts) and its columns sorted by counting: 641,028.
    expect(bundle.length).toBeLessThan(645_000);
  });

  it('says in one line to run npm install when dist/ was never built, and exits 70: the installation is broken, not the input', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cashflow-unbuilt-'));
    cpSync('bin', join(folder, 'bin'), { recursive: true });
    const run = spawnSync(process.execPath, [join(folder, 'bin', 'cashflow.cjs'), 'forecast', 'fixtures/invoices.csv'], { encoding: 'utf8' });
    rmSync(folder, { recursive: true, force: true });
    expect(run.status).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `cashflow: not built yet (${join(folder, 'dist', 'cli.cjs')} is missing); run \`npm install\` (or \`npm run build\`) in ${folder}\n`,
    );
  });
});
