import { createScanner } from 'jsonc-parser';
import type { InputIssue } from './input-issue.js';
import { ref, said } from './issue-words.js';

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: the four tokens and the end, as
// its main.d.ts numbers them.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const END = 17;

/** Far more than any cashflow file needs (a catalogue nests 4 levels), and far from where a parser's recursion ends. */
export const MAX_JSON_DEPTH = 64;

/**
 * The issue when JSON text (comments allowed) nests objects and arrays more than MAX_JSON_DEPTH deep, found by a
 * scan that does not recurse: parsers do, and 100,000 levels would end them with a stack overflow.
 */
export function jsonNestingIssue(text: string, file: string): InputIssue | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== END; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) depth += 1;
    else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth -= 1;
    if (depth > MAX_JSON_DEPTH) {
      return {
        severity: 'error',
        file,
        line: scanner.getTokenStartLine() + 1,
        column: scanner.getTokenStartCharacter() + 1,
        ...said(ref('tooDeep', MAX_JSON_DEPTH), ref('tooDeepHint')),
      };
    }
  }
  return undefined;
}
