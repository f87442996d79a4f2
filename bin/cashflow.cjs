#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/cli.cjs, built by scripts/build.mjs) with the V8 code cache made for it at build
// time, so that a start does not spend ~40 ms compiling half a megabyte of JavaScript: what Node 22 does itself
// with module.enableCompileCache(), done by hand for Node 20. V8 checks the cache against the source, its own
// version and its flags, and compiles afresh when it does not match: a stale cache is slower, never wrong.
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
let cachedData;
try {
  cachedData = readFileSync(join(dist, 'cli.cache'));
} catch {
  // No cache (a build that could not make one): compile as usual.
}
let source;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
  // A checkout run before `npm install`, or a build that failed. Exit 70 (EX_SOFTWARE), as for a bug: nothing the
  // user typed or fed in is wrong (that is 2), and a script should not retry with other input.
  process.stderr.write(`cashflow: not built yet (${file} is missing); run \`npm install\` (or \`npm run build\`) in ${join(dist, '..')}\n`);
  process.exit(70);
}
const script = new Script(Module.wrap(source), { filename: file, cachedData });
const bundle = new Module(file, module);
bundle.filename = file;

// Only scripts/build.mjs sets this: it runs one forecast and keeps what V8 compiled for it.
const cacheOut = process.env.CASHFLOW_WRITE_CODE_CACHE;
if (cacheOut !== undefined) process.on('exit', () => writeFileSync(cacheOut, script.createCachedData()));

script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, dist);
