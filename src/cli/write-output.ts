import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './user-errors.js';

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then renamed over it, so a reader never
 * sees half a report and a failed write leaves nothing behind. Refuses to write over any of `inputs`.
 */
export async function writeOutput(path: string, text: string, inputs: readonly (string | undefined)[]): Promise<void> {
  const target = resolve(path);
  if (inputs.some((input) => input !== undefined && input !== '-' && resolve(input) === target)) {
    throw new UsageError(`--output "${path}" is one of the input files`, 'write the report to another file; cashflow never overwrites its inputs');
  }
  // The process id keeps two concurrent runs apart ('wx' refuses a name that exists); node:crypto would cost
  // ~8 ms of start-up for a random name.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`--output "${path}" could not be written (${code})`, 'check that the folder exists and is writable, and that the path is not a folder');
  }
}
