import type { Expense, Invoice } from '../domain/types.js';
import type { Lang } from '../i18n/lang.js';
import { appendAll } from '../read/append-all.js';
import type { CsvTable } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import { parseExpenses } from '../read/expenses.js';
import type { InputIssue, Read } from '../read/input-issue.js';
import { parseInvoices } from '../read/invoices.js';
import type { ReadSettings } from '../read/read-settings.js';
import { loadDocument } from '../read/workbook/load-document.js';
import type { CliIo } from './io.js';
import { workbookPassword } from './workbook-password.js';

type Parse<T> = (input: string | CsvTable, file: string, settings: ReadSettings) => Read<T[]>;

/**
 * The two input files read and parsed, with every problem of both (the shell around the pure parsers). Either may
 * be a CSV file or a workbook, whose sheet is --sheet or its first.
 */
export async function loadInputs(
  invoicesPath: string,
  expensesPath: string | undefined,
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  io: CliIo,
  lang: Lang = 'en',
): Promise<{ invoices: Invoice[]; expenses: Expense[]; issues: InputIssue[] }> {
  const issues: InputIssue[] = [];
  const password = workbookPassword(io, lang);
  const readOne = async <T>(path: string, parse: Parse<T>): Promise<T[]> => {
    const loaded = await loadDocument(path, io, { encoding, sheet: settings.sheet, password });
    if ('issue' in loaded) {
      issues.push(loaded.issue);
      return [];
    }
    const file = path === '-' ? '<stdin>' : path;
    const read = 'text' in loaded ? parse(loaded.text, file, settings) : parse(loaded.tables[0]!, file, settings);
    if ('issues' in loaded) appendAll(issues, loaded.issues);
    appendAll(issues, read.issues);
    return read.values;
  };
  const invoices = await readOne(invoicesPath, parseInvoices);
  const expenses = expensesPath === undefined ? [] : await readOne(expensesPath, parseExpenses);
  return { invoices, expenses, issues };
}
