import type { Expense, Invoice } from '../domain/types.js';
import { appendAll } from '../read/append-all.js';
import type { TextEncoding } from '../read/decode-text.js';
import { parseExpenses } from '../read/expenses.js';
import type { InputIssue, Read } from '../read/input-issue.js';
import { parseInvoices } from '../read/invoices.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import type { ReadSettings } from '../read/read-settings.js';

/** The two input files read and parsed, with every problem of both (the shell around the pure parsers). */
export async function loadInputs(
  invoicesPath: string,
  expensesPath: string | undefined,
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  source: TextSource,
): Promise<{ invoices: Invoice[]; expenses: Expense[]; issues: InputIssue[] }> {
  const issues: InputIssue[] = [];
  const readOne = async <T>(path: string, parse: (text: string, file: string, settings: ReadSettings) => Read<T[]>): Promise<T[]> => {
    const loaded = await loadText(path, source, encoding);
    if ('issue' in loaded) {
      issues.push(loaded.issue);
      return [];
    }
    const read = parse(loaded.text, path === '-' ? '<stdin>' : path, settings);
    appendAll(issues, read.issues);
    return read.values;
  };
  const invoices = await readOne(invoicesPath, parseInvoices);
  const expenses = expensesPath === undefined ? [] : await readOne(expensesPath, parseExpenses);
  return { invoices, expenses, issues };
}
