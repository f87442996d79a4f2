import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { Config } from './config-schema.js';
import { configSchema } from './config-schema.js';
import { jsonPath } from './catalogue.js';
import type { InputIssue, Read } from './input-issue.js';

/** Reads a config file's text (JSON with comments and trailing commas). Pure; errors name the key. */
export function parseConfig(text: string, file: string): Read<Config | undefined> {
  const errors: ParseError[] = [];
  const document: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return {
      values: undefined,
      issues: [{ severity: 'error', file, line, column: first.offset - text.lastIndexOf('\n', first.offset - 1), problem: `is not valid JSON (${printParseErrorCode(first.error)})`, hint: 'check commas and quotes; `cashflow init` writes a valid starter' }],
    };
  }
  const result = configSchema().safeParse(document);
  if (result.success) return { values: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue): InputIssue[] => {
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [undefined];
    return keys.map((key) => ({
      severity: 'error', file, path: jsonPath(key === undefined ? issue.path : [...issue.path, key]) || '(top level)',
      problem: issue.message, hint: 'see the README, "Monthly routine", for every setting and its type',
    }));
  });
  return { values: undefined, issues };
}
