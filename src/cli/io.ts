import type { FileIdentity, InputFiles } from '../read/input-files.js';
import type { StdinReader } from '../read/load-text.js';

/** What the shell (main.ts, or a test) gives runCli: the outside world, injected so tests can pin it. */
export interface ShellIo {
  /**
   * Writes to standard output; the promise, when there is one, settles once a slow reader has taken it in, and
   * rejects with an OutputError when standard output cannot take it (a full disk, a closed pipe).
   */
  readonly stdout: (text: string) => void | Promise<void>;
  /** Writes bytes to standard output (a workbook piped on), as `stdout` writes text; absent in shells that never need to. */
  readonly stdoutBytes?: ((bytes: Uint8Array) => void | Promise<void>) | undefined;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTty: boolean;
  /** Width of the terminal, for charts (80 when unknown). */
  readonly columns: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for files named `-`: all of it, or `limit` + 1 bytes when it holds more. */
  readonly stdin: StdinReader;
  /** The file standard input was redirected from (`< invoices.csv`), when it is a regular file. */
  readonly stdinFile?: (() => FileIdentity | undefined) | undefined;
  /**
   * Asks on the terminal for a password, the typed text not shown: undefined when standard input or error is not a
   * terminal (then nothing is asked), or when nothing was typed. Absent in tests that never need it.
   */
  readonly askPassword?: ((prompt: string) => Promise<string | undefined>) | undefined;
  /**
   * Asks a question on the terminal and reads the line typed ('' for Enter alone; undefined on Ctrl-D or Ctrl-C).
   * Absent when standard input or error is not a terminal: a command that must ask then says what to run instead.
   */
  readonly askLine?: ((question: string) => Promise<string | undefined>) | undefined;
  /** Today's local date as YYYY-MM-DD: the default for --as-of, read from the clock only by the shell. */
  readonly today: string;
}

/** What a command may touch: the shell's io, and the files this run has read (a new set for every runCli call). */
export interface CliIo extends ShellIo {
  readonly inputs: InputFiles;
}
