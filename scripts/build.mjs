// Builds the CLI that bin/cashflow.js loads. Runs on `npm install` (prepare) and before `npm test`,
// so a fresh clone works without a separate build step.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// zod re-exports its ~40 message translations as `z.locales`; cashflow never switches zod's locale (it writes
// its own messages), so the bundle keeps English only. Half of zod's bundled size, parsed on every start.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes('/node_modules/zod/')
      ? { path: args.importer.replace(/\/v4\/(core|classic)\/[^/]+$/, '/v4/locales/en-only.js'), namespace: 'zod-en' }
      : undefined));
    build.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: args.path.replace(/\/[^/]+$/, ''),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: one file to load starts far faster than resolving ~60 modules. The one
  // exception is iconv-lite, whose code tables are a third of the bundle and are needed only for CP949 files:
  // src/read/decode-text.ts requires it on first use.
  external: ['iconv-lite'],
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: { js: "import { createRequire as __cashflowRequire } from 'node:module'; const require = __cashflowRequire(import.meta.url);" },
  // Every byte of the bundle is parsed on start; minified, it is less than half the size.
  minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: process.env.CASHFLOW_NAMES !== '1',
  // Prefer packages' ESM builds (jsonc-parser's UMD build requires files by relative path at run time).
  mainFields: ['module', 'main'],
  plugins: [zodEnglishOnly],
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __CASHFLOW_VERSION__: JSON.stringify(version) },
});
