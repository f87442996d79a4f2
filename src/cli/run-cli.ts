import { Command, CommanderError } from 'commander';
import { AmountRangeError } from '../domain/money.js';
import { say } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { AMOUNT_RANGE } from '../i18n/messages/amount-range.js';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import { excerpt } from '../read/excerpt.js';
import { fileErrorText } from '../read/file-error.js';
import { ref, wordsIn } from '../read/issue-words.js';
import { formatIssues } from '../render/input-issues.js';
import { safeText } from '../render/safe-text.js';
import { addBridgesCommand } from './bridges-command.js';
import { formatBugReport, processBugFacts } from './bug-report.js';
import { addCheckCommand } from './check-command.js';
import { addClientsCommand } from './clients-command.js';
import { localizeCommanderErrors } from './commander-errors.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { addExpensesCommand } from './expenses-command.js';
import { addExportCommand } from './export-command.js';
import { addForecastCommand } from './forecast-command.js';
import { addInitCommand } from './init-command.js';
import type { CliIo, ShellIo } from './io.js';
import { addLangOption, runLang } from './lang-flag.js';
import { localizeHelp } from './localized-help.js';
import { OutputError } from './output-error.js';
import { addReconcileCommand } from './reconcile-command.js';
import { startRun } from './run-io.js';
import { InputError, UsageError } from './user-errors.js';

declare const __CASHFLOW_VERSION__: string | undefined;
const VERSION = typeof __CASHFLOW_VERSION__ === 'string' ? __CASHFLOW_VERSION__ : '0.0.0-dev';

/**
 * Runs the command line and returns the exit code. The one place that turns outcomes into exit codes:
 * commands return theirs, user errors (file system errors included) become 2 with a message, standard output
 * that cannot be written 74, and anything else is a bug.
 */
export async function runCli(argv: readonly string[], shell: ShellIo): Promise<ExitCode> {
  const { io, written } = startRun(shell);
  let code: ExitCode = EXIT.ok;
  const lang = await runLang(argv, io.env, io);
  const program = createProgram(io, (exit) => {
    code = exit;
  });
  addLangOption(program, lang);
  localizeHelp(program, lang);
  localizeCommanderErrors(program, lang);
  let outcome: ExitCode;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    outcome = code;
  } catch (error) {
    outcome = reportFailure(error, io, lang);
  }
  if (outcome !== EXIT.ok && outcome !== EXIT.shortfall) return outcome;
  // A write nobody awaited (help, a table) may have failed, and then the output the outcome speaks of is not there.
  try {
    await written();
  } catch (error) {
    return reportFailure(error, io, lang);
  }
  return outcome;
}

/** The program and its commands, in English; runCli adds --lang and puts the help in the run's language. */
export function createProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command()
    .name('cashflow')
    .description('Cash-flow forecaster for freelancers: when will the money run short, and what does bridging it really cost?')
    .version(VERSION)
    .exitOverride()
    // Commander's errors quote the arguments (`unknown option '…'`): made safe line by line, like every message.
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(text.split('\n').map(safeText).join('\n')) })
    .showHelpAfterError();
  addForecastCommand(program, io, setExit);
  addBridgesCommand(program, io, setExit);
  addClientsCommand(program, io, setExit);
  addCheckCommand(program, io, setExit);
  addReconcileCommand(program, io, setExit);
  addExportCommand(program, io, setExit);
  addInitCommand(program, io, setExit);
  addExpensesCommand(program, io, setExit);
  return program;
}

function reportFailure(error: unknown, io: CliIo, lang: Lang): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version end normally.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof InputError) {
    io.stderr(formatIssues(error.issues, lang));
    const errors = error.issues.filter((issue) => issue.severity === 'error').length;
    io.stderr(`cashflow: ${INPUT_ISSUES[lang].nothingForecast(errors)}\n`);
    return EXIT.input;
  }
  if (error instanceof UsageError) {
    // Usage errors quote flag values, which can come from the config file: escaped, and cut like a cell.
    const said = (text: string) => safeText(excerpt(text, 1000));
    const joins = INPUT_ISSUES[error.words === undefined ? 'en' : lang];
    const words = error.words === undefined ? undefined : { message: wordsIn(lang, error.words.message), hint: wordsIn(lang, error.words.hint) };
    if (words !== undefined && error.words?.subject !== undefined) words.message = joins.afterSubject(error.words.subject, words.message);
    io.stderr(`cashflow: ${joins.withHint(said(words?.message ?? error.message), said(words?.hint ?? error.hint))}\n`);
    return EXIT.input;
  }
  // By name too: a lazily loaded chunk (scripts/build.mjs) throws its own copy of the class.
  if (error instanceof AmountRangeError || (error instanceof Error && error.name === 'AmountRangeError')) {
    // The message names a file and row: user text. Worded in the run's language when it carries its words.
    const { hint, words } = error as AmountRangeError;
    const said =
      words === undefined ? { message: error.message, hint } : { message: say(AMOUNT_RANGE, lang, words.message), hint: say(AMOUNT_RANGE, lang, words.hint) };
    io.stderr(`cashflow: ${INPUT_ISSUES[words === undefined ? 'en' : lang].withHint(safeText(said.message), safeText(said.hint))}\n`);
    return EXIT.input;
  }
  if (error instanceof OutputError) {
    // A reader that closed the pipe early (`cashflow … | head`) has what it wanted.
    if (error.failure.code === 'EPIPE') return EXIT.ok;
    const known = fileErrorText(error.failure, lang);
    const why = known ?? { reason: error.failure.message, hint: wordsIn(lang, ref('stdoutFailedHint')) };
    io.stderr(`cashflow: ${INPUT_ISSUES[lang].withHint(wordsIn(lang, ref('stdoutFailed', why.reason)), why.hint)}\n`);
    return EXIT.output;
  }
  // A file system error no command turned into a message is still the user's environment, not a bug.
  const why = fileErrorText(error, lang);
  if (why !== undefined) {
    const { path } = error as NodeJS.ErrnoException;
    const failed = wordsIn(lang, ref('fileFailed', path === undefined ? undefined : safeText(excerpt(path, 1000)), why.reason));
    io.stderr(`cashflow: ${INPUT_ISSUES[lang].withHint(failed, why.hint)}\n`);
    return EXIT.input;
  }
  io.stderr(formatBugReport(error, processBugFacts(VERSION), lang));
  return EXIT.bug;
}
