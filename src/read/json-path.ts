/** `options[2].charges[0].annualRate`: a zod path as people read JSON. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** The path of an issue about the whole document (`[]`, not an object): the renderer words it in each language. */
export const TOP_LEVEL = '(top level)';

/** The value at a zod path of a parsed JSON document, or undefined where there is none. */
export function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
