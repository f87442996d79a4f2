import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Timed } from './child.js';
import { alternately } from './child.js';
import { writeExpensesCsv, writeInvoicesCsv } from './generate-csv.js';
import { writeHledgerJournal } from './hledger-journal.js';

export interface SizeMeasure {
  readonly name: string;
  readonly rows: number;
  /** `forecast --json --output FILE` on the invoices of this size, 365 days. */
  readonly forecast: Timed;
  /** The CLI's own reader alone (read-floor.ts) and csv-parse alone, on the same file. */
  readonly floor: Timed;
  readonly csvParse: Timed;
  /** `hledger balance assets:bank --daily --historical` on the same books as a journal; undefined without hledger. */
  readonly hledger: Timed | undefined;
  readonly target?: string;
  readonly met?: boolean;
}

export interface Throughput {
  readonly sizes: SizeMeasure[];
  /** The 1M forecast's table and CSV of events, written to a file in pieces as its JSON is (issue 18). */
  readonly outputs: { readonly name: string; readonly run: Timed }[];
  readonly growth: { readonly name: string; readonly ratio: number; readonly target: string; readonly met: boolean };
  readonly hledgerVersion: string | undefined;
}

/** hledger's version line, or undefined when it is not installed: its figures are then skipped. */
function hledgerVersion(): string | undefined {
  const found = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

const node = (args: readonly string[]) => ({ program: process.execPath, args });

/** The bench's forecast of `file`: 365 days from 2026-12-01, with the generated expenses. */
function forecastArgs(file: string, expenses: string): string[] {
  return ['bin/cashflow.cjs', 'forecast', file, '--expenses', expenses, '--as-of', '2026-12-01', '--days', '365', '--balance', '100000000'];
}

/**
 * Forecast at 1k/100k/1M invoice rows (JSON to a file), each beside the floor of reading and splitting the CSV, and
 * hledger's daily balance over the same books when hledger is installed; then growth 100k → 1M. Issue 18's targets:
 * 1M within 2 s and 300 MB, growth within 10×. hledger at 1M takes about a minute and 6 GB: one run there.
 */
export async function benchThroughput(): Promise<Throughput> {
  mkdirSync('bench/.out', { recursive: true });
  const csvParseScript = 'bench/.out/csv-parse-floor.mjs';
  writeFileSync(csvParseScript, "import { readFileSync } from 'node:fs'; import { parse } from 'csv-parse/sync'; parse(readFileSync(process.argv[2]));\n");
  const floorBundle = 'node_modules/.cache/cashflow-bench/floor.mjs'; // built by bench/run.mjs
  const expenses = 'bench/.out/expenses.csv';
  if (!existsSync(expenses)) writeExpensesCsv(expenses);
  const version = hledgerVersion();
  const sizes: SizeMeasure[] = [];
  for (const [label, rows] of [
    ['1k', 1_000],
    ['100k', 100_000],
    ['1M', 1_000_000],
  ] as const) {
    const file = `bench/.out/invoices-${label}.csv`;
    if (!existsSync(file)) await writeInvoicesCsv(file, rows);
    const journal = `bench/.out/invoices-${label}.journal`;
    if (version !== undefined && !existsSync(journal)) await writeHledgerJournal(file, journal, '100000000', '2025-12-01');
    const commands = [
      node([...forecastArgs(file, expenses), '--json', '--output', `bench/.out/forecast-${label}.json`]),
      node([floorBundle, file]),
      node([csvParseScript, file]),
    ];
    const runs = rows >= 1_000_000 ? 3 : 5;
    const daily =
      version === undefined ? undefined : { program: 'hledger', args: ['-f', journal, 'balance', 'assets:bank', '--daily', '--historical', '-O', 'csv'] };
    // hledger takes its turn in the rounds, but at 1M (a minute, 6 GB) it runs once, after them.
    const together = daily !== undefined && rows < 1_000_000;
    const [forecast, floor, csvParse, alongside] = alternately(together ? [...commands, daily] : commands, runs, rows >= 1_000_000 ? 0 : 1);
    const hledger = together ? alongside : daily === undefined ? undefined : alternately([daily], 1)[0];
    const limits = label === '1M' ? { target: '≤ 2000 ms and ≤ 300 MB', met: forecast!.medianMs <= 2000 && (forecast!.peakRssMb ?? 0) <= 300 } : {};
    sizes.push({
      name: `forecast ${label} invoice rows, 365 days, JSON to a file`,
      rows,
      forecast: forecast!,
      floor: floor!,
      csvParse: csvParse!,
      hledger,
      ...limits,
    });
  }
  const outputs = (
    [
      ['table', ['--format', 'table']],
      ['CSV of events', ['--format', 'csv', '--events']],
    ] as const
  ).map(([name, format]) => {
    const [run] = alternately([node([...forecastArgs('bench/.out/invoices-1M.csv', expenses), ...format, '--output', 'bench/.out/forecast-1M.out'])], 3, 0);
    return { name: `forecast 1M invoice rows, 365 days, ${name} to a file`, run: run! };
  });
  const ratio = sizes[2]!.forecast.medianMs / sizes[1]!.forecast.medianMs;
  return { sizes, outputs, growth: { name: 'growth 100k → 1M', ratio, target: '≤ 10×', met: ratio <= 10 }, hledgerVersion: version };
}
