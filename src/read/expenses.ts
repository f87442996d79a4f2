import { z } from 'zod';
import type { Currency } from '../domain/currency.js';
import type { Expense } from '../domain/types.js';
import type { FieldSpec } from './columns.js';
import { readTable } from './columns.js';
import { dayCell, positiveAmountCell, repeatCell, textCell } from './cell-schemas.js';
import type { InputIssue, Read } from './input-issue.js';
import { recurrenceProblem } from './recurrence-cells.js';
import { cellIssue, readRows } from './row-reader.js';

export const EXPENSE_FIELDS = [
  { name: 'date', required: true },
  { name: 'amount', required: true },
  { name: 'description', required: true },
  { name: 'category', required: false },
  { name: 'repeat', required: false },
  { name: 'until', required: false },
] as const satisfies readonly FieldSpec<string>[];

type ExpenseField = (typeof EXPENSE_FIELDS)[number]['name'];

function expenseRowSchema(currency: Currency) {
  return z.object({
    date: dayCell,
    amount: positiveAmountCell(currency),
    description: textCell,
    category: textCell.optional(),
    repeat: repeatCell.default('none'),
    until: dayCell.optional(),
  });
}

/** Reads an expenses CSV into expenses, with every problem found. Pure, like parseInvoices. */
export function parseExpenses(text: string, file: string, currency: Currency): Read<Expense[]> {
  const issues: InputIssue[] = [];
  const read = readTable<ExpenseField>(text, file, EXPENSE_FIELDS, issues);
  if (read === undefined) return { values: [], issues };
  const { table, columns } = read;

  const rows = readRows(table, columns, expenseRowSchema(currency));
  issues.push(...rows.issues);
  const expenses: Expense[] = [];
  for (const { row, record } of rows.rows) {
    const recurrence = recurrenceProblem(row.date, row.repeat, row.until);
    if (recurrence !== undefined) {
      const index = columns.get(recurrence.field);
      issues.push(cellIssue(table, record, index, record.cells[index ?? -1]?.trim(), recurrence.problem, recurrence.hint));
      continue;
    }
    expenses.push({
      date: row.date, amount: row.amount, description: row.description, category: row.category,
      repeat: row.repeat, until: row.until, source: { file, line: record.line },
    });
  }
  return { values: expenses, issues };
}
