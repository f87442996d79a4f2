// Start-up against bare Node (issue 18): each command's wall time beside `node -e ''`, run alternately so that
// whatever else the machine is doing weighs on both alike, and compared as medians of the pairs.
//   node bench/start-up.mjs [--pairs 30] [--json]
// Prints one line per command (medians and their ratio, target ≤ 1.25×); with --json, one JSON value instead.
// Runs the built CLI (bin/cashflow.cjs on dist/): build first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 1.25;
const forecast = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];
const COMMANDS = [
  { name: 'forecast (table)', args: forecast },
  { name: 'forecast --json', args: [...forecast, '--json'] },
  { name: '--help', args: ['--help'] },
];

const argv = process.argv.slice(2);
const pairsAt = argv.indexOf('--pairs');
const pairs = pairsAt === -1 ? 30 : Number(argv[pairsAt + 1]);
const asJson = argv.includes('--json');

/** Wall time of one run in milliseconds; a run that fails stops the bench, since its time would mean nothing. */
const time = (args) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = COMMANDS.map(({ name, args }) => {
  const cli = ['bin/cashflow.cjs', ...args];
  // One unmeasured pair warms the page cache for both.
  time(['-e', '']);
  time(cli);
  const bare = [];
  const ours = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    // Which of the pair goes first alternates too, so neither always runs just after the other.
    let nodeMs;
    let cliMs;
    if (i % 2 === 0) {
      nodeMs = time(['-e', '']);
      cliMs = time(cli);
    } else {
      cliMs = time(cli);
      nodeMs = time(['-e', '']);
    }
    bare.push(nodeMs);
    ours.push(cliMs);
    ratios.push(cliMs / nodeMs);
  }
  const ratio = median(ours) / median(bare);
  return { name, nodeMs: median(bare), cliMs: median(ours), ratio, pairRatio: median(ratios), target: TARGET, met: ratio <= TARGET };
});

if (asJson) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const r of results) {
    process.stdout.write(
      `start-up ${r.name.padEnd(18)} node ${r.nodeMs.toFixed(1).padStart(6)} ms  cashflow ${r.cliMs.toFixed(1).padStart(6)} ms  ` +
        `${r.ratio.toFixed(2)}× (pairs ${r.pairRatio.toFixed(2)}×)  target ≤ ${TARGET}×: ${r.met ? 'met' : 'NOT met'}\n`,
    );
  }
}
