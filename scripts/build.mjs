// Builds the CLI that bin/cashflow.cjs loads, and the V8 code cache that lets it skip compiling. Runs on
// `npm install` (prepare) and by vitest before every run (test/global-setup.ts), so a fresh clone works without a
// separate build step and the end-to-end tests never run a stale bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Whether a file belongs to an installed package (either path separator, for Windows). */
const inPackage = (file, name) => new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`).test(file);

// zod re-exports its ~40 message translations as `z.locales`; cashflow never switches zod's locale (it writes
// its own messages), so the bundle keeps English only. Half of zod's bundled size, read on every start.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      inPackage(args.importer, 'zod') ? { path: join(dirname(args.importer), '..', 'locales', 'en-only.js'), namespace: 'zod-en' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

// Built-in modules that something requires when it loads but a forecast never uses, each with who requires it:
// commander's node:child_process (for subcommands that are separate executables, which cashflow has none of;
// ~6 ms of every start) and src/cli/ask-line.ts's node:readline (only `init` asks; readline and its promises,
// interface and keypress modules are ~2 ms). Each gets a stand-in that requires the module on first use.
const LAZY_BUILTINS = {
  child_process: (importer) => inPackage(importer, 'commander'),
  readline: (importer) => importer.endsWith(join('src', 'cli', 'ask-line.ts')),
};
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(child_process|readline)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return LAZY_BUILTINS[name](args.importer) ? { path: name, namespace: 'lazy-builtin' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require(${JSON.stringify(`node:${args.path}`)}))[key] });`,
      loader: 'js',
    }));
  },
};

// chalk detects colour support when it loads (node:tty, node:os, the environment) for its default instance, which
// cashflow never uses: src/cli/color.ts decides and builds its own Chalk. chalk's browser variant of that
// detection touches nothing and answers "no colour"; it saves ~8 ms of every start.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      inPackage(args.importer, 'chalk') ? { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') } : undefined,
    );
  },
};

// cli-table3 measures every cell with string-width, which strips colours with a RegExp that ansi-regex builds
// afresh on every call and replaces emoji with one emoji-regex makes afresh on every call. Both are used only in
// String.prototype.replace, which resets a global regex before and after, so one shared instance of each does the
// same; a big table spent a quarter of its time making them.
const sharedTableRegexes = {
  name: 'shared-table-regexes',
  setup(build) {
    build.onResolve({ filter: /^(ansi-regex|emoji-regex)$/ }, (args) =>
      inPackage(args.importer, 'strip-ansi') || inPackage(args.importer, 'string-width')
        ? { path: args.path, namespace: 'shared-regex', pluginData: { resolveDir: args.resolveDir } }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'shared-regex' }, (args) => ({
      contents: `const make = require(${JSON.stringify(`${args.path}?real`)}); let shared; module.exports = (options) => (options === undefined ? (shared ??= make()) : make(options));`,
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
    build.onResolve({ filter: /\?real$/ }, async (args) =>
      build.resolve(args.path.replace(/\?real$/, ''), { kind: 'require-call', resolveDir: args.resolveDir }),
    );
  },
};

// cli-table3 (with @colors/colors and string-width) is for the tables singleLineTableText cannot print alone —
// colours, wrapped cells, emoji; a forecast piped to a file or a script never needs it. It is loaded on the first
// table made: until then its export is a stand-in that makes the real one.
const lazyCliTable = {
  name: 'lazy-cli-table',
  setup(build) {
    build.onResolve({ filter: /^cli-table3$/ }, (args) =>
      args.importer.endsWith(join('src', 'render', 'plain-table.ts')) ? { path: 'cli-table3', namespace: 'lazy-cli-table' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-cli-table' }, () => ({
      contents: "let real; module.exports = function Table(options) { return new (real ??= require('cli-table3?eager'))(options); };",
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /^cli-table3\?eager$/ }, (args) => build.resolve('cli-table3', { kind: 'require-call', resolveDir: args.resolveDir }));
  },
};

// What only a statement, a workbook, a reconciliation or an xlsx output needs is a chunk of its own, dist/bank.cjs,
// read on first use: a forecast from CSV files never reads its ~70 KB (the start-up of issue 13's acceptance). In
// the main bundle each of these modules is a stub whose exports load the chunk when first touched; the chunk holds
// its own copy of the small modules it shares with the main bundle (days, money), which keep no state that matters.
const LAZY_MODULES = [
  'src/read/invoice-columns.ts',
  'src/read/workbook/read-workbook.ts',
  'src/read/statement/parse-statement.ts',
  'src/read/statement/convert-statement.ts',
  'src/report/reconcile-report.ts',
  'src/reconcile/apply-matches.ts',
  'src/render/reconcile-json.ts',
  'src/render/reconcile-table.ts',
  'src/render/xlsx-report.ts',
  'src/render/paid-cells.ts',
  'src/forecast/learn-statements.ts',
  'src/forecast/learned-expenses.ts',
  'src/forecast/everyday-outflow.ts',
  'src/reconcile/expenses-csv.ts',
  // The Korean tax calendar (with its rate tables), for a KRW book with a "tax" profile only: taxCalendarApplies
  // guards every call, so other forecasts never load it.
  'src/forecast/tax-calendar/tax-events.ts',
  // The Korean of every --help text: read only when help is printed in Korean.
  'src/i18n/messages/help-ko.ts',
];
const exportedNames = (file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
const lazyChunk = {
  name: 'lazy-chunk',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'import-statement') return undefined;
      const file = relative(root, join(args.resolveDir, args.path.replace(/\.js$/, '.ts')))
        .split(sep)
        .join('/');
      return LAZY_MODULES.includes(file) ? { path: file, namespace: 'lazy-chunk' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-chunk' }, (args) => ({
      contents: [
        "let real; const load = () => (real ??= require('node:module').createRequire(__cashflowUrl)('./bank.cjs'));",
        'module.exports = {};',
        `for (const name of ${JSON.stringify(exportedNames(args.path))}) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// How the CLI and its lazy chunk are bundled alike.
const bundled = {
  bundle: true,
  platform: 'node',
  // CommonJS, so bin/cashflow.cjs can compile it as a vm.Script with a code cache (Node 20 has no compile cache
  // for ES modules).
  format: 'cjs',
  target: 'node20',
  // Dependencies are bundled too: one file to load starts far faster than resolving ~60 modules. The one
  // exception is iconv-lite, whose code tables would be a third of the bundle and are needed only for CP949
  // files: src/read/decode-text.ts requires it on first use.
  external: ['iconv-lite'],
  // Sources written as ES modules ask import.meta.url for their own place; in the bundle that is the bundle's.
  define: { __CASHFLOW_VERSION__: JSON.stringify(version), __CASHFLOW_BUNDLE__: 'true', 'import.meta.url': '__cashflowUrl' },
  banner: { js: "const __cashflowUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Every byte of the bundle is read on start; minified, it is a third of the size.
  minifyWhitespace: process.env.CASHFLOW_READABLE_BUILD !== '1',
  minifySyntax: true,
  minifyIdentifiers: process.env.CASHFLOW_READABLE_BUILD !== '1',
  // Prefer packages' ESM builds (jsonc-parser's UMD build requires files by relative path at run time).
  mainFields: ['module', 'main'],
  // The map is for bug reports only (src/cli/source-mapped-stack.ts reads the map beside a frame's file when a bug
  // is printed), so the bundle does not name it and nothing reads it on start; file and line are enough there, so
  // it leaves the sources out (1.8 MB -> 0.6 MB).
  sourcemap: 'external',
  sourcesContent: false,
  // Hangul as itself, not as \uXXXX escapes: the Korean catalogues are a sixth of the size (3 bytes a syllable, not 6).
  charset: 'utf8',
  logLevel: 'warning',
};

const main = await build({
  ...bundled,
  metafile: true,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  plugins: [zodEnglishOnly, lazyBuiltins, chalkWithoutDetection, sharedTableRegexes, lazyCliTable, lazyChunk],
});
// What each source adds to the main bundle, for whoever weighs what start-up reads: `CASHFLOW_METAFILE=1 npm run
// build`, then e.g. esbuild's analyser (https://esbuild.github.io/analyze/) on dist/cli.meta.json.
if (process.env.CASHFLOW_METAFILE === '1') writeFileSync('dist/cli.meta.json', JSON.stringify(main.metafile));

// The chunk itself: every lazy module's exports (their names are unique across them).
await build({
  ...bundled,
  stdin: { contents: LAZY_MODULES.map((file) => `export { ${exportedNames(file).join(', ')} } from './${file}';`).join('\n'), resolveDir: root, loader: 'ts' },
  outfile: 'dist/bank.cjs',
  plugins: [zodEnglishOnly, chalkWithoutDetection, sharedTableRegexes],
});

// SheetJS, for workbooks only, is a chunk of its own that src/read/sheetjs.ts requires on first use, so a CSV run
// never reads its ~900 KB. Built from the package's ES module: its CommonJS entry also loads 470 KB of code-page
// tables that only pre-2007 BIFF5 files need.
await build({
  entryPoints: ['node_modules/@e965/xlsx/xlsx.mjs'],
  outfile: 'dist/sheetjs.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
});

// The code cache: V8's compiled code for the bundle, taken after one real forecast so that it holds the functions a
// run needs and not only the top level. bin/cashflow.cjs hands it to V8, which checks it against the source, V8
// version and flags and silently compiles afresh when it does not match.
rmSync('dist/cli.cache', { force: true });
const fixtures = existsSync('fixtures/invoices.csv') && existsSync('fixtures/expenses.csv');
const warmUp = fixtures
  ? ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01']
  : ['--help'];
const run = spawnSync(process.execPath, ['bin/cashflow.cjs', ...warmUp], {
  env: { ...process.env, CASHFLOW_WRITE_CODE_CACHE: 'dist/cli.cache' },
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (run.status !== 0 || !existsSync('dist/cli.cache')) {
  process.stderr.write(`warning: no code cache was made (the CLI starts slower but works)\n${run.stderr}`);
}
