import type { Expense, Invoice } from '../domain/types.js';
import type { TextEncoding } from '../read/decode-text.js';
import { parseExpenses } from '../read/expenses.js';
import type { InputIssue } from '../read/input-issue.js';
import { parseInvoices } from '../read/invoices.js';
import type { StdinReader } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import type { ReadSettings } from '../read/read-settings.js';

/** The two input files read and parsed, with every problem of both (the shell around the pure parsers). */
export async function loadInputs(
  invoicesPath: string, expensesPath: string | undefined, settings: ReadSettings, encoding: TextEncoding | undefined, stdin: StdinReader,
): Promise<{ invoices: Invoice[]; expenses: Expense[]; issues: InputIssue[] }> {
  const issues: InputIssue[] = [];
  const label = (path: string) => (path === '-' ? '<stdin>' : path);
  let invoices: Invoice[] = [];
  let expenses: Expense[] = [];
  const invoiceText = await loadText(invoicesPath, encoding, stdin);
  if ('issue' in invoiceText) issues.push(invoiceText.issue);
  else {
    const read = parseInvoices(invoiceText.text, label(invoicesPath), settings);
    invoices = read.values;
    issues.push(...read.issues);
  }
  if (expensesPath !== undefined) {
    const expenseText = await loadText(expensesPath, encoding, stdin);
    if ('issue' in expenseText) issues.push(expenseText.issue);
    else {
      const read = parseExpenses(expenseText.text, label(expensesPath), settings);
      expenses = read.values;
      issues.push(...read.issues);
    }
  }
  return { invoices, expenses, issues };
}
