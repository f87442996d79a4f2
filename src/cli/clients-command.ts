import type { Command } from 'commander';
import { clientHistories } from '../forecast/client-history.js';
import { clientsJson, renderClients } from '../render/clients-report.js';
import { chooseChalk } from './color.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import { withConfig } from './apply-config.js';
import type { RawReadFlags } from './read-flags.js';
import { addReadOptions } from './read-flags.js';

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
  addReadOptions(command)
    .addHelpText('after', `
Examples:
  $ cashflow clients invoices.csv
  $ cashflow clients invoices.csv --as-of 2026-12-01 --json | jq '.clients[] | {client, learnedDelayDays}'`)
    .action(async (path: string | undefined, raw: Omit<RawForecastFlags, 'buffer' | 'days'> & RawReadFlags, self: Command) => {
      const { flags, invoicesPath } = await withConfig(self, raw, path, io);
      const { options, invoices } = await loadRun(invoicesPath, { ...flags, buffer: '0', days: '1' }, io);
      const histories = clientHistories(invoices, options);
      const minHistory = options.minHistory ?? 3;
      io.stdout(flags.json === true
        ? `${JSON.stringify(clientsJson(histories, options.asOf, minHistory), null, 2)}\n`
        : renderClients(histories, options.asOf, minHistory, chooseChalk(flags.color, io.stdoutIsTty, io.env)));
      setExit(EXIT.ok);
    });
}
