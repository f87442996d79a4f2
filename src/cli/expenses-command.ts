import type { Command } from 'commander';
import { learnFromStatements } from '../forecast/learn-statements.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import type { InputIssue } from '../read/input-issue.js';
import { ref } from '../read/issue-words.js';
import { expenseRowOf, expensesCsv } from '../reconcile/expenses-csv.js';
import { formatIssues } from '../render/input-issues.js';
import { learnedExpensesJson } from '../render/learned-json.js';
import { jsonSafeText } from '../render/safe-text.js';
import { withConfig } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { forecastOptionsFromFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { chosenLang } from './lang-flag.js';
import { tooShortWarning } from './learned-inputs.js';
import { acceptIssues, loadFxRates } from './load-run.js';
import { loadStatements } from './load-statements.js';
import type { RawReadFlags } from './read-flags.js';
import { addReadOptions, readSettingsFromFlags } from './read-flags.js';
import { usageError } from './user-errors.js';
import { writeOutput } from './write-output.js';

type ExpensesFlags = RawReadFlags & {
  readonly fromBank?: readonly string[];
  readonly asOf?: string;
  readonly currency: string;
  readonly json?: boolean;
  readonly output?: string;
  readonly config?: string;
  readonly lang?: string;
};

/** Registers `cashflow expenses --from-bank FILE…`: the recurring expenses a statement shows, as an expenses CSV. */
export function addExpensesCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  const command = program
    .command('expenses')
    .description('learn the recurring expenses from bank statements: an expenses CSV cashflow reads, or --json')
    .option('--from-bank <files...>', 'bank statements to learn from (CSV, xlsx, xls; default: "bank" in the config)')
    .option('--as-of <date>', 'each expense is dated on its next payment on or after this day, YYYY-MM-DD (default: today)')
    .option('--currency <code>', 'currency of the amounts (a statement in another is converted with --fx)', 'KRW')
    .option('--json', 'print the recurring expenses and the everyday spending as JSON')
    .option('--output <file>', 'write the CSV (or JSON) to this file (atomically) instead of standard output')
    .option('--config <file>', 'settings file (default: ./cashflow.config.json when it exists)');
  addReadOptions(command)
    .addHelpText(
      'after',
      `
A series is three or more debits to one payee (체크카드, CMS, 자동이체, card digits and branches left out) on a
weekly, fortnightly, monthly, quarterly or yearly rhythm; its amount is the middle of the last three payments.

Examples:
  $ cashflow expenses --from-bank nh-2026.csv --as-of 2027-01-05 --output learned.csv
  $ cashflow forecast invoices.csv --expenses learned.csv --bank nh-2026.csv
  $ cashflow expenses --from-bank nh.csv kb.xls --json | jq '.recurring[] | {description, amount, date}'`,
    )
    .action(async (raw: ExpensesFlags, self: Command) => {
      const { flags } = await withConfig(self, raw, undefined, io, 'unused');
      setExit(await runExpenses(flags, io));
    });
}

async function runExpenses(flags: ExpensesFlags, io: CliIo): Promise<ExitCode> {
  const files = flags.fromBank ?? [];
  if (files.length === 0) throw usageError(ref('expensesNeedsBank'), ref('bankHint', '--from-bank'));
  // Only the currency and as-of matter here; the forecast's horizon and delays do not.
  const { currency, asOf } = forecastOptionsFromFlags({ ...flags, buffer: '0', days: '1', delay: '0', overdueGrace: '0', color: false }, io.today);
  const issues: InputIssue[] = [];
  const fxFile = flags.fxRates === undefined ? undefined : await loadFxRates(flags.fxRates, issues, io);
  const { settings, encoding } = readSettingsFromFlags(flags, currency, asOf, fxFile);
  const lang = chosenLang(flags) ?? langOfLocale(io.env);
  const statements = await loadStatements(files, settings, encoding, io, issues, lang);
  acceptIssues(issues, flags.skipInvalid === true, flags.quiet === true, io, lang);
  const learning = learnFromStatements(statements, currency, asOf);
  const { recurring } = learning.learned;
  if (recurring.length === 0 && flags.quiet !== true) io.stderr(formatIssues([tooShortWarning(statements, learning)], lang));
  const text =
    flags.json === true
      ? jsonSafeText(`${JSON.stringify(learnedExpensesJson(learning.learned, currency, asOf), null, 2)}\n`)
      : expensesCsv(recurring.map(expenseRowOf), currency, chosenLang(flags) ?? 'en');
  if (flags.output !== undefined) await writeOutput(flags.output, text, io.inputs);
  else await io.stdout(text);
  return EXIT.ok;
}
