import { writeFileSync } from 'node:fs';
import { benchSimulation } from './simulation-bench.js';

// `npm run bench` (run from the repository root): every performance target, measured and written to bench/results.json.
const results = [benchSimulation()];
const lines = results.map((r) => `${r.name.padEnd(56)} ${r.medianMs.toFixed(0).padStart(6)} ms  (target ${r.target}: ${r.met ? 'met' : 'NOT met'})`);
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
