import { say } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import type { InputMessages } from '../i18n/messages/input-messages.js';
import { INPUT_MESSAGES } from '../i18n/messages/input-messages.js';
import { columnLetters, sheetPrefix } from '../read/cell-ref.js';
import { excerpt } from '../read/excerpt.js';
import type { InputIssue } from '../read/input-issue.js';
import { TOP_LEVEL } from '../read/json-path.js';
import { safeText } from './safe-text.js';

/**
 * `file:line:column: field "value" — what is wrong; how to fix it`. Every part is made safe to print, since the
 * messages quote the user's text (cells, headings, config keys and values, catalogue values); the quoted cell,
 * heading and key are cut to an excerpt. `lang` words the frame, and the problem and hint of an issue that carries
 * message references; one without them says its English problem and hint, joined the English way.
 */
export function formatIssue(issue: InputIssue): string {
  return formatIssueIn(issue, 'en');
}

/** formatIssue with the frame in `lang`. */
export function formatIssueIn(issue: InputIssue, lang: Lang): string {
  const words = INPUT_ISSUES[lang];
  const quoted = (text: string) => safeText(excerpt(text));
  const joins = issue.message === undefined || issue.hintMessage === undefined ? INPUT_ISSUES.en : words;
  const tail = joins.withHint(
    safeText(problemIn(issue, lang)),
    safeText(issue.hintMessage === undefined ? issue.hint : say<InputMessages>(INPUT_MESSAGES, lang, issue.hintMessage)),
  );
  let line: string;
  if (issue.path !== undefined) {
    const path = issue.path === TOP_LEVEL ? words.topLevel() : quoted(issue.path);
    line = `${safeText(issue.file)}: ${path}: ${tail}`;
  } else {
    const where = locationOf(issue);
    const subject =
      issue.field === undefined
        ? words.wholeFile()
        : issue.value === undefined
          ? words.column(quoted(issue.field))
          : words.cell(quoted(issue.field), quoted(issue.value));
    line = `${where}: ${joins.afterSubject(subject, tail)}`;
  }
  return issue.severity === 'warning' ? `${words.warningPrefix()}${line}` : line;
}

/** The problem in `lang` when the issue carries its reference, else its English. */
function problemIn(issue: InputIssue, lang: Lang): string {
  if (issue.message === undefined) return issue.problem;
  const problem = say<InputMessages>(INPUT_MESSAGES, lang, issue.message);
  return issue.rowSkipped === true ? INPUT_ISSUES[lang].rowSkipped(problem) : problem;
}

/**
 * Every issue as a line, warnings first: at most `limit` warnings and `limit` errors, each kind followed by a count
 * of the rest, so a broken file (or one with ten thousand unknown columns) stays readable.
 */
export function formatIssues(issues: readonly InputIssue[], lang: Lang = 'en', limit = 50): string {
  const lines: string[] = [];
  for (const severity of ['warning', 'error'] as const) {
    const kind = issues.filter((issue) => issue.severity === severity);
    for (const issue of kind.slice(0, limit)) lines.push(formatIssueIn(issue, lang));
    if (kind.length > limit) lines.push(INPUT_ISSUES[lang].more(kind.length - limit, severity));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** `file:line:column`, or for a workbook the cell: `kb.xlsx!B7`, `book.xlsx!'Sheet 2'!B7`. */
function locationOf(issue: InputIssue): string {
  const file = safeText(issue.file);
  if (issue.sheet === undefined) return `${file}:${issue.line ?? 1}:${issue.column ?? 1}`;
  return `${file}!${safeText(sheetPrefix(issue.sheet))}${columnLetters(issue.column ?? 1)}${issue.line ?? 1}`;
}
