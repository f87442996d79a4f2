import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Timed } from './child.js';
import { benchLearn } from './learn-bench.js';
import { benchPlan } from './plan-bench.js';
import { benchReconcile } from './reconcile-bench.js';
import { benchSimulation } from './simulation-bench.js';
import { benchStatement } from './statement-bench.js';
import { benchThroughput } from './throughput-bench.js';
import { benchWorkbook } from './workbook-bench.js';

// `npm run bench` (run from the repository root): every performance target of issue 18 (and the earlier ones still
// held), each figure beside its target and whether it is met, written to bench/results.json. `npm run bench -- plan`
// times only the optimiser's case, `-- bank` the statement, reconcile, learning and workbook cases; neither writes.

/** One printed line: the figure, what it is measured against, and its target, met or NOT met. */
function line(name: string, value: string, notes: readonly string[], target?: { readonly text: string; readonly met: boolean }): string {
  const tail = target === undefined ? '' : `  target ${target.text}: ${target.met ? 'met' : 'NOT met'}`;
  return `${name.padEnd(58)} ${value.padStart(9)}${notes.map((note) => `  ${note}`).join('')}${tail}`;
}
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (timed: Timed) => (timed.peakRssMb === undefined ? '' : ` ${timed.peakRssMb.toFixed(0)} MB`);
const cpu = (r: { cpuMs?: number | undefined }) => (r.cpuMs === undefined ? [] : [`cpu ${ms(r.cpuMs)}`]);
const timedLine = (r: { name: string; medianMs: number; cpuMs?: number | undefined; target: string; met: boolean }, notes: readonly string[] = []) =>
  line(r.name, ms(r.medianMs), [...cpu(r), ...notes], { text: r.target, met: r.met });

function bankLines(): { lines: string[]; results: Record<string, unknown> } {
  const statement = benchStatement();
  const reconcile = benchReconcile();
  const learn = benchLearn();
  const workbook = benchWorkbook();
  const lines = [
    ...statement.map((r) => timedLine(r)),
    timedLine(reconcile, [`${reconcile.matched} matched`]),
    ...learn.map((r) => timedLine(r, [`${r.recurring} recurring found`])),
    timedLine(workbook, [`its CSV twin ${ms(workbook.csvTwinMs)}`, `the read alone ${ms(workbook.readMs)}`]),
  ];
  return { lines, results: { statement, reconcile, learn, workbook } };
}

/** bench/start-up.mjs in a process of its own (it runs the CLI against `node -e ''` in alternated pairs). */
function startUp(): Array<{ name: string; nodeMs: number; cliMs: number; ratio: number; pairRatio: number; target: number; met: boolean }> {
  const run = spawnSync(process.execPath, ['bench/start-up.mjs', '--json', '--pairs', '20'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`start-up bench: exit ${run.status}\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

const planLine = (r: ReturnType<typeof benchPlan>) => timedLine(r, r.exact ? [] : ['(frontier thinned)']);
if (process.argv.includes('plan')) {
  process.stdout.write(`${planLine(benchPlan())}\n`);
  process.exit(0);
}
if (process.argv.includes('bank')) {
  process.stdout.write(`${bankLines().lines.join('\n')}\n`);
  process.exit(0);
}
// The machine is shared: its load before and after says how far to trust the figures.
const loadBefore = loadavg()[0]!;
const plan = benchPlan();
const simulation = benchSimulation();
const startup = startUp();
const bank = bankLines();
const throughput = await benchThroughput();
const lines = [
  planLine(plan),
  timedLine(simulation),
  ...startup.map((r) =>
    line(`start-up: ${r.name}`, ms(r.cliMs), [`node -e '' ${ms(r.nodeMs)}`, `${r.ratio.toFixed(2)}× (pairs ${r.pairRatio.toFixed(2)}×)`], {
      text: `≤ ${r.target}× node -e ''`,
      met: r.met,
    }),
  ),
  ...bank.lines,
  ...throughput.sizes.map((r) => {
    const notes = [
      mb(r.forecast).trim(),
      ...cpu(r.forecast),
      `floor ${ms(r.floor.medianMs)} (csv-parse alone ${ms(r.csvParse.medianMs)})`,
      r.hledger === undefined
        ? 'hledger: not installed'
        : `hledger ${ms(r.hledger.medianMs)}${mb(r.hledger)}: ours ${(r.forecast.medianMs / r.hledger.medianMs).toFixed(2)}× its time`,
    ];
    return line(r.name, ms(r.forecast.medianMs), notes, r.target === undefined ? undefined : { text: r.target, met: r.met! });
  }),
  ...throughput.outputs.map((r) => line(r.name, ms(r.run.medianMs), [mb(r.run).trim(), ...cpu(r.run)])),
  line(throughput.growth.name, `${throughput.growth.ratio.toFixed(1)}×`, [], { text: throughput.growth.target, met: throughput.growth.met }),
];
const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadBefore, loadAfter: loadavg()[0]! };
const met = lines.filter((text) => text.endsWith(': met')).length;
const missed = lines.filter((text) => text.endsWith(': NOT met')).length;
const about = [`${machine.cpus} cores`, `load ${machine.loadBefore.toFixed(1)} → ${machine.loadAfter.toFixed(1)}`, `Node ${process.version}`];
if (throughput.hledgerVersion !== undefined) about.push(throughput.hledgerVersion);
process.stdout.write(`${lines.join('\n')}\n${met} targets met, ${missed} NOT met (${about.join(', ')})\n`);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ node: process.version, machine, table: lines, hledger: throughput.hledgerVersion ?? null, plan, simulation, startup, ...bank.results, throughput }, null, 2)}\n`,
);
