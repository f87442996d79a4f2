import type { InputIssue } from '../read/input-issue.js';
import { safeText } from './safe-text.js';

/** `file:line:column: field "value" — what is wrong; how to fix it`, with the user's text made safe to print. */
export function formatIssue(issue: InputIssue): string {
  if (issue.path !== undefined) {
    const line = `${safeText(issue.file)}: ${safeText(issue.path)}: ${issue.problem}; ${issue.hint}`;
    return issue.severity === 'warning' ? `warning: ${line}` : line;
  }
  const where = `${safeText(issue.file)}:${issue.line ?? 1}:${issue.column ?? 1}`;
  const subject = issue.field === undefined
    ? 'file'
    : issue.value === undefined ? `column "${safeText(issue.field)}"` : `${safeText(issue.field)} "${safeText(issue.value)}"`;
  const line = `${where}: ${subject} ${issue.problem}; ${issue.hint}`;
  return issue.severity === 'warning' ? `warning: ${line}` : line;
}

/** Every issue as a line, errors capped at `limit` with a count of the rest so a broken file stays readable. */
export function formatIssues(issues: readonly InputIssue[], limit = 50): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const lines = [...warnings, ...errors.slice(0, limit)].map(formatIssue);
  if (errors.length > limit) lines.push(`… and ${errors.length - limit} more errors`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
