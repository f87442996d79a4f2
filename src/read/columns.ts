import type { CsvTable } from './csv-table.js';
import { parseCsvTable } from './csv-table.js';
import type { InputIssue } from './input-issue.js';

/** A field a file may hold, and whether a file without it can be read at all. */
export interface FieldSpec<Name extends string> {
  readonly name: Name;
  readonly required: boolean;
}

/** Which record position holds each known field; absent fields are missing from the map. */
export type ColumnMap<Name extends string> = ReadonlyMap<Name, number>;

/**
 * Matches a header row to the fields we know, ignoring case and surrounding spaces.
 * A missing required field or a field named twice is an error; any other column is a warning,
 * reported once, and its cells are ignored.
 */
export function mapColumns<Name extends string>(
  table: CsvTable,
  fields: readonly FieldSpec<Name>[],
): { columns: ColumnMap<Name>; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const columns = new Map<Name, number>();
  const byKey = new Map(fields.map((field) => [field.name.toLowerCase(), field.name]));
  table.header.forEach((heading, index) => {
    if (heading === '') return;
    const name = byKey.get(heading.toLowerCase());
    if (name === undefined) {
      issues.push({
        severity: 'warning', file: table.file, line: 1, column: index + 1, field: heading,
        problem: 'is not a column cashflow knows; its cells are ignored',
        hint: `known columns: ${fields.map((field) => field.name).join(', ')}`,
      });
      return;
    }
    const earlier = columns.get(name);
    if (earlier !== undefined) {
      issues.push({
        severity: 'error', file: table.file, line: 1, column: index + 1, field: heading,
        problem: `names the same field as column ${earlier + 1} ("${table.header[earlier]}")`,
        hint: 'keep one of the two columns or rename the other',
      });
      return;
    }
    columns.set(name, index);
  });
  for (const field of fields) {
    if (field.required && !columns.has(field.name)) {
      issues.push({
        severity: 'error', file: table.file, line: 1, column: 1,
        problem: `has no "${field.name}" column`,
        hint: `add a column headed "${field.name}"; the header is: ${table.header.join(', ')}`,
      });
    }
  }
  return { columns, issues };
}

/** The record's cells by field name, trimmed; absent columns and blank cells are undefined. */
export function cellsByField<Name extends string>(cells: readonly string[], columns: ColumnMap<Name>): Partial<Record<Name, string>> {
  const out: Partial<Record<Name, string>> = {};
  for (const [name, index] of columns) {
    const text = cells[index]?.trim();
    if (text !== undefined && text !== '') out[name] = text;
  }
  return out;
}

/**
 * Parses CSV text and maps its header to `fields`: the table and its columns, or undefined when the
 * file cannot be read row by row (not CSV, empty, or a required column missing). Issues collect either way.
 */
export function readTable<Name extends string>(
  text: string, file: string, fields: readonly FieldSpec<Name>[], issues: InputIssue[],
): { table: CsvTable; columns: ColumnMap<Name> } | undefined {
  const parsed = parseCsvTable(text, file);
  issues.push(...parsed.issues);
  if (parsed.table === undefined) return undefined;
  const mapped = mapColumns(parsed.table, fields);
  issues.push(...mapped.issues);
  if (mapped.issues.some((issue) => issue.severity === 'error')) return undefined;
  return { table: parsed.table, columns: mapped.columns };
}
