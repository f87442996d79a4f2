import { formatDay, dayFromParts } from '../domain/day.js';
import { EXIT } from './exit-codes.js';
import { runCli } from './run-cli.js';

// The I/O shell: the only code that reads the real clock, environment and streams.
function localToday(): string {
  const now = new Date();
  return formatDay(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}

// A reader that closes the pipe early (`cashflow … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (text === '' || process.stdout.write(text)) return undefined;
    // A pipe whose reader is slower than us: wait for it, rather than queue the rest of a large report in memory.
    return new Promise<void>((resolve) => { process.stdout.once('drain', () => resolve()); });
  },
  stderr: (text) => { if (text !== '') process.stderr.write(text); },
  stdoutIsTty: process.stdout.isTTY === true,
  columns: process.stdout.columns ?? 80,
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  env: process.env,
  today: localToday(),
}).then((code) => { process.exitCode = code; });
