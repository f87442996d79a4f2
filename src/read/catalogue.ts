import type { z } from 'zod';
import { appendAll } from './append-all.js';
import { withDefaults } from './catalogue-overrides.js';
import type { Catalogue } from './catalogue-schema.js';
import { catalogueSchemas } from './catalogue-schema.js';
import { excerpt } from './excerpt.js';
import type { InputIssue, Read } from './input-issue.js';
import { ref, said } from './issue-words.js';
import { jsonNestingIssue } from './json-nesting.js';
import { schemaSaid } from './zod.js';

/** `options[2].charges[0].annualRate`: a zod path as people read JSON. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

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
          ...said(ref('notJson', (error as Error).message), ref('notJsonHint')),
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
      path: jsonPath(issue.path) || '(top level)',
      field: undefined,
      value: undefined,
      ...said(
        ref('schema', schemaSaid(issue), value === undefined || typeof value === 'object' ? undefined : excerpt(JSON.stringify(value))),
        ref('catalogueHint'),
      ),
    };
  });
  return { values: undefined, issues };
}
