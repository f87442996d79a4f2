import type { BankStatement } from '../domain/statement.js';
import { appendAll } from '../read/append-all.js';
import { parseCsvTable } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import type { InputIssue } from '../read/input-issue.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import type { ReadSettings } from '../read/read-settings.js';
import { convertStatement } from '../read/statement/convert-statement.js';
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
    const read = parseStatement([csv.table], {
      currency: settings.currency,
      dayOrder: settings.dayOrder,
      decimalComma: settings.decimalComma,
      convertible: new Set(settings.fx?.keys() ?? []),
    });
    appendAll(issues, read.issues);
    const statement = read.values;
    if (statement === undefined) continue;
    // A statement in a currency with a rate comes back in its own: it is converted as invoices are.
    const rate = statement.currency === settings.currency.code ? undefined : settings.fx?.get(statement.currency);
    const converted = rate === undefined ? statement : convertStatement(statement, settings.currency, rate, issues);
    if (converted !== undefined) statements.push(converted);
  }
  return statements;
}
