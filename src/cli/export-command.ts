import type { Command } from 'commander';
import { ref } from '../read/issue-words.js';
import { UTF8_BOM } from '../render/csv-report.js';
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
import { flagValueError } from './user-errors.js';
import { writeOutput } from './write-output.js';
import { checkWorkbookDestination, writeWorkbook } from './write-workbook.js';

/** Registers `cashflow export --to ledger|xlsx`: the forecast as a plain-text accounting journal, or a workbook. */
export function addExportCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('export')
    .description('write the forecast as an hledger/ledger journal, or an xlsx workbook')
    .argument('[invoices]', 'invoices CSV (default: "invoices" in the config file)')
    .requiredOption('--to <format>', 'ledger (a journal read by hledger and ledger) or xlsx (a workbook: with --output, or piped)');
  addBalanceOptions(addForecastOptions(command))
    .option('--output <file>', 'write the journal or workbook to this file (atomically) instead of standard output')
    .option('--bom', 'start the journal with a UTF-8 byte-order mark, for tools on Windows that need one')
    .addHelpText(
      'after',
      `
Examples:
  $ cashflow export --to ledger invoices.csv --expenses expenses.csv --balance 1500000 > forecast.journal
  $ cashflow export --to ledger --as-of 2026-12-01 | hledger -f - balance assets:bank -D -H \\
      --forecast=2026-12-01..2027-03-01 -b 2026-12-01 -e 2027-03-01
  $ cashflow export --to xlsx --output forecast.xlsx`,
    )
    .action(
      async (
        path: string | undefined,
        raw: RawForecastFlags & RawReadFlags & { to: string; output?: string; config?: string; bom?: boolean },
        self: Command,
      ) => {
        const { flags, invoicesPath } = await withConfig(self, raw, path, io);
        if (flags.to !== 'ledger' && flags.to !== 'xlsx') throw flagValueError(`--to "${flags.to}"`, ref('notAnExportFormat'), ref('exportFormatHint'));
        if (flags.to === 'xlsx') checkWorkbookDestination(io, flags.output, 'cashflow export --to xlsx');
        const run = await loadRun(invoicesPath, flags, io);
        const report = buildReport(run, run.options, run.catalogue);
        const style = renderStyleOf(io, flags);
        warnAboutBalance(report, io, { stale: true }, style.lang);
        if (flags.to === 'xlsx') {
          await writeWorkbook(report, flags.output, io, style);
          setExit(exitCodeOf(report, 'never'));
          return;
        }
        const journal = (flags.bom === true ? UTF8_BOM : '') + RENDERERS.ledger(report, style);
        if (flags.output !== undefined) await writeOutput(flags.output, journal, io.inputs);
        else await io.stdout(journal);
        setExit(exitCodeOf(report, 'never'));
      },
    );
}
