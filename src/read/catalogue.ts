import type { ParseError } from 'jsonc-parser';
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { appendAll } from './append-all.js';
import { withDefaults } from './catalogue-overrides.js';
import type { Catalogue } from './catalogue-schema.js';
import { catalogueSchemas } from './catalogue-schema.js';
import { excerpt } from './excerpt.js';
import type { InputIssue, Read } from './input-issue.js';
import { ref, said } from './issue-words.js';
import { jsonNestingIssue } from './json-nesting.js';
import { jsonPath, TOP_LEVEL, valueAt } from './json-path.js';
import { schemaSaid } from './zod.js';

/** Fields the schema does not know are kept out and reported as warnings, so a newer file still loads (brief §D1). */
function unknownFields(document: unknown, file: string): InputIssue[] {
  const warn = (path: string): InputIssue => ({
    severity: 'warning',
    file,
    path,
    ...said(ref('unknownField'), ref('unknownFieldHint')),
  });
  const extra = (value: unknown, known: readonly string[]) =>
    value !== null && typeof value === 'object' ? Object.keys(value).filter((key) => !known.includes(key)) : [];
  const { catalogueSchema, optionSchema } = catalogueSchemas();
  const issues = extra(document, Object.keys(catalogueSchema.shape)).map(warn);
  const options = (document as { options?: unknown }).options;
  if (Array.isArray(options)) {
    options.forEach((option, index) => {
      appendAll(
        issues,
        extra(option, Object.keys(optionSchema.shape)).map((key) => warn(`options[${index}].${key}`)),
      );
    });
  }
  return issues;
}

/** What strict JSON's first syntax error is, by jsonc-parser's name for it (JSON.parse says it in English only). */
function jsonErrorCode(text: string): string | undefined {
  const errors: ParseError[] = [];
  parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  return first === undefined ? undefined : printParseErrorCode(first.error);
}

/**
 * Reads a bridge catalogue from JSON text: the catalogue, or every problem with its JSON path. Pure. A file that
 * says `"extends": "defaults"` is read as changes to `defaults` (see catalogue-overrides.ts).
 */
export function parseCatalogue(text: string, file: string, defaults?: Catalogue): Read<Catalogue | undefined> {
  const tooDeep = jsonNestingIssue(text, file);
  if (tooDeep !== undefined) return { values: undefined, issues: [tooDeep] };
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      values: undefined,
      issues: [
        {
          severity: 'error',
          file,
          line: 1,
          column: 1,
          ...said(ref('notJson', (error as Error).message, jsonErrorCode(text)), ref('notJsonHint')),
        },
      ],
    };
  }
  const complete = defaults === undefined ? document : withDefaults(document, defaults);
  const result = catalogueSchemas().catalogueSchema.safeParse(complete);
  if (result.success) return { values: result.data, issues: unknownFields(document, file) };
  const issues = result.error.issues.map((issue: z.core.$ZodIssue): InputIssue => {
    const value = valueAt(complete, issue.path);
    return {
      severity: 'error',
      file,
      path: jsonPath(issue.path) || TOP_LEVEL,
      field: undefined,
      value: undefined,
      ...said(
        ref('schema', schemaSaid(issue, value === undefined), value === undefined || typeof value === 'object' ? undefined : excerpt(JSON.stringify(value))),
        ref('catalogueHint'),
      ),
    };
  });
  return { values: undefined, issues };
}
