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
  // Dependencies are bundled too: one file to load starts far faster than resolving ~60 modules.
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: { js: "import { createRequire as __cashflowRequire } from 'node:module'; const require = __cashflowRequire(import.meta.url);" },
  minifyWhitespace: true,
  // Prefer packages' ESM builds (jsonc-parser's UMD build requires files by relative path at run time).
  mainFields: ['module', 'main'],
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __CASHFLOW_VERSION__: JSON.stringify(version) },
});
