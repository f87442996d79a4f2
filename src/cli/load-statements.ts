import type { BankStatement } from '../domain/statement.js';
import { appendAll } from '../read/append-all.js';
import { parseCsvTable } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import type { InputIssue } from '../read/input-issue.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import type { ReadSettings } from '../read/read-settings.js';
import { parseStatement } from '../read/statement/parse-statement.js';

/**
 * Every --bank file read as a statement, in the order given; each problem is added to `issues`. Text files only for
 * now: workbooks go through the workbook reader once it lands (issue 13, part A).
 */
export async function loadStatements(
  paths: readonly string[],
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  source: TextSource,
  issues: InputIssue[],
): Promise<BankStatement[]> {
  const statements: BankStatement[] = [];
  for (const path of paths) {
    const loaded = await loadText(path, source, encoding);
    if ('issue' in loaded) {
      issues.push(loaded.issue);
      continue;
    }
    const file = path === '-' ? '<stdin>' : path;
    const csv = parseCsvTable(loaded.text, file);
    appendAll(issues, csv.issues);
    if (csv.table === undefined) continue;
    const read = parseStatement([csv.table], { currency: settings.currency, dayOrder: settings.dayOrder, decimalComma: settings.decimalComma });
    appendAll(issues, read.issues);
    if (read.values !== undefined) statements.push(read.values);
  }
  return statements;
}
