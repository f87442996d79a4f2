import type { Source } from '../domain/types.js';

/** Where a number came from, as people and editors read it: `invoices.csv:3`. */
export function sourceText(source: Source): string {
  return `${source.file}:${source.line}`;
}
