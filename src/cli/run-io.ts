import { InputFiles } from '../read/input-files.js';
import type { CliIo, ShellIo } from './io.js';

/**
 * The io of one run: the shell's, with a fresh set of input files, and every write to standard output followed
 * — awaited or not — so that `written()` can say, once the command is done, whether all of it went out.
 */
export function startRun(shell: ShellIo): { io: CliIo; written: () => Promise<void> } {
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  const stdout = (text: string): void | Promise<void> => {
    const writing = shell.stdout(text);
    if (writing === undefined) return undefined;
    pending.add(writing);
    // Handled here, so that a failed write nobody awaits is reported as the run's outcome, not as a crash.
    writing.then(
      () => pending.delete(writing),
      (error: unknown) => {
        failure ??= error;
        pending.delete(writing);
      },
    );
    return writing;
  };
  return {
    io: { ...shell, stdout, inputs: new InputFiles() },
    written: async () => {
      await Promise.allSettled([...pending]);
      if (failure !== undefined) throw failure;
    },
  };
}
