import type { Command } from 'commander';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import { ref } from '../read/issue-words.js';
import { renderCsvChunks, UTF8_BOM } from '../render/csv-report.js';
import { renderJsonChunks } from '../render/json-report.js';
import type { RenderStyle } from '../render/render-style.js';
import { RENDERERS } from '../render/renderers.js';
import { renderTableChunks } from '../render/table-report.js';
import { buildReport } from '../report/build-report.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { withConfig } from './apply-config.js';
import { warnAboutBalance } from './balance-warnings.js';
import type { ExitCode } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { addBalanceOptions } from './forecast-flags.js';
import { idleFlagWarnings } from './idle-flags.js';
import type { CliIo } from './io.js';
import type { LoadedRun } from './load-run.js';
import { loadRun } from './load-run.js';
import type { RawReadFlags } from './read-flags.js';
import { addForecastOptions } from './read-flags.js';
import { renderStyleOf } from './render-style.js';
import { exitCodeOf } from './report-exit-code.js';
import { flagValueError } from './user-errors.js';
import { wholeNumberFlag } from './whole-number-flag.js';
import { writeOutput } from './write-output.js';
import { checkWorkbookDestination, writeWorkbook } from './write-workbook.js';

type ForecastFlags = RawForecastFlags &
  RawReadFlags & {
    scenarios?: string;
    simulate?: string;
    seed?: string;
    format?: string;
    events?: boolean;
    output?: string;
    chart?: boolean;
    chartSvg?: string;
    config?: string;
    fxRates?: string;
    bom?: boolean;
  };

/** Registers `cashflow forecast`; `setExit` receives the command's exit code. */
export function addForecastCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('forecast')
    .description('project the bank balance day by day, find every shortfall window and the cheapest legal way through')
    .argument('[invoices]', 'invoices CSV (- for standard input; default: "invoices" in the config file)');
  addBalanceOptions(addForecastOptions(command))
    .option('--daily', 'list every day instead of the cash events')
    .option('--format <format>', 'table, json, csv or xlsx (a workbook: with --output, or piped)', 'table')
    .option('--json', 'shorthand for --format json (see README, "JSON output")')
    .option('--events', 'with --format csv: one row per cash event instead of per day')
    .option('--bom', 'with --format csv: start with a UTF-8 byte-order mark, for Excel')
    .option('--output <file>', 'write the report to this file (atomically) instead of standard output')
    .option('--chart', 'draw the daily balance in the terminal')
    .option('--chart-svg <file>', 'write the balance chart as a standalone SVG file')
    .option('--scenarios <days>', 'stress: the forecast again with every open invoice paid this many days later, e.g. 0,30,60,90')
    .option('--simulate <runs>', 'the odds of running short over this many simulated runs of client payments, e.g. 10000')
    .option('--seed <n>', 'seed of the simulation: the same seed gives the same odds', '1')
    .option('--fail-on-shortfall', 'exit with code 1 when any shortfall window exists')
    .addHelpText(
      'after',
      `
Examples:
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --as-of 2026-12-01 --json
  $ cashflow forecast --format csv --output balance.csv        # inputs from cashflow.config.json
  $ cashflow forecast --format xlsx --output forecast.xlsx      # Days, Events and Windows sheets
  $ cashflow forecast invoices.csv --expenses expenses.csv --scenarios 0,30,60 --simulate 10000 --chart`,
    )
    .action(async (invoicesPath: string | undefined, flags: ForecastFlags, self: Command) => {
      const merged = await withConfig(self, flags, invoicesPath, io);
      setExit(await runForecast(merged.invoicesPath, merged.flags, io, self));
    });
}

/** --scenarios and --simulate/--seed, checked before any file is read. */
function stressFlags(flags: ForecastFlags): { scenarios?: number[]; runs?: number; seed: number } {
  return {
    ...(flags.scenarios === undefined
      ? {}
      : { scenarios: flags.scenarios.split(',').map((part) => wholeNumberFlag('--scenarios', part, { min: 0, max: 3650 })) }),
    ...(flags.simulate === undefined ? {} : { runs: wholeNumberFlag('--simulate', flags.simulate, { min: 1, max: 1_000_000 }) }),
    seed: wholeNumberFlag('--seed', flags.seed ?? '1', { min: 0, max: 2 ** 31 - 1 }),
  };
}

function formatOf(flags: ForecastFlags): 'table' | 'json' | 'csv' | 'xlsx' {
  if (flags.json === true) return 'json';
  const format = flags.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv' && format !== 'xlsx')
    throw flagValueError(`--format "${format}"`, ref('notAReportFormat'), ref('reportFormatHint'));
  return format;
}

async function runForecast(invoicesPath: string, flags: ForecastFlags, io: CliIo, command: Command): Promise<ExitCode> {
  const format = formatOf(flags);
  // Before any file is read: the warning stands even when the run fails on its input.
  const style = renderStyleOf(io, flags);
  const idle = idleFlagWarnings(command, format, flags, style.lang);
  const prefix = INPUT_ISSUES[style.lang].warningPrefix();
  if (idle.length > 0) io.stderr(idle.map((line) => `${prefix}${line}\n`).join(''));
  if (format === 'xlsx') checkWorkbookDestination(io, flags.output, 'cashflow forecast … --format xlsx');
  const stress = stressFlags(flags);
  // No local holds the run: while the report is written, a large file's invoices (its columns, a million ids) are
  // garbage, not ~80 MB kept alive by a suspended function's frame.
  const report = reportOfRun(await loadRun(invoicesPath, flags, io), stress, flags);
  warnAboutBalance(report, io, { stale: true }, style.lang);
  const failOn = flags.failOnShortfall === true ? 'any-window' : 'never';
  if (flags.chartSvg !== undefined) await writeOutput(flags.chartSvg, RENDERERS.svg(report, style), io.inputs, '--chart-svg');
  if (format === 'xlsx') {
    await writeWorkbook(report, flags.output, io, style);
    return exitCodeOf(report, failOn);
  }
  if (format === 'json') {
    // Written piece by piece: the JSON of a large file's events is tens of megabytes.
    if (flags.output !== undefined) await writeOutput(flags.output, renderJsonChunks(report), io.inputs);
    else for (const chunk of renderJsonChunks(report)) await io.stdout(chunk);
    return exitCodeOf(report, failOn);
  }
  // Only a CSV gets the BOM: it would break JSON for jq, and a table is not opened in Excel. So "bom": true in the
  // config leaves the other formats alone. Written piece by piece too: a large file's table or CSV of events is tens
  // of megabytes.
  const pieces = format === 'csv' ? csvPieces(report, style, flags.bom === true) : tablePieces(report, style, flags.chart === true);
  if (flags.output !== undefined) await writeOutput(flags.output, pieces, io.inputs);
  else for (const piece of pieces) await io.stdout(piece);
  return exitCodeOf(report, failOn);
}

function reportOfRun(run: LoadedRun, stress: ReturnType<typeof stressFlags>, flags: ForecastFlags): CashflowReport {
  return buildReport(run, run.options, run.catalogue, {
    scenarios: stress.scenarios,
    simulation: stress.runs === undefined ? undefined : { runs: stress.runs, seed: stress.seed, band: flags.chart === true || flags.chartSvg !== undefined },
  });
}

function* csvPieces(report: CashflowReport, style: RenderStyle, bom: boolean): Generator<string> {
  if (bom) yield UTF8_BOM;
  yield* renderCsvChunks(report, style.events, style.headingLang);
}

function* tablePieces(report: CashflowReport, style: RenderStyle, chart: boolean): Generator<string> {
  yield* renderTableChunks(report, style);
  if (chart) yield `\n${RENDERERS.chart(report, style)}`;
}
