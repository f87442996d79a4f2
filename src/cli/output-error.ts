/** Standard output could not take what cashflow wrote (a full disk, a closed pipe): neither bad input nor a bug. */
export class OutputError extends Error {
  constructor(readonly failure: NodeJS.ErrnoException) {
    super(`standard output could not be written (${failure.code ?? failure.message})`);
    this.name = 'OutputError';
  }
}
