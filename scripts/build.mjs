// Builds the CLI that bin/cashflow.js loads. Runs on `npm install` (prepare) and before `npm test`,
// so a fresh clone works without a separate build step.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __CASHFLOW_VERSION__: JSON.stringify(version) },
});
