import type { Currency } from '../domain/currency.js';
import type { DecimalStyle } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import { dayCell, positiveAmountCell, repeatCell, textCell } from './cell-schemas.js';
import type { FieldSpec } from './columns.js';
import { onceEachColumn, readTable } from './columns.js';
import type { CsvTable } from './csv-table.js';
import { dayOrderDetector } from './day-order.js';
import { deferrableCell } from './deferrable-cell.js';
import { EXPENSE_ALIASES } from './field-aliases.js';
import type { InputIssue, Read } from './input-issue.js';
import { parseInputVatCell } from './input-vat-cell.js';
import type { ReadSettings } from './read-settings.js';
import { decimalStyleDetector } from './read-settings.js';
import { recurrenceProblem } from './recurrence-cells.js';
import { readRows, saidCellIssue } from './row-reader.js';
import { z } from './zod.js';

const FIELDS = ['date', 'amount', 'description', 'category', 'repeat', 'until', 'deferrable', 'inputVat'] as const;
const REQUIRED = new Set(['date', 'amount', 'description']);
type ExpenseField = (typeof FIELDS)[number];

export const EXPENSE_FIELDS: readonly FieldSpec<ExpenseField>[] = FIELDS.map((name) => ({
  name,
  required: REQUIRED.has(name),
  aliases: EXPENSE_ALIASES[name],
}));

function expenseRowSchema(currency: Currency, style: DecimalStyle, settings: ReadSettings) {
  const day = dayCell(settings.dayOrder);
  return z.object({
    date: day,
    amount: positiveAmountCell(currency, style),
    description: textCell,
    category: textCell.optional(),
    repeat: repeatCell.default('none'),
    until: day.optional(),
    deferrable: deferrableCell(currency, style).optional(),
    // Read against the row's amount below: "yes" is the VAT inside it, a figure may not pass it.
    inputVat: textCell.optional(),
  });
}

/** Reads an expenses CSV into expenses in the forecast currency, with every problem found. Pure, like parseInvoices. */
export function parseExpenses(text: string | CsvTable, file: string, settings: ReadSettings): Read<Expense[]> {
  const tableIssues: InputIssue[] = [];
  const read = readTable<ExpenseField>(text, file, EXPENSE_FIELDS, tableIssues, settings.expenseColumns);
  const issues = onceEachColumn(tableIssues, settings.ignoreColumns);
  if (read === undefined) return { values: [], issues };
  const { table, columns } = read;

  const detector = decimalStyleDetector(settings.decimalComma);
  const dayOrder = dayOrderDetector();
  const dateColumns = settings.dayOrder === undefined ? (['date', 'until'] as const).flatMap((field) => columns.get(field) ?? []) : [];
  table.records.forEach((record) => {
    detector.see(record.cells[columns.get('amount')!] ?? '');
    for (const column of dateColumns) dayOrder.see(record, column);
  });
  const settled = dayOrder.settle(table);
  if ('issue' in settled) return { values: [], issues: [...issues, settled.issue] };
  const dated: ReadSettings = { ...settings, dayOrder: settings.dayOrder ?? settled.order };
  const expenses: Expense[] = [];
  const recurrenceIssues: InputIssue[] = []; // reported after the cell problems, as they always were
  readRows(table, columns, expenseRowSchema(settings.currency, detector.style(), dated), issues, (row, record) => {
    const recurrence = recurrenceProblem(row.date, row.repeat, row.until);
    if (recurrence !== undefined) {
      const index = columns.get(recurrence.field);
      recurrenceIssues.push(saidCellIssue(table, record, index, record.cells[index ?? -1]?.trim(), recurrence.message, recurrence.hintMessage));
      return;
    }
    const inputVat = row.inputVat === undefined ? undefined : parseInputVatCell(row.inputVat, row.amount, settings.currency, detector.style());
    if (inputVat !== undefined && !inputVat.ok) {
      const index = columns.get('inputVat');
      recurrenceIssues.push(saidCellIssue(table, record, index, record.cells[index ?? -1]?.trim(), inputVat.message, inputVat.hintMessage));
      return;
    }
    expenses.push({
      date: row.date,
      amount: row.amount,
      description: row.description,
      category: row.category,
      repeat: row.repeat,
      until: row.until,
      source: { file, line: record.line },
      ...(row.deferrable === undefined ? {} : { deferrable: row.deferrable }),
      ...(inputVat?.inputVat === undefined ? {} : { inputVat: inputVat.inputVat }),
    });
  });
  return { values: expenses, issues: [...issues, ...recurrenceIssues] };
}
