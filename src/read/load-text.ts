import { readFile, stat } from 'node:fs/promises';
import type { InputIssue } from './input-issue.js';

/**
 * The text of a file for a reader, or the issue that explains why it could not be read.
 * The only place in `read/` that touches the file system: parsers take text.
 */
export async function loadText(path: string): Promise<{ text: string } | { issue: InputIssue }> {
  const problem = (text: string, hint: string): { issue: InputIssue } => ({
    issue: { severity: 'error', file: path, line: 1, column: 1, problem: text, hint },
  });
  try {
    const info = await stat(path);
    if (info.isDirectory()) return problem('is a directory, not a CSV file', 'name the CSV file inside it');
    const bytes = await readFile(path);
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem('does not exist', 'check the path; it is read relative to the current directory');
    if (code === 'EACCES' || code === 'EPERM') return problem('cannot be read (permission denied)', 'check the file\'s permissions');
    throw error;
  }
}
