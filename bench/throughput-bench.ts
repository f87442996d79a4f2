import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeExpensesCsv, writeInvoicesCsv } from './generate-csv.js';

export interface Measure {
  readonly name: string;
  readonly medianMs: number;
  readonly peakRssMb: number;
  readonly baselineMs?: number;
  readonly ratio?: number;
  /** For a forecast size: csv-parse alone reading and splitting the same file, for comparison with the floor. */
  readonly csvParseMs?: number;
  readonly target?: string;
  readonly met?: boolean;
}

const RSS_PROBE = 'bench/.out/rss.mjs';

/**
 * Runs `node args` `runs` times; median wall time and the largest peak RSS (reported by the child at exit through
 * a preloaded probe). Without `probe`, no RSS: the probe is an ES module that costs ~40 ms to load, which would
 * swamp a start-up measurement.
 */
function measure(args: readonly string[], runs: number, probe = true): { medianMs: number; peakRssMb: number } {
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [...(probe ? ['--import', `./${RSS_PROBE}`] : []), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(performance.now() - started);
    const match = /RSS (\d+)/.exec(result.stderr);
    if (match !== null) rss = Math.max(rss, Number(match[1]) / 1024);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, peakRssMb: rss };
}

/** The arguments of the bench's forecast of `file`: 365 days from 2026-12-01, with the generated expenses. */
function forecast(file: string, expenses: string): string[] {
  return ['bin/cashflow.cjs', 'forecast', file, '--expenses', expenses, '--as-of', '2026-12-01', '--days', '365', '--balance', '100000000'];
}

/** Cold start against `node -e ''`, forecast at 1k/100k/1M rows, each against the floor of reading and splitting the CSV. */
export async function benchThroughput(): Promise<Measure[]> {
  mkdirSync('bench/.out', { recursive: true });
  // biome-ignore lint/suspicious/noTemplateCurlyInString: this string is the code of a probe file, template and all
  writeFileSync(RSS_PROBE, "process.on('exit', () => process.stderr.write(`RSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const results: Measure[] = [];
  // Start-up: alternate the two so machine noise hits both alike.
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    bare.push(measure(['-e', ''], 1, false).medianMs);
    cli.push(
      measure(
        ['bin/cashflow.cjs', 'forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'],
        1,
        false,
      ).medianMs,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  results.push({
    name: 'cold start: forecast on the fixtures',
    medianMs: median(cli),
    peakRssMb: 0,
    baselineMs: median(bare),
    ratio: median(cli) / median(bare),
    target: '≤ 1.5× node -e ""',
    met: median(cli) / median(bare) <= 1.5,
  });

  // The floor is the CLI's own reader (see read-floor.ts) in a process of its own;
  // csv-parse alone is shown beside it, as the reader the CLI used before its plain-CSV scanner.
  const csvParseScript = 'bench/.out/csv-parse-floor.mjs';
  writeFileSync(csvParseScript, "import { readFileSync } from 'node:fs'; import { parse } from 'csv-parse/sync'; parse(readFileSync(process.argv[2]));\n");
  const floorBundle = 'node_modules/.cache/cashflow-bench/floor.mjs'; // built by bench/run.mjs
  const sizes: Array<[string, number]> = [
    ['1k', 1_000],
    ['100k', 100_000],
    ['1M', 1_000_000],
  ];
  const bySize = new Map<string, number>();
  const expenses = 'bench/.out/expenses.csv';
  if (!existsSync(expenses)) writeExpensesCsv(expenses);
  for (const [label, rows] of sizes) {
    const file = `bench/.out/invoices-${label}.csv`;
    if (!existsSync(file)) await writeInvoicesCsv(file, rows);
    const runs = rows >= 1_000_000 ? 3 : 5;
    const run = measure([...forecast(file, expenses), '--json', '--output', `bench/.out/forecast-${label}.json`], runs);
    const floor = measure([floorBundle, file], runs);
    const csvParse = measure([csvParseScript, file], runs);
    bySize.set(label, run.medianMs);
    const target = label === '1M' ? '≤ 2000 ms and ≤ 300 MB' : undefined;
    results.push({
      name: `forecast ${label} invoice rows, 365 days`,
      ...run,
      baselineMs: floor.medianMs,
      ratio: run.medianMs / floor.medianMs,
      csvParseMs: csvParse.medianMs,
      ...(target === undefined ? {} : { target, met: run.medianMs <= 2000 && run.peakRssMb <= 300 }),
    });
  }
  // The other outputs of the largest file, written in pieces as the JSON is (issue 18).
  for (const [name, format] of [
    ['table', ['--format', 'table']],
    ['CSV of events', ['--format', 'csv', '--events']],
  ] as const) {
    const run = measure([...forecast('bench/.out/invoices-1M.csv', expenses), ...format, '--output', 'bench/.out/forecast-1M.out'], 3);
    results.push({ name: `forecast 1M invoice rows, 365 days, ${name} to a file`, ...run });
  }
  const growth = bySize.get('1M')! / bySize.get('100k')!;
  results.push({ name: 'growth 100k → 1M', medianMs: growth, peakRssMb: 0, target: '≤ 10×', met: growth <= 10 });
  return results;
}
