import type { InputIssue } from '../read/input-issue.js';

/** Problems in the user's files: reported together as `file:line:column` lines, exit 2, no stack. */
export class InputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(`${issues.length} input problem(s)`);
    this.name = 'InputError';
  }
}

/** A wrong flag or argument: one line with the fix, exit 2, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
