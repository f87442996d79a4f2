import { Command, CommanderError } from 'commander';
import { excerpt } from '../read/excerpt.js';
import { formatIssues } from '../render/input-issues.js';
import { safeText } from '../render/safe-text.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import { addBridgesCommand } from './bridges-command.js';
import { addCheckCommand } from './check-command.js';
import { addClientsCommand } from './clients-command.js';
import { addExportCommand } from './export-command.js';
import { addInitCommand } from './init-command.js';
import { addForecastCommand } from './forecast-command.js';
import type { CliIo } from './io.js';
import { InputError, UsageError } from './user-errors.js';

declare const __CASHFLOW_VERSION__: string | undefined;
const VERSION = typeof __CASHFLOW_VERSION__ === 'string' ? __CASHFLOW_VERSION__ : '0.0.0-dev';

/**
 * Runs the command line and returns the exit code. The one place that turns outcomes into exit codes:
 * commands return theirs, user errors become 2 with a message, and anything else is a bug.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command()
    .name('cashflow')
    .description('Cash-flow forecaster for freelancers: when will the money run short, and what does bridging it really cost?')
    .version(VERSION)
    .exitOverride()
    // Commander's errors quote the arguments (`unknown option '…'`): made safe line by line, like every message.
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(text.split('\n').map(safeText).join('\n')) })
    .showHelpAfterError('(run with --help for usage)');
  addForecastCommand(program, io, (exit) => { code = exit; });
  addBridgesCommand(program, io, (exit) => { code = exit; });
  addClientsCommand(program, io, (exit) => { code = exit; });
  addCheckCommand(program, io, (exit) => { code = exit; });
  addExportCommand(program, io, (exit) => { code = exit; });
  addInitCommand(program, io, (exit) => { code = exit; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version end normally.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  }
  if (error instanceof InputError) {
    io.stderr(formatIssues(error.issues));
    const errors = error.issues.filter((issue) => issue.severity === 'error').length;
    io.stderr(`cashflow: ${errors} input error${errors === 1 ? '' : 's'}; nothing was forecast.\n`);
    return EXIT.input;
  }
  if (error instanceof UsageError) {
    // Usage errors quote flag values, which can come from the config file: escaped, and cut like a cell.
    io.stderr(`cashflow: ${safeText(excerpt(error.message, 1000))}; ${safeText(excerpt(error.hint, 1000))}\n`);
    return EXIT.input;
  }
  const stack = error instanceof Error ? error.stack ?? error.message : String(error);
  io.stderr(`cashflow: internal error — this is a bug in cashflow, please report it with the command you ran.\n${stack}\n`);
  return EXIT.bug;
}
