import type { Command } from 'commander';
import type { Ratio } from '../domain/ratio.js';
import { parseFxRates } from '../read/fx-rates.js';
import { bridgeForecast } from '../bridge/bridge-forecast.js';
import { chooseCatalogue } from '../bridge/catalogue-choice.js';
import { buildForecast } from '../forecast/forecast-report.js';
import type { ForecastOptions } from '../forecast/options.js';
import type { InputIssue } from '../read/input-issue.js';
import { loadText } from '../read/load-text.js';
import { loadCatalogue } from './load-catalogue.js';
import { formatIssues } from '../render/input-issues.js';
import { renderJson } from '../render/json-report.js';
import { renderTable } from '../render/table-report.js';
import { chooseChalk } from './color.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { forecastOptionsFromFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { InputError, UsageError } from './user-errors.js';
import { loadInputs } from './load-inputs.js';
import type { RawReadFlags } from './read-flags.js';
import { readSettingsFromFlags } from './read-flags.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `cashflow forecast`; `setExit` receives the command's exit code. */
export function addForecastCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  program
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
    .option('--currency <code>', 'currency of the balance and every amount', 'KRW')
    .option('--bridges <file>', 'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults"')
    .option('--daily', 'list every day instead of the cash events')
    .option('--json', 'print the report as one JSON document (see README, "JSON output")')
    .option('--fail-on-shortfall', 'exit with code 1 when any shortfall window exists')
    .option('--withholding <rate>', 'tax the client withholds from every invoice without a withholding cell, e.g. 3.3')
    .option('--fx <code=rate>', 'exchange rate into the forecast currency, e.g. USD=1390.5 (repeatable)', collect, [])
    .option('--fx-rates <file>', 'exchange rates as CSV: currency,rate')
    .option('--map <field=heading>', 'read a column under another heading, e.g. amount="Total (KRW)" (repeatable; prefix invoices. or expenses. for one file)', collect, [])
    .option('--encoding <name>', 'read the files as utf-8, utf-16le, utf-16be or cp949 (default: detected)')
    .option('--decimal-comma', 'amounts use a decimal comma: 1.234,56 (default: detected per column)')
    .option('--date-format <format>', 'how to read 01/12/2026: DD/MM/YYYY or MM/DD/YYYY')
    .option('--skip-invalid', 'leave out rows with problems (each reported on stderr) instead of stopping')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .addHelpText('after', `
Examples:
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000
  $ cashflow forecast invoices.csv --expenses expenses.csv --balance 1500000 --as-of 2026-12-01 --json
  $ cashflow forecast invoices.csv --currency USD --balance 2500.00 --buffer 500 --fail-on-shortfall`)
    .action(async (invoicesPath: string, flags: RawForecastFlags & RawReadFlags) => {
      setExit(await runForecast(invoicesPath, flags, io));
    });
}

async function runForecast(invoicesPath: string, flags: RawForecastFlags & RawReadFlags, io: CliIo): Promise<ExitCode> {
  if (invoicesPath === '-' && flags.expenses === '-') throw new UsageError('only one input can come from standard input (-)', 'save one of the two as a file');
  const options = forecastOptionsFromFlags(flags, io.today);
  const issues: InputIssue[] = [];
  const fxFile = flags.fxRates === undefined ? undefined : await loadFxRates(flags.fxRates, issues);
  const { settings, encoding } = readSettingsFromFlags(flags, options.currency, options.asOf, fxFile);
  const inputs = await loadInputs(invoicesPath, flags.expenses, settings, encoding, io.stdin);
  issues.push(...inputs.issues);
  const catalogue = flags.bridges === undefined ? undefined : await loadCatalogue(flags.bridges, options.currency, issues);
  const skippedRows = acceptIssues(issues, flags.skipInvalid === true, io);
  const report = buildForecast(inputs.invoices, inputs.expenses, { ...options, skippedRows });
  const bridges = bridgeForecast(report, { catalogue: chooseCatalogue(options.currency, catalogue) });
  if (flags.json === true) {
    io.stdout(renderJson(report, bridges));
  } else {
    io.stdout(renderTable(report, { chalk: chooseChalk(flags.color, io.stdoutIsTty, io.env), daily: flags.daily === true, bridges }));
  }
  return flags.failOnShortfall === true && report.shortfalls.length > 0 ? EXIT.shortfall : EXIT.ok;
}

/**
 * Decides what the input problems mean: errors stop the run (exit 2), unless --skip-invalid was given and every
 * error concerns one row — then those rows are left out, each reported on stderr, and their number returned.
 */
function acceptIssues(issues: readonly InputIssue[], skipInvalid: boolean, io: CliIo): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 && !(skipInvalid && errors.every((issue) => issue.rowOnly === true))) throw new InputError(issues);
  const asWarnings = issues.map((issue): InputIssue => (issue.severity === 'error' ? { ...issue, severity: 'warning', problem: `${issue.problem} (row skipped)` } : issue));
  io.stderr(formatIssues(asWarnings, Infinity));
  return new Set(errors.map((issue) => `${issue.file}:${issue.line}`)).size;
}

async function loadFxRates(path: string, issues: InputIssue[]): Promise<Map<string, Ratio>> {
  const text = await loadText(path);
  if ('issue' in text) {
    issues.push(text.issue);
    return new Map();
  }
  const read = parseFxRates(text.text, path);
  issues.push(...read.issues);
  return read.values;
}
