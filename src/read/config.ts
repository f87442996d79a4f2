import type { Node, ParseError } from 'jsonc-parser';
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Lang } from '../i18n/lang.js';
import { isLang } from '../i18n/lang.js';
import type { Config } from './config-schema.js';
import { configSchema } from './config-schema.js';
import type { InputIssue, Read } from './input-issue.js';
import { ref, said } from './issue-words.js';
import { jsonNestingIssue } from './json-nesting.js';
import { jsonPath, TOP_LEVEL, valueAt } from './json-path.js';
import { schemaSaid } from './zod.js';

/** Reads a config file's text (JSON with comments and trailing commas). Pure; errors name the key. */
export function parseConfig(text: string, file: string): Read<Config | undefined> {
  const tooDeep = jsonNestingIssue(text, file);
  if (tooDeep !== undefined) return { values: undefined, issues: [tooDeep] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return {
      values: undefined,
      issues: [
        {
          severity: 'error',
          file,
          line,
          column: first.offset - text.lastIndexOf('\n', first.offset - 1),
          ...said(ref('notJson', printParseErrorCode(first.error), printParseErrorCode(first.error)), ref('configNotJsonHint')),
        },
      ],
    };
  }
  const document = tree === undefined ? undefined : jsonValueOf(tree);
  const result = configSchema().safeParse(document);
  if (result.success) return { values: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue): InputIssue[] => {
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [undefined];
    return keys.map((key) => ({
      severity: 'error',
      file,
      path: jsonPath(key === undefined ? issue.path : [...issue.path, key]) || TOP_LEVEL,
      ...said(ref('schema', schemaSaid(issue, key === undefined && valueAt(document, issue.path) === undefined), undefined), ref('configHint')),
    }));
  });
  return { values: undefined, issues };
}

/**
 * The config's "lang" when it is a language cashflow speaks, even in a config with other problems: those problems
 * are then reported in the language the file asks for. Undefined when the text is not JSON or has no such "lang".
 */
export function configLangOf(text: string): Lang | undefined {
  if (jsonNestingIssue(text, '') !== undefined) return undefined;
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const lang = tree?.type === 'object' ? tree.children?.find((property) => property.children?.[0]?.value === 'lang')?.children?.[1]?.value : undefined;
  return typeof lang === 'string' && isLang(lang) ? lang : undefined;
}

/**
 * The value of a parsed JSON node, its objects without a prototype: `"__proto__"` is then a key like any other,
 * which the schema refuses as unknown, instead of replacing the object's prototype and so its settings.
 */
function jsonValueOf(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(jsonValueOf);
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key !== undefined && value !== undefined) object[key.value as string] = jsonValueOf(value);
  }
  return object;
}
