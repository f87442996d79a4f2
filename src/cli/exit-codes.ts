/** The process exit codes, in one place. Scripts depend on them; the README lists them. */
export const EXIT = {
  ok: 0,
  /** A shortfall exists and the user asked to fail on it. */
  shortfall: 1,
  /** The command line or an input file is wrong: the user can fix it. */
  input: 2,
  /** A bug in cashflow (EX_SOFTWARE from sysexits.h). */
  bug: 70,
  /** Standard output could not be written, e.g. it is a full disk (EX_IOERR from sysexits.h). */
  output: 74,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
