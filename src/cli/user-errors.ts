import type { InputIssue } from '../read/input-issue.js';
import type { InputRef } from '../read/issue-words.js';
import { english } from '../read/issue-words.js';

/** Problems in the user's files: reported together as `file:line:column` lines, exit 2, no stack. */
export class InputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(`${issues.length} input problem(s)`);
    this.name = 'InputError';
  }
}

/**
 * A wrong flag or argument: one line with the fix, exit 2, no stack. `words`, when given, are the message and hint
 * as references, printed in the run's language (run-cli.ts); `message` and `hint` are their English.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly words?: { readonly subject?: string | undefined; readonly message: InputRef; readonly hint: InputRef },
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A UsageError that says `message` and `hint` in the run's language. */
export function usageError(message: InputRef, hint: InputRef): UsageError {
  return new UsageError(english(message), english(hint), { message, hint });
}

/**
 * A UsageError about a flag's value, `--withholding "60"`, which the message follows as a reader's problem follows
 * its cell (`--withholding "60" is above 50 %`; Korean puts a colon after the subject).
 */
export function flagValueError(subject: string, message: InputRef, hint: InputRef): UsageError {
  return new UsageError(`${subject} ${english(message)}`, english(hint), { subject, message, hint });
}
