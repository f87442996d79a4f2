import type { Command } from 'commander';
import { chooseCatalogue } from '../bridge/catalogue-choice.js';
import { catalogueIn, defaultCatalogueInput, typicalComment } from '../bridge/default-catalogues.js';
import { parseAmount } from '../domain/money.js';
import type { InputIssue } from '../read/input-issue.js';
import { hasErrors } from '../read/input-issue.js';
import { ref } from '../read/issue-words.js';
import { formatIssues } from '../render/input-issues.js';
import { renderWhatIf, renderWhatIfJson } from '../render/what-if-table.js';
import { buildWhatIf } from '../report/what-if-report.js';
import { withConfig } from './apply-config.js';
import { runSetup, SETUP_FILE } from './bridges-setup.js';
import { chooseChalk } from './color.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { forecastOptionsFromFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { loadCatalogue } from './load-catalogue.js';
import { renderStyleOf, tableWidthOf } from './render-style.js';
import { flagValueError, InputError, usageError } from './user-errors.js';
import { wholeNumberFlag } from './whole-number-flag.js';

interface BridgesFlags {
  readonly init?: boolean;
  readonly setup?: boolean;
  readonly amount?: string;
  readonly days: string;
  readonly asOf?: string;
  readonly bridges?: string;
  readonly currency: string;
  readonly json?: boolean;
  readonly color: boolean;
  readonly config?: string;
}

/** Registers `cashflow bridges`: the true-cost calculator, `--init` to start a catalogue of one's own, `--setup` to answer one. */
export function addBridgesCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  program
    .command('bridges')
    .description('what bridging an amount for some days really costs, option by option; or print the catalogue')
    .option('--init', 'print the default bridge catalogue as JSON, to save and edit')
    .option(
      '--setup',
      'on a terminal: asks which options you have, their limit, used amount and rate, and writes your catalogue (--bridges, else bridges.json)',
    )
    .option('--amount <amount>', 'cash needed')
    .option('--days <n>', 'for how many days', '30')
    .option('--as-of <date>', 'the day you decide, YYYY-MM-DD (default: today)')
    .option(
      '--bridges <file>',
      'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults" (default: "bridges" in the config)',
    )
    .option('--currency <code>', 'currency of the amount and the catalogue', 'KRW')
    .option('--json', 'print { "options": [...] } as JSON')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--config <file>', 'settings file (default: ./cashflow.config.json when it exists)')
    .addHelpText(
      'after',
      `
Each option is priced as if drawn as soon as it can be (as-of + its lead time) and held --days days.

Examples:
  $ cashflow bridges --amount 1000000 --days 30
  $ cashflow bridges --amount 2500.00 --days 14 --currency USD --json
  $ cashflow bridges --setup                  # answer, then: cashflow forecast … --bridges bridges.json
  $ cashflow bridges --init > bridges.json    # edit, then: cashflow forecast … --bridges bridges.json`,
    )
    .action(async (raw: BridgesFlags, self: Command) => {
      const { flags } = await withConfig(self, raw, undefined, io, 'unused');
      // The config's "days" is the forecast's horizon; here --days is how long an amount is held.
      setExit(await runBridges({ ...flags, days: raw.days }, io));
    });
}

// How long an amount can be held: as long as the longest forecast horizon.
const HOLD_DAYS = { min: 1, max: 3660 };

async function runBridges(flags: BridgesFlags, io: CliIo): Promise<ExitCode> {
  const days = wholeNumberFlag('--days', flags.days, HOLD_DAYS);
  // Only the currency and the as-of day are wanted: bridges prices an amount held `days`, it has no horizon.
  const options = forecastOptionsFromFlags(
    {
      ...flags,
      buffer: '0',
      delay: '0',
      overdueGrace: '0',
      days: '1',
    },
    io.today,
  );
  if (flags.init === true) {
    const builtIn = defaultCatalogueInput(options.currency);
    const lang = renderStyleOf(io, flags).lang;
    io.stdout(`${JSON.stringify({ $comment: typicalComment(builtIn, lang), ...catalogueIn(builtIn, lang) }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (flags.setup === true) {
    await runSetup(flags.bridges ?? SETUP_FILE, options.currency, io, renderStyleOf(io, flags).lang);
    return EXIT.ok;
  }
  if (flags.amount === undefined) throw usageError(ref('bridgesNeedsAmount'), ref('bridgesNeedsAmountHint'));
  const amount = parseAmount(flags.amount, options.currency);
  if (!amount.ok) throw flagValueError(`--amount "${flags.amount}"`, amount.reason, amount.hintReason);
  if (amount.minor <= 0) throw flagValueError(`--amount "${flags.amount}"`, ref('notAboveZero'), ref('cashNeededHint'));
  const issues: InputIssue[] = [];
  const user = flags.bridges === undefined ? undefined : await loadCatalogue(flags.bridges, options.currency, issues, io);
  if (hasErrors(issues)) throw new InputError(issues);
  io.stderr(formatIssues(issues, renderStyleOf(io, flags).lang));
  const catalogue = chooseCatalogue(options.currency, user);
  const report = buildWhatIf(catalogue, amount.minor, days, options.asOf, options.currency);
  await io.stdout(
    flags.json === true
      ? renderWhatIfJson(report)
      : renderWhatIf(report, chooseChalk(flags.color, io.stdoutIsTty, io.env), tableWidthOf(io), renderStyleOf(io, flags).lang),
  );
  return EXIT.ok;
}
