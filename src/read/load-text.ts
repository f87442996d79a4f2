import { readFile, stat } from 'node:fs/promises';
import type { TextEncoding } from './decode-text.js';
import { decodeText } from './decode-text.js';
import type { InputIssue } from './input-issue.js';

/** Where the bytes of `-` come from; the CLI passes standard input. */
export type StdinReader = () => Promise<Uint8Array>;

/**
 * The text of a file (or of standard input for `-`), or the issue that explains why it could not be read.
 * The only place in `read/` that touches the file system: parsers take text.
 */
export async function loadText(path: string, encoding?: TextEncoding, stdin?: StdinReader): Promise<{ text: string } | { issue: InputIssue }> {
  const shown = path === '-' ? '<stdin>' : path;
  const problem = (text: string, hint: string): { issue: InputIssue } => ({
    issue: { severity: 'error', file: shown, line: 1, column: 1, problem: text, hint },
  });
  let bytes: Uint8Array;
  try {
    if (path === '-') {
      if (stdin === undefined) return problem('cannot be read here', 'name a file instead of -');
      bytes = await stdin();
    } else {
      const info = await stat(path);
      if (info.isDirectory()) return problem('is a directory, not a CSV file', 'name the CSV file inside it');
      bytes = await readFile(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem('does not exist', 'check the path; it is read relative to the current directory');
    if (code === 'EACCES' || code === 'EPERM') return problem('cannot be read (permission denied)', 'check the file\'s permissions');
    throw error;
  }
  const decoded = decodeText(bytes, encoding);
  return 'problem' in decoded ? problem(decoded.problem, decoded.hint) : { text: decoded.text };
}
