import type { Command } from 'commander';
import { ref } from '../read/issue-words.js';
import { renderReconcileJson } from '../render/reconcile-json.js';
import { renderReconcileTable } from '../render/reconcile-table.js';
import { withConfig } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { addBankOption } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import type { RawReadFlags } from './read-flags.js';
import { addReadOptions } from './read-flags.js';
import type { RawReconcileFlags } from './reconcile-flags.js';
import { renderStyleOf } from './render-style.js';
import { usageError } from './user-errors.js';
import { writePaidDates } from './write-paid-dates.js';

type RawFlags = Omit<RawForecastFlags, 'buffer' | 'days'> & RawReadFlags & RawReconcileFlags & { write?: boolean };

/** Registers `cashflow reconcile`: the statement's deposits matched to the invoices, one to one, never guessed. */
export function addReconcileCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('reconcile')
    .description('match the bank statement to the invoices: what was paid, part paid, to review, unexplained, past due')
    .argument('[invoices]', 'invoices CSV or workbook (default: "invoices" in the config file)')
    .option('--config <file>', 'settings file (default: ./cashflow.config.json when it exists)')
    .option('--as-of <date>', 'today, for which invoices are past due (default: today)')
    .option('--delay <days>', 'the default delay of the forecast: when an invoice without a history is expected', '30')
    .option('--overdue-grace <days>', 'as in forecast', '14')
    .option('--min-history <n>', 'paid invoices a client needs before its own median delay counts', '3')
    .option('--currency <code>', 'currency of the amounts', 'KRW')
    .option('--json', 'print the result as JSON')
    .option('--write', 'fill the empty paid cells of the invoices CSV with the matched dates (a backup is kept)')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)');
  addReadOptions(addBankOption(command))
    .addHelpText(
      'after',
      `
A deposit is matched when exactly one reading fits: the payer's name (cut-off names, (주)/주식회사 and the config's
"aliases" count), the amount (the invoice's net, short by at most --fee-tolerance; converted invoices within
--fx-tolerance), a day on or after the invoice. Anything with two readings is listed to review, never guessed.

Examples:
  $ cashflow reconcile invoices.csv --bank kb.xls
  $ cashflow reconcile --bank nh.csv --json | jq '.review'
  $ cashflow reconcile invoices.csv --bank nh.csv --write`,
    )
    .action(async (path: string | undefined, raw: RawFlags, self: Command) => {
      const { flags, invoicesPath } = await withConfig(self, raw, path, io);
      const style = renderStyleOf(io, flags);
      if ((flags.bank ?? []).length === 0) throw usageError(ref('reconcileNeedsBank'), ref('bankHint', '--bank'));
      const run = await loadRun(invoicesPath, { ...flags, buffer: '0', days: '1', reviewListed: true }, io);
      const report = run.reconciliation!;
      // The file is written first: a --write that cannot be done stops the run before anything is printed.
      const written = flags.write === true ? await writePaidDates(invoicesPath, report, run.readSettings, run.encoding, style.lang) : '';
      await io.stdout(flags.json === true ? renderReconcileJson(report) : renderReconcileTable(report, style.chalk, style.lang));
      io.stderr(written);
      setExit(EXIT.ok);
    });
}
