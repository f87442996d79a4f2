import { writeFileSync } from 'node:fs';
import { benchPlan } from './plan-bench.js';
import { benchReconcile } from './reconcile-bench.js';
import { benchSimulation } from './simulation-bench.js';
import { benchStatement } from './statement-bench.js';
import { benchThroughput } from './throughput-bench.js';

// `npm run bench` (run from the repository root): every performance target, measured and written to bench/results.json.
// `npm run bench -- plan` times only the optimiser's case, `-- bank` the statement and reconcile cases; neither writes.
const planLine = (r: ReturnType<typeof benchPlan>) =>
  `${r.name.padEnd(56)} ${r.medianMs.toFixed(0).padStart(7)} ms  target ${r.target}: ${r.met ? 'met' : 'NOT met'}${r.exact ? '' : ' (frontier thinned)'}`;
if (process.argv.includes('plan')) {
  process.stdout.write(`${planLine(benchPlan())}\n`);
  process.exit(0);
}
const timed = (r: { name: string; medianMs: number; target: string; met: boolean }) =>
  `${r.name.padEnd(56)} ${r.medianMs.toFixed(0).padStart(7)} ms  target ${r.target}: ${r.met ? 'met' : 'NOT met'}`;
if (process.argv.includes('bank')) {
  process.stdout.write(`${timed(benchStatement())}\n${timed(benchReconcile())}\n`);
  process.exit(0);
}
const plan = benchPlan();
const simulation = benchSimulation();
const statement = benchStatement();
const reconcile = benchReconcile();
const throughput = await benchThroughput();
const lines = [
  planLine(plan),
  timed(simulation),
  timed(statement),
  timed(reconcile),
  ...throughput.map((r) => {
    const value = r.name.startsWith('growth') ? `${r.medianMs.toFixed(1).padStart(7)} × ` : `${r.medianMs.toFixed(0).padStart(7)} ms`;
    const rss = r.peakRssMb > 0 ? `  ${r.peakRssMb.toFixed(0)} MB` : '';
    const ratio =
      r.ratio === undefined
        ? ''
        : `  ${r.ratio.toFixed(1)}× its floor/baseline (${r.baselineMs!.toFixed(0)} ms${r.csvParseMs === undefined ? '' : `; csv-parse alone ${r.csvParseMs.toFixed(0)} ms`})`;
    const target = r.target === undefined ? '' : `  target ${r.target}: ${r.met ? 'met' : 'NOT met'}`;
    return `${r.name.padEnd(56)} ${value}${rss}${ratio}${target}`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, plan, simulation, statement, reconcile, throughput }, null, 2)}\n`);
