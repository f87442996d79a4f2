import type { Command } from 'commander';
import { bridgeForecast } from '../bridge/bridge-forecast.js';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import { buildForecast } from '../forecast/forecast-report.js';
import { optionLabel } from '../render/bridge-table.js';
import { withConfig } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { RawForecastFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadRun } from './load-run.js';
import type { RawReadFlags } from './read-flags.js';
import { addForecastOptions } from './read-flags.js';
import { UsageError } from './user-errors.js';

/**
 * Registers `cashflow check`, for cron: silent with exit 0 when no shortfall starts within --within days;
 * otherwise one line per window (date, gap, cheapest plan and its cost) and exit 1; exit 2 on bad input.
 */
export function addCheckCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('check')
    .description('for scripts and cron: exit 1 with one line per window when a shortfall starts soon, else stay silent')
    .argument('[invoices]', 'invoices CSV (default: "invoices" in the config file)');
  addForecastOptions(command)
    .option('--within <days>', 'only windows that start within this many days count (default: the whole horizon)')
    .addHelpText('after', `
Examples:
  $ cashflow check invoices.csv --expenses expenses.csv --balance 1500000 --within 30
  $ cashflow check || notify-send "cash runs short soon"      # inputs from cashflow.config.json
  0 8 * * 1  cd ~/books && cashflow check --within 30 | mail -E -s "cashflow" me@example.com`)
    .action(async (path: string | undefined, raw: RawForecastFlags & RawReadFlags & { within?: string }, self: Command) => {
      const { flags, invoicesPath } = await withConfig(self, raw, path, io);
      if (flags.within !== undefined && !/^\d+$/.test(flags.within)) throw new UsageError(`--within "${flags.within}" is not a whole number of days`, 'e.g. --within 30');
      const { options, invoices, expenses, catalogue } = await loadRun(invoicesPath, flags, io);
      const within = flags.within === undefined ? options.days : Number(flags.within);
      const report = buildForecast(invoices, expenses, options);
      const soon = bridgeForecast(report, { catalogue }).filter((bridge) => bridge.window.start < options.asOf + within);
      if (soon.length === 0) {
        setExit(EXIT.ok);
        return;
      }
      const { currency } = options;
      io.stdout(soon.map(({ window, plan }) => {
        const what = `${formatDay(window.start)} short ${formatMoney(window.peakGap, currency)} for ${window.days} days`;
        if (plan === undefined) return `${what}, structural: no loan fixes this`;
        const parts = plan.parts.map((part) => optionLabel(part.option, part.invoiceId)).join(' + ');
        return plan.parts.length === 0 ? `${what}, covered by an earlier plan`
          : `${what}; cheapest: ${parts}, ${formatMoney(plan.totalCost, currency)}${plan.residualGap > 0 ? `, still short ${formatMoney(plan.residualGap, currency)}` : ''}`;
      }).join('\n') + '\n');
      setExit(EXIT.shortfall);
    });
}
