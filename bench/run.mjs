// Bundles the benchmark (TypeScript, importing src/) with esbuild and runs it in a fresh Node process.
// The bundle lives under node_modules/.cache so its imports resolve to the project's packages.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}node_modules/.cache/cashflow-bench/bench.mjs`;
await build({
  entryPoints: [`${root}bench/main.ts`],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// The floor is bundled as the CLI is (dependencies inside, iconv-lite outside), so that it starts as fast.
await build({
  entryPoints: [`${root}bench/read-floor.ts`],
  outfile: `${root}node_modules/.cache/cashflow-bench/floor.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['iconv-lite'],
  minify: true,
  logLevel: 'warning',
});
execFileSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
