/** What a command may touch of the outside world, injected so tests can pin it. */
export interface CliIo {
  /** Writes to standard output; the promise, when there is one, settles once a slow reader has taken it in. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTty: boolean;
  /** Width of the terminal, for charts (80 when unknown). */
  readonly columns: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** All of standard input, for files named `-`. */
  readonly stdin: () => Promise<Uint8Array>;
  /** Today's local date as YYYY-MM-DD: the default for --as-of, read from the clock only by the shell. */
  readonly today: string;
}
