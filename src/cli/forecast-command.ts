import type { Command } from 'commander';
import { bridgeForecast } from '../bridge/bridge-forecast.js';
import { buildForecast } from '../forecast/forecast-report.js';
import type { ForecastOptions } from '../forecast/options.js';
import { renderJson } from '../render/json-report.js';
import { renderTable } from '../render/table-report.js';
import { chooseChalk } from './color.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import { UsageError } from './user-errors.js';
import { stressScenarios } from '../bridge/scenarios.js';
import { simulatedLines } from '../bridge/simulated-lines.js';
import { simulate } from '../forecast/simulation.js';
import type { ForecastExtras } from '../render/stress-json.js';
import type { RawReadFlags } from './read-flags.js';
import { addReadOptions } from './read-flags.js';

/** Registers `cashflow forecast`; `setExit` receives the command's exit code. */
export function addForecastCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('forecast')
    .description('project the bank balance day by day and find every shortfall window')
    .argument('<invoices>', 'invoices CSV (- for standard input): id, client, amount, issued[, due, paid, currency, repeat, until, withholding, vat]')
    .option('--expenses <file>', 'expenses CSV: date, amount, description[, category, repeat, until]')
    .option('--balance <amount>', 'bank balance at the start of the as-of day (default: 0, and the report says so)')
    .option('--as-of <date>', 'first day of the forecast, YYYY-MM-DD (default: today)')
    .option('--days <n>', 'number of days to forecast', '90')
    .option('--buffer <amount>', 'a day ending below this balance is a shortfall day', '0')
    .option('--delay <days>', 'assume clients pay this many days after issuing, unless the due date is later', '30')
    .option('--overdue-grace <days>', 'expect an overdue invoice this many days after the as-of date', '14')
    .option('--scenarios <days>', 'stress: the forecast again with every open invoice paid this many days later, e.g. 0,30,60,90')
    .option('--simulate <runs>', 'the odds of running short over this many simulated runs of client payments, e.g. 10000')
    .option('--seed <n>', 'seed of the simulation: the same seed gives the same odds', '1')
    .option('--min-history <n>', 'clients with this many paid invoices are expected to pay after their median days-to-pay', '3')
    .option('--currency <code>', 'currency of the balance and every amount', 'KRW')
    .option('--bridges <file>', 'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults"')
    .option('--daily', 'list every day instead of the cash events')
    .option('--json', 'print the report as one JSON document (see README, "JSON output")')
    .option('--fail-on-shortfall', 'exit with code 1 when any shortfall window exists')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)');
  addReadOptions(command)
    .addHelpText('after', `
Examples:
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --as-of 2026-12-01 --json
  $ cashflow forecast invoices.csv --currency USD --balance 2500.00 --buffer 500 --fail-on-shortfall
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --scenarios 0,30,60 --simulate 10000`)
    .action(async (invoicesPath: string, flags: RawForecastFlags & RawReadFlags & { scenarios?: string; simulate?: string; seed?: string }) => {
      setExit(await runForecast(invoicesPath, flags, io));
    });
}

/** --scenarios and --simulate/--seed, checked before any file is read. */
function stressFlags(flags: { scenarios?: string; simulate?: string; seed?: string }): { scenarios?: number[]; runs?: number; seed: number } {
  const whole = (flag: string, text: string, max: number) => {
    if (!/^\d+$/.test(text.trim()) || Number(text) > max) throw new UsageError(`${flag} "${text}" is not a whole number up to ${max.toLocaleString('en-US')}`, 'see cashflow forecast --help');
    return Number(text);
  };
  return {
    ...(flags.scenarios === undefined ? {} : { scenarios: flags.scenarios.split(',').map((part) => whole('--scenarios', part, 3650)) }),
    ...(flags.simulate === undefined ? {} : { runs: Math.max(1, whole('--simulate', flags.simulate, 1_000_000)) }),
    seed: whole('--seed', flags.seed ?? '1', 2 ** 31 - 1),
  };
}

async function runForecast(invoicesPath: string, flags: RawForecastFlags & RawReadFlags & { scenarios?: string; simulate?: string; seed?: string }, io: CliIo): Promise<ExitCode> {
  const stress = stressFlags(flags);
  const { options, invoices, expenses, catalogue } = await loadRun(invoicesPath, flags, io);
  const report = buildForecast(invoices, expenses, options);
  const bridges = bridgeForecast(report, { catalogue });
  const extras: ForecastExtras = {
    scenarios: stress.scenarios === undefined ? undefined : stressScenarios(invoices, expenses, options, { catalogue }, stress.scenarios),
    simulation: stress.runs === undefined ? undefined : simulate(invoices, expenses, options, {
      runs: stress.runs, seed: stress.seed, minHistory: options.minHistory ?? 3, windows: report.shortfalls,
      lines: simulatedLines(catalogue, options.currency),
    }),
  };
  if (flags.json === true) {
    io.stdout(renderJson(report, bridges, extras));
  } else {
    io.stdout(renderTable(report, { chalk: chooseChalk(flags.color, io.stdoutIsTty, io.env), daily: flags.daily === true, bridges, extras }));
  }
  return flags.failOnShortfall === true && report.shortfalls.length > 0 ? EXIT.shortfall : EXIT.ok;
}
