import { z } from 'zod';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Invoice } from '../domain/types.js';
import type { FieldSpec } from './columns.js';
import { readTable } from './columns.js';
import { dayCell, positiveAmountCell, repeatCell, textCell } from './cell-schemas.js';
import type { CsvTable } from './csv-table.js';
import type { InputIssue, Read } from './input-issue.js';
import { recurrenceProblem } from './recurrence-cells.js';
import { cellIssue, readRows } from './row-reader.js';

export const INVOICE_FIELDS = [
  { name: 'id', required: true },
  { name: 'client', required: true },
  { name: 'amount', required: true },
  { name: 'issued', required: true },
  { name: 'due', required: false },
  { name: 'paid', required: false },
  { name: 'currency', required: false },
  { name: 'repeat', required: false },
  { name: 'until', required: false },
] as const satisfies readonly FieldSpec<string>[];

type InvoiceField = (typeof INVOICE_FIELDS)[number]['name'];

export interface InvoiceContext {
  readonly currency: Currency;
  /** Paid dates after this day are impossible: the cash cannot have arrived yet. */
  readonly asOf: Day;
}

function invoiceRowSchema(currency: Currency) {
  return z.object({
    id: textCell,
    client: textCell,
    amount: positiveAmountCell(currency),
    issued: dayCell,
    due: dayCell.optional(),
    paid: dayCell.optional(),
    currency: z.string().optional(),
    repeat: repeatCell.default('none'),
    until: dayCell.optional(),
  });
}

/**
 * Reads an invoices CSV into invoices, with every problem found. Pure: `text` is the file's content
 * and `file` the name to cite in messages.
 */
export function parseInvoices(text: string, file: string, context: InvoiceContext): Read<Invoice[]> {
  const issues: InputIssue[] = [];
  const read = readTable<InvoiceField>(text, file, INVOICE_FIELDS, issues);
  if (read === undefined) return { values: [], issues };
  const { table, columns } = read;

  // A row in another currency gets that one message only: its amount's other complaints would follow from it.
  const currencyColumn = columns.get('currency');
  const sameCurrency: CsvTable = {
    ...table,
    records: table.records.filter((record) => {
      if (currencyColumn === undefined) return true;
      const code = record.cells[currencyColumn]?.trim() ?? '';
      if (code === '' || code.toUpperCase() === context.currency.code) return true;
      issues.push(cellIssue(table, record, currencyColumn, code,
        `differs from the forecast currency ${context.currency.code}`,
        `mixed currencies are not supported yet: convert this invoice to ${context.currency.code}, or forecast in ${code.toUpperCase()} with --currency ${code.toUpperCase()}`));
      return false;
    }),
  };

  const rows = readRows(sameCurrency, columns, invoiceRowSchema(context.currency));
  issues.push(...rows.issues);
  const invoices: Invoice[] = [];
  for (const { row, record } of rows.rows) {
    const problems: InputIssue[] = [];
    const at = (field: InvoiceField, problem: string, hint: string) =>
      problems.push(cellIssue(table, record, columns.get(field), record.cells[columns.get(field) ?? -1]?.trim(), problem, hint));
    if (row.paid !== undefined && row.paid > context.asOf) {
      at('paid', `is after the as-of date ${formatDay(context.asOf)}`, 'a paid date records cash that has arrived: clear it if the invoice is still open, or check --as-of');
    }
    if (row.due !== undefined && row.due < row.issued) {
      at('due', `is before the issued date ${formatDay(row.issued)}`, 'check the two dates; the due date must be on or after the issued date');
    }
    if (row.repeat !== 'none' && row.paid !== undefined) {
      at('paid', 'is set on a repeating invoice', 'list each paid occurrence as its own row, and keep the repeating row for the ones to come');
    }
    const recurrence = recurrenceProblem(row.issued, row.repeat, row.until);
    if (recurrence !== undefined) at(recurrence.field, recurrence.problem, recurrence.hint);
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    invoices.push({
      id: row.id, client: row.client, amount: row.amount, issued: row.issued, due: row.due, paid: row.paid,
      repeat: row.repeat, until: row.until, source: { file, line: record.line },
    });
  }
  return { values: invoices, issues };
}
