import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import { toMajorNumber } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import type { Lang } from '../i18n/lang.js';
import { EXPENSES_CSV } from '../i18n/messages/expenses-csv.js';
import type { RecurringExpense } from './recurring.js';

/** An expenses row as the expenses CSV holds it: an Expense without the place it was read from. */
export type ExpenseRow = Omit<Expense, 'source'>;

/** The row that makes cashflow pay a learned expense: from its start, so a rule on the 31st keeps to month ends. */
export function expenseRowOf(expense: RecurringExpense): ExpenseRow {
  return {
    date: expense.start,
    amount: expense.amount,
    description: expense.description,
    category: expense.category,
    repeat: expense.repeat,
    until: undefined,
  };
}

// A cell that Excel or Sheets would run as a formula (= + - @, and the full-width forms input methods type) gets a
// leading quote: a payee name comes from a bank statement, whose text a sender can choose. It costs a character.
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * Expenses as a CSV that cashflow's expenses reader reads back to the same values: the reader's own headings, ISO
 * dates, amounts in major units without thousands separators (`62000`, `12.5`), quoting as RFC 4180 wants, `\n` line
 * ends, headed in `headingLang` (Korean headings are the reader's aliases). Encoding (a BOM for Excel) is the
 * writer's business, not this text's.
 * @example expensesCsv([{ date: d('2027-01-25'), amount: 750000, description: '월세', category: 'rent', repeat: 'monthly', until: undefined }], KRW)
 *   // 'date,amount,description,category,repeat,until\n2027-01-25,750000,월세,rent,monthly,\n'
 */
export function expensesCsv(rows: readonly ExpenseRow[], currency: Currency, headingLang: Lang = 'en'): string {
  const lines = [[...EXPENSES_CSV[headingLang].headings()]];
  for (const row of rows) {
    lines.push([
      formatDay(row.date),
      String(toMajorNumber(row.amount, currency)),
      textCell(row.description),
      textCell(row.category ?? ''),
      row.repeat === 'none' ? '' : row.repeat,
      row.until === undefined ? '' : formatDay(row.until),
    ]);
  }
  return `${lines.map((cells) => cells.map(quoted).join(',')).join('\n')}\n`;
}

function textCell(text: string): string {
  const plain = text.replace(/[\p{Cc}]/gu, ' ');
  return FORMULA_START.test(plain) ? `'${plain}` : plain;
}

function quoted(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
