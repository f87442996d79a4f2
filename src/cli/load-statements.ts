import { resolve } from 'node:path';
import type { BankStatement } from '../domain/statement.js';
import type { Lang } from '../i18n/lang.js';
import { appendAll } from '../read/append-all.js';
import type { CsvTable } from '../read/csv-table.js';
import { parseCsvTable } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import type { InputIssue } from '../read/input-issue.js';
import { ref, said } from '../read/issue-words.js';
import type { ReadSettings } from '../read/read-settings.js';
import { convertStatement } from '../read/statement/convert-statement.js';
import { parseStatement } from '../read/statement/parse-statement.js';
import { loadDocument } from '../read/workbook/load-document.js';
import type { CliIo } from './io.js';
import { workbookPassword } from './workbook-password.js';

/**
 * Every --bank file read as a statement, in the order given; each problem is added to `issues`. A CSV or text file,
 * or a workbook (every sheet offered: the statement reader takes the first its profile recognises). `lang` words
 * the password prompt of an encrypted workbook.
 */
export async function loadStatements(
  paths: readonly string[],
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  io: CliIo,
  issues: InputIssue[],
  lang: Lang = 'en',
): Promise<BankStatement[]> {
  const statements: BankStatement[] = [];
  const password = workbookPassword(io, lang);
  const seen = new Set<string>();
  for (const path of paths) {
    // The same account twice would count its balance twice.
    const key = path === '-' ? path : resolve(path);
    if (seen.has(key)) {
      issues.push({ severity: 'error', file: path, line: 1, column: 1, ...said(ref('bankGivenTwice'), ref('bankGivenTwiceHint')) });
      continue;
    }
    seen.add(key);
    const loaded = await loadDocument(path, io, { encoding, allSheets: true, password });
    if ('issue' in loaded) {
      issues.push(loaded.issue);
      continue;
    }
    const file = path === '-' ? '<stdin>' : path;
    let tables: readonly CsvTable[];
    if ('text' in loaded) {
      const csv = parseCsvTable(loaded.text, file);
      appendAll(issues, csv.issues);
      if (csv.table === undefined) continue;
      tables = [csv.table];
    } else {
      appendAll(issues, loaded.issues);
      tables = loaded.tables;
    }
    const read = parseStatement(tables, {
      currency: settings.currency,
      dayOrder: settings.dayOrder,
      decimalComma: settings.decimalComma,
      choices: settings.bankColumns,
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
