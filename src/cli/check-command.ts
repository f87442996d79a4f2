import type { Command } from 'commander';
import { renderCheckJson } from '../render/check-json.js';
import { RENDERERS } from '../render/renderers.js';
import { buildReport } from '../report/build-report.js';
import { withConfig } from './apply-config.js';
import { warnAboutBalance } from './balance-warnings.js';
import type { ExitCode } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { addBalanceOptions } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import type { RawReadFlags } from './read-flags.js';
import { addForecastOptions } from './read-flags.js';
import { renderStyleOf } from './render-style.js';
import { exitCodeOf } from './report-exit-code.js';
import { wholeNumberFlag } from './whole-number-flag.js';

/**
 * Registers `cashflow check`, for cron: silent with exit 0 when no shortfall starts within --within days and the
 * balance is fresh; otherwise one line per window (date, gap, cheapest plan and its cost), a line for a stale
 * balance, and exit 1; exit 2 on bad input. `--json` prints one document either way; `--quiet` prints nothing.
 */
export function addCheckCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('check')
    .description('for scripts and cron: exit 1 with one line per window when a shortfall starts soon (or the balance is stale), else stay silent')
    .argument('[invoices]', 'invoices CSV (default: "invoices" in the config file)');
  addBalanceOptions(addForecastOptions(command))
    .option('--within <days>', 'only windows that start within this many days count (default: the whole horizon)')
    .option('--json', 'print { "version": 1, "summary": {...}, "attention": [...] }, also when all is well')
    .addHelpText(
      'after',
      `
Examples:
  $ cashflow check invoices.csv --expenses expenses.csv --balance 1500000 --within 30
  $ cashflow check || notify-send "cash runs short soon"      # inputs from cashflow.config.json
  0 8 * * 1  cd ~/books && cashflow check --within 30 | mail -E -s "cashflow" me@example.com
  $ cashflow check --json | jq '.attention[] | .message'
  $ cashflow check --quiet; echo $?       # 0 all well, 1 look at it, 2 bad input (errors still print)`,
    )
    .action(async (path: string | undefined, raw: RawForecastFlags & RawReadFlags & { within?: string; json?: boolean }, self: Command) => {
      const { flags, invoicesPath } = await withConfig(self, raw, path, io);
      // Checked before any file is read.
      const within = flags.within === undefined ? undefined : wholeNumberFlag('--within', flags.within, { min: 0, max: 3660 });
      const run = await loadRun(invoicesPath, flags, io);
      const report = buildReport(run, run.options, run.catalogue, { withinDays: within });
      // --quiet is for `if cashflow check --quiet`: the exit code says it all (input errors still print).
      if (flags.quiet !== true) {
        const style = renderStyleOf(io, flags);
        warnAboutBalance(report, io, { stale: false }, style.lang);
        // raw, not flags: the config's "format": "json" is the forecast's, and must not change what cron mails.
        await io.stdout(raw.json === true ? renderCheckJson(report) : RENDERERS.check(report, style));
      }
      setExit(exitCodeOf(report, 'soon-window'));
    });
}
