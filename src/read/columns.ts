import { appendAll } from './append-all.js';
import type { CsvTable } from './csv-table.js';
import { headerOnlyWarning, parseCsvTable } from './csv-table.js';
import { excerpt, excerptList } from './excerpt.js';
import { withHeaderFound } from './header-row.js';
import type { InputIssue } from './input-issue.js';
import { english, ref, said } from './issue-words.js';
import { withoutTotalRows } from './total-rows.js';

/** A field a file may hold, whether a file without it can be read at all, and the other headings people give it. */
export interface FieldSpec<Name extends string> {
  readonly name: Name;
  readonly required: boolean;
  readonly aliases?: readonly string[];
}

/**
 * A heading reduced to what identifies it: Unicode-normalised (full-width letters become plain), lower case,
 * without spaces, underscores or punctuation. "Invoice No.", "invoice_no" and "INVOICE NO" all become "invoiceno".
 */
export function headingKey(heading: string): string {
  return heading
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]/gu, '');
}

/** The problem of a heading that names no field: a warning, repeated nowhere else in a run (see onceEachColumn). */
const UNKNOWN_COLUMN = english(ref('unknownColumn'));

/**
 * The issues without the unknown-column warnings of headings in `ignored` (--ignore-column, "ignore" in the config;
 * matched like any heading) and without a second warning for a heading already warned about, in this file or in
 * another one of the run: one warning says it all.
 */
export function onceEachColumn(issues: readonly InputIssue[], ignored: readonly string[] = []): InputIssue[] {
  const warned = new Set(ignored.map(headingKey));
  return issues.filter((issue) => {
    if (issue.problem !== UNKNOWN_COLUMN || issue.field === undefined) return true;
    const key = headingKey(issue.field);
    if (warned.has(key)) return false;
    warned.add(key);
    return true;
  });
}

/** Explicit heading → field choices (`--map amount="Total (KRW)"`), which win over the aliases. */
export type ColumnChoices = Readonly<Record<string, string>>;

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
  choices: ColumnChoices = {},
): { columns: ColumnMap<Name>; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const columns = new Map<Name, number>();
  const byKey = new Map<string, Name>();
  for (const field of fields) {
    for (const alias of [field.name, ...(field.aliases ?? [])]) byKey.set(headingKey(alias), field.name);
  }
  const chosen = new Map<string, Name>();
  const present = new Set(table.header.map(headingKey));
  for (const [name, heading] of Object.entries(choices)) {
    const field = fields.find((spec) => spec.name === name);
    // A choice names a heading of this file; one for a heading it lacks is meant for the other file.
    if (field !== undefined && present.has(headingKey(heading))) chosen.set(headingKey(heading), field.name);
  }
  // A field mapped explicitly no longer takes its aliases: the user said which column it is.
  for (const [key, name] of [...byKey]) if ([...chosen.values()].includes(name) && !chosen.has(key)) byKey.delete(key);
  table.header.forEach((heading, index) => {
    if (heading === '') return;
    const key = headingKey(heading);
    const name = chosen.get(key) ?? byKey.get(key);
    if (name === undefined) {
      issues.push({
        severity: 'warning',
        file: table.file,
        sheet: table.sheet,
        line: table.headerLine ?? 1,
        column: index + 1,
        field: heading,
        ...said(
          ref('unknownColumn'),
          ref(
            'unknownColumnHint',
            fields.map((field) => field.name),
            excerpt(heading),
          ),
        ),
      });
      return;
    }
    const earlier = columns.get(name);
    if (earlier !== undefined) {
      issues.push({
        severity: 'error',
        file: table.file,
        sheet: table.sheet,
        line: table.headerLine ?? 1,
        column: index + 1,
        field: heading,
        ...said(ref('twoColumns', earlier + 1, excerpt(table.header[earlier]!), name), ref('twoColumnsHint', name, excerpt(table.header[earlier]!))),
      });
      return;
    }
    columns.set(name, index);
  });
  for (const field of fields) {
    if (field.required && !columns.has(field.name)) {
      issues.push({
        severity: 'error',
        file: table.file,
        sheet: table.sheet,
        line: table.headerLine ?? 1,
        column: 1,
        ...said(ref('noColumn', field.name), ref('noColumnHint', field.name, excerptList(table.header))),
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
 * Parses CSV text (or takes a table already read, a workbook sheet's) and maps its header to `fields`: the table and
 * its columns, or undefined when the file cannot be read row by row (not CSV, empty, or a required column missing).
 * Issues collect either way.
 */
export function readTable<Name extends string>(
  text: string | CsvTable,
  file: string,
  fields: readonly FieldSpec<Name>[],
  issues: InputIssue[],
  choices: ColumnChoices = {},
): { table: CsvTable; columns: ColumnMap<Name> } | undefined {
  const parsed = typeof text === 'string' ? parseCsvTable(text, file) : { table: text, issues: [] };
  if (parsed.table === undefined) {
    appendAll(issues, parsed.issues);
    return undefined;
  }
  const found = withFieldHeader(parsed.table, fields, choices);
  // A header-only warning of the first row means nothing when the header is further down, and vice versa.
  if (found === parsed.table) appendAll(issues, parsed.issues);
  else if (!hasRecords(found)) issues.push(headerOnlyWarning(found));
  const mapped = mapColumns(found, fields, choices);
  appendAll(issues, mapped.issues);
  if (mapped.issues.some((issue) => issue.severity === 'error')) return undefined;
  return { table: withoutTotalRows(found), columns: mapped.columns };
}

/**
 * The table with its header found: the first row when it names every required field (nearly every file, read
 * without a second look), else the row among the first ones that names the most known fields (see withHeaderFound),
 * under a title, a period or an account number.
 */
function withFieldHeader<Name extends string>(table: CsvTable, fields: readonly FieldSpec<Name>[], choices: ColumnChoices): CsvTable {
  const known = new Map<string, Name>();
  for (const field of fields) for (const alias of [field.name, ...(field.aliases ?? [])]) known.set(headingKey(alias), field.name);
  for (const [name, heading] of Object.entries(choices)) {
    const field = fields.find((spec) => spec.name === name);
    if (field !== undefined) known.set(headingKey(heading), field.name);
  }
  const named = (cells: readonly string[]) => new Set(cells.map((cell) => known.get(headingKey(cell))));
  const first = named(table.header);
  if (fields.every((field) => !field.required || first.has(field.name))) return table;
  const found = withHeaderFound(table, (cells) => cells.filter((cell) => known.has(headingKey(cell))).length);
  return found.headerLine === table.headerLine ? table : found;
}

function hasRecords(table: CsvTable): boolean {
  let any = false;
  table.records.forEach(() => {
    any = true;
  });
  return any;
}
