import type { MessageRef } from '../i18n/catalogue.js';
import type { InputMessages } from '../i18n/messages/input-messages.js';

/**
 * A problem with the user's input, kept as data so that all of a run's problems can be reported
 * together as `file:line:column: field "value" — problem; hint`.
 */
export interface InputIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based line of the file where the record starts (CSV). */
  readonly line?: number | undefined;
  /** 1-based position of the field in the record (the spreadsheet column). */
  readonly column?: number | undefined;
  /**
   * Set when the file is a workbook (or an HTML table): `line` is then the sheet's row and `column` its column, and
   * the location prints as a cell, `kb.xlsx!B7`. The sheet's name, or '' for the sheet read by default (the first),
   * which the location leaves out.
   */
  readonly sheet?: string | undefined;
  /** Where in a JSON document the problem is, e.g. `options[2].charges[0].annualRate`. */
  readonly path?: string | undefined;
  /** The column name as written in the header, when the problem is in one cell or column. */
  readonly field?: string | undefined;
  /** The text of the cell as written. */
  readonly value?: string | undefined;
  /** In English: what the JSON and the readers that compare issues see. */
  readonly problem: string;
  readonly hint: string;
  /**
   * The problem and hint as message references, which the frame prints in the run's language (formatIssueIn); an
   * issue without them prints its English problem and hint in every language (see src/i18n/README.md).
   */
  readonly message?: MessageRef<InputMessages> | undefined;
  readonly hintMessage?: MessageRef<InputMessages> | undefined;
  /** Set on a row's error that --skip-invalid turned into a warning (the English problem says so already). */
  readonly rowSkipped?: boolean | undefined;
  /** A problem with one row only: --skip-invalid may leave the row out and go on. */
  readonly rowOnly?: boolean | undefined;
}

/** The result of reading something: the values it held and every problem met on the way. */
export interface Read<T> {
  readonly values: T;
  readonly issues: readonly InputIssue[];
}

export function hasErrors(issues: readonly InputIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
