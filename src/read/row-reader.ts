import type { z } from 'zod';
import type { ColumnMap } from './columns.js';
import { cellsByField } from './columns.js';
import type { CsvRecord, CsvTable } from './csv-table.js';
import type { InputIssue } from './input-issue.js';
import type { InputRef } from './issue-words.js';
import { ref, said } from './issue-words.js';
import { hintOf, refsOf, schemaSaid } from './zod.js';

/**
 * Validates every record of a table against a zod schema keyed by field name, calling `visit` with each valid row
 * as it is read and collecting every failing cell into `issues`, pointing at its line and column. Rows that fail are
 * left out. `plain`, when given, reads the plainest rows without zod (undefined sends the row to zod): it must give
 * what the schema gives.
 */
export function readRows<Name extends string, Row>(
  table: CsvTable,
  columns: ColumnMap<Name>,
  schema: z.ZodType<Row>,
  issues: InputIssue[],
  visit: (row: Row, record: CsvRecord) => void,
  plain?: (cells: Partial<Record<Name, string>>) => Row | undefined,
): void {
  table.records.forEach((record) => {
    const cells = cellsByField(record.cells, columns);
    if (table.unreadable === true && unreadableCells(table, record, cells, columns, issues)) return;
    const quick = plain?.(cells);
    if (quick !== undefined) {
      visit(quick, record);
      return;
    }
    const result = schema.safeParse(cells);
    if (result.success) {
      visit(result.data, record);
      return;
    }
    for (const issue of result.error.issues) {
      const name = issue.path[0] as Name | undefined;
      const index = name === undefined ? undefined : columns.get(name);
      const value = name === undefined ? undefined : cells[name];
      if (value === undefined && issue.code === 'invalid_type') {
        issues.push(saidCellIssue(table, record, index, '', ref('cellEmpty'), ref('cellNeeded', name)));
        continue;
      }
      const refs = refsOf(issue);
      const hint = hintOf(issue);
      if (refs !== undefined) issues.push(saidCellIssue(table, record, index, value, refs.message, refs.hintMessage));
      else if (hint !== undefined) issues.push(cellIssue(table, record, index, value, issue.message, hint));
      else issues.push(saidCellIssue(table, record, index, value, ref('schema', schemaSaid(issue), undefined), ref('correctCell')));
    }
  });
}

/**
 * Reports each cell that holds U+FFFD, where the decoder met bytes it could not read, and says whether there was
 * one. An error of the row, not a warning: an id or client with a lost character is silently another id or client
 * (a client's history splits, a duplicate goes unseen), and nothing else in the row can be trusted more.
 */
function unreadableCells<Name extends string>(
  table: CsvTable,
  record: CsvRecord,
  cells: Partial<Record<Name, string>>,
  columns: ColumnMap<Name>,
  issues: InputIssue[],
): boolean {
  let found = false;
  for (const [name, index] of columns) {
    const value = cells[name];
    if (value === undefined || !value.includes('\uFFFD')) continue;
    found = true;
    const count = value.split('\uFFFD').length - 1;
    issues.push(saidCellIssue(table, record, index, value, ref('unreadableCharacters', count), ref('unreadableCharactersHint')));
  }
  return found;
}

/** cellIssue with the problem and hint as message references. */
export function saidCellIssue(
  table: CsvTable,
  record: CsvRecord,
  index: number | undefined,
  value: string | undefined,
  message: InputRef,
  hintMessage: InputRef,
): InputIssue {
  const words = said(message, hintMessage);
  return { ...cellIssue(table, record, index, value, words.problem, words.hint), message, hintMessage };
}

/** An error about one cell (or, without an index, about the record as a whole). */
export function cellIssue(table: CsvTable, record: CsvRecord, index: number | undefined, value: string | undefined, problem: string, hint: string): InputIssue {
  return {
    severity: 'error',
    file: table.file,
    sheet: table.sheet,
    line: record.line,
    column: index === undefined ? 1 : index + 1,
    field: index === undefined ? undefined : table.header[index],
    value,
    problem,
    hint,
    rowOnly: true,
  };
}
