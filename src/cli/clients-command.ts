import type { Command } from 'commander';
import { RENDERERS } from '../render/renderers.js';
import { buildReport } from '../report/build-report.js';
import { withConfig } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { addBankOption } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import type { RawReadFlags } from './read-flags.js';
import { addReadOptions } from './read-flags.js';
import { renderStyleOf } from './render-style.js';

/** Registers `cashflow clients`: how each client has paid, learned from the paid invoices. */
export function addClientsCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('clients')
    .description('how late each client pays: days to pay and lateness per client, from the paid invoices')
    .argument('[invoices]', 'invoices CSV (- for standard input; default: "invoices" in the config file)')
    .option('--config <file>', 'settings file (default: ./cashflow.config.json when it exists)')
    .option('--as-of <date>', 'the day open invoices are judged overdue on, YYYY-MM-DD (default: today)')
    .option('--delay <days>', 'the default delay of the forecast, for the overdue count', '30')
    .option('--overdue-grace <days>', 'as in forecast', '14')
    .option('--min-history <n>', 'paid invoices a client needs before the forecast uses its own median', '3')
    .option('--currency <code>', 'currency of the amounts', 'KRW')
    .option('--json', 'print the table as JSON')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)');
  addReadOptions(addBankOption(command))
    .addHelpText(
      'after',
      `
Examples:
  $ cashflow clients invoices.csv
  $ cashflow clients invoices.csv --as-of 2026-12-01 --json | jq '.clients[] | {client, learnedDelayDays}'`,
    )
    .action(async (path: string | undefined, raw: Omit<RawForecastFlags, 'buffer' | 'days'> & RawReadFlags, self: Command) => {
      const { flags, invoicesPath } = await withConfig(self, raw, path, io);
      // Histories need no horizon, balance or exchange rates: a one-day report of dates is the cheapest that holds them.
      const run = await loadRun(invoicesPath, { ...flags, buffer: '0', days: '1', datesOnly: true }, io);
      const report = buildReport(run, run.options, run.catalogue);
      await io.stdout(RENDERERS[flags.json === true ? 'clients-json' : 'clients'](report, renderStyleOf(io, flags)));
      setExit(EXIT.ok);
    });
}
