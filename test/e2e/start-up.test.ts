import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

// The CLI starts fast because V8 takes the code cache made at build time instead of compiling the bundle; a cache
// it rejects (made for other source, or not made at all) would still work, only ~40 ms slower, so nothing else
// would notice. Timing belongs to `npm run bench`; this checks the cache is there and fits.
describe('the built CLI', () => {
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
    expect(bundle.length).toBeLessThan(600_000);
  });
});
