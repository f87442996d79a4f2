import { fstatSync } from 'node:fs';
import { dayFromParts, formatDay } from '../domain/day.js';
import { askLineOnTerminal } from './ask-line.js';
import { OutputError } from './output-error.js';
import { readStream } from './read-stream.js';
import { runCli } from './run-cli.js';
import { askOnTerminal } from './workbook-password.js';

// The I/O shell: the only code that reads the real clock, environment and streams.
function localToday(): string {
  const now = new Date();
  return formatDay(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}

// Each write to standard output hears of its own failure through its callback, and runCli turns that into the exit
// code; the 'error' event that follows would otherwise end the process with a stack and exit 1 ("shortfall").
process.stdout.on('error', () => undefined);
// A failed write to standard error has nowhere left to be reported; the exit code still says how the run went.
process.stderr.on('error', () => undefined);

// The promise settles once the text is handed to the system, so a slow reader (a pipe) is waited for rather
// than the rest of a large report queued in memory.
const toStdout = (text: string | Uint8Array) =>
  text.length === 0
    ? undefined
    : new Promise<void>((resolve, reject) => {
        process.stdout.write(text, (error) => (error ? reject(new OutputError(error)) : resolve()));
      });

void runCli(process.argv.slice(2), {
  stdout: toStdout,
  stdoutBytes: toStdout,
  stderr: (text) => {
    if (text !== '') process.stderr.write(text);
  },
  stdoutIsTty: process.stdout.isTTY === true,
  columns: process.stdout.columns ?? 0,
  stdin: (limit) => readStream(process.stdin, limit),
  stdinFile: () => {
    try {
      const info = fstatSync(0, { bigint: true });
      return info.isFile() ? info : undefined;
    } catch {
      return undefined; // no standard input at all (a closed descriptor): nothing to protect
    }
  },
  env: process.env,
  askPassword: askOnTerminal,
  // Standard error first: when it is not a terminal (a script, a pipe), the stdin stream (~1 ms) is never made.
  askLine: process.stderr.isTTY === true && process.stdin.isTTY === true ? askLineOnTerminal : undefined,
  today: localToday(),
}).then((code) => {
  process.exitCode = code;
});
