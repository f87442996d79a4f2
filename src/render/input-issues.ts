import { excerpt } from '../read/excerpt.js';
import type { InputIssue } from '../read/input-issue.js';
import { safeText } from './safe-text.js';

/**
 * `file:line:column: field "value" — what is wrong; how to fix it`. Every part is made safe to print, since the
 * messages quote the user's text (cells, headings, config keys and values, catalogue values); the quoted cell,
 * heading and key are cut to an excerpt.
 */
export function formatIssue(issue: InputIssue): string {
  const quoted = (text: string) => safeText(excerpt(text));
  const tail = `${safeText(issue.problem)}; ${safeText(issue.hint)}`;
  let line: string;
  if (issue.path !== undefined) {
    line = `${safeText(issue.file)}: ${quoted(issue.path)}: ${tail}`;
  } else {
    const where = `${safeText(issue.file)}:${issue.line ?? 1}:${issue.column ?? 1}`;
    const subject =
      issue.field === undefined ? 'file' : issue.value === undefined ? `column "${quoted(issue.field)}"` : `${quoted(issue.field)} "${quoted(issue.value)}"`;
    line = `${where}: ${subject} ${tail}`;
  }
  return issue.severity === 'warning' ? `warning: ${line}` : line;
}

/**
 * Every issue as a line, warnings first: at most `limit` warnings and `limit` errors, each kind followed by a count
 * of the rest, so a broken file (or one with ten thousand unknown columns) stays readable.
 */
export function formatIssues(issues: readonly InputIssue[], limit = 50): string {
  const lines: string[] = [];
  for (const severity of ['warning', 'error'] as const) {
    const kind = issues.filter((issue) => issue.severity === severity);
    for (const issue of kind.slice(0, limit)) lines.push(formatIssue(issue));
    if (kind.length > limit) lines.push(`… and ${kind.length - limit} more ${severity}s`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
