import type { Currency } from '../../domain/currency.js';
import type { DecimalStyle, Minor } from '../../domain/money.js';
import { minor } from '../../domain/money.js';
import type { DayOrder } from '../../domain/parse-day.js';
import type { BankTransaction } from '../../domain/statement.js';
import { cellSource } from '../cell-ref.js';
import type { CsvRecord, CsvTable } from '../csv-table.js';
import type { InputIssue } from '../input-issue.js';
import { cellIssue } from '../row-reader.js';
import { parseDateTimeCell, parseTimeCell } from './date-time-cell.js';
import { directionOf } from './direction-cell.js';
import { isMasked, parseStatementAmount } from './statement-amount.js';
import type { StatementColumns, StatementField } from './statement-fields.js';

/** A transaction as read, with what ordering and the continuity check need of its row. */
export interface StatementRow {
  readonly transaction: BankTransaction;
  /** The row's line (a text file's) or row (a sheet's). */
  readonly line: number;
  /** The balance cell's column (0-based) and where it is, when the row has a balance. */
  readonly balanceCell: { readonly column: number; readonly source: string } | undefined;
}

export interface RowSettings {
  readonly currency: Currency;
  readonly style: DecimalStyle;
  readonly dayOrder: DayOrder | undefined;
}

/** A cell of the row by field: the first of the field's columns that is not blank. */
interface Cell {
  readonly text: string;
  readonly column: number;
}

/**
 * Reads every record of the table into a transaction, in file order. A row with neither an amount nor a balance
 * and no date (a page marker `1/3`, a footnote) is left out without a word; a row that has a date but no amount,
 * or a cell that does not read, is an error of its row (rowOnly) and the row is left out.
 */
export function readStatementRows(table: CsvTable, columns: StatementColumns, settings: RowSettings, issues: InputIssue[]): StatementRow[] {
  const rows: StatementRow[] = [];
  table.records.forEach((record) => {
    const row = readRow(table, record, columns, settings, issues);
    if (row !== undefined) rows.push(row);
  });
  return rows;
}

function readRow(table: CsvTable, record: CsvRecord, columns: StatementColumns, settings: RowSettings, issues: InputIssue[]): StatementRow | undefined {
  const cell = (field: StatementField): Cell | undefined => {
    for (const column of columns.get(field) ?? []) {
      const text = record.cells[column]?.trim() ?? '';
      if (text !== '') return { text, column };
    }
    return undefined;
  };
  const problem = (at: Cell | undefined, field: StatementField, what: string, hint: string) => {
    issues.push(cellIssue(table, record, at?.column ?? columns.get(field)?.[0], at?.text ?? '', what, hint));
    return undefined;
  };
  const money = (at: Cell | undefined, field: StatementField): Minor | undefined | false => {
    if (at === undefined) return undefined;
    const parsed = parseStatementAmount(at.text, settings.currency, settings.style);
    return parsed.ok ? parsed.minor : (problem(at, field, parsed.problem, parsed.hint) ?? false);
  };

  const dateCell = cell('date');
  const balanceCell = cell('balance');
  const shownBalance = balanceCell !== undefined && !isMasked(balanceCell.text) ? balanceCell : undefined;
  const amountCells = (['in', 'out', 'amount'] as const).map((field) => ({ field, at: cell(field) }));
  const amounts = amountCells.map(({ field, at }) => money(at, field));
  if (amounts.includes(false)) return undefined;
  const [money_in, money_out, signed] = amounts as Array<Minor | undefined>;
  const instant = dateCell === undefined ? undefined : parseDateTimeCell(dateCell.text, settings.dayOrder);
  const noMoney = (money_in ?? 0) === 0 && (money_out ?? 0) === 0 && (signed ?? 0) === 0;
  if (noMoney && shownBalance === undefined && (instant === undefined || !instant.ok)) return undefined;

  if (instant === undefined) return problem(undefined, 'date', 'is empty', 'every transaction needs its date');
  if (!instant.ok) return problem(dateCell, 'date', instant.problem, instant.hint);
  let time = instant.time;
  const timeCell = cell('time');
  if (timeCell !== undefined) {
    const parsed = parseTimeCell(timeCell.text);
    if (!parsed.ok) return problem(timeCell, 'time', parsed.problem, parsed.hint);
    time = parsed.time;
  }

  let amount: number;
  if ((money_in ?? 0) !== 0 && (money_out ?? 0) !== 0) {
    return problem(amountCells[1]!.at, 'out', 'is set, and so is the money-in cell of this row', 'a row moves money one way: clear one of the two');
  }
  if (money_in !== undefined || money_out !== undefined) {
    amount = Math.abs(money_in ?? 0) - Math.abs(money_out ?? 0);
  } else {
    amount = signed ?? 0;
    const directionCell = cell('direction');
    if (directionCell !== undefined) {
      const sign = directionOf(directionCell.text);
      if (sign === undefined) return problem(directionCell, 'direction', 'is not a direction', 'write 입금 or 출금 (money in or out), or Credit or Debit');
      amount = sign * Math.abs(amount);
    }
  }
  const fee = money(cell('fee'), 'fee');
  if (fee === false) return undefined;
  amount -= fee ?? 0;
  if (amount === 0) {
    const at = amountCells.find((candidate) => candidate.at !== undefined)?.at;
    return problem(
      at,
      at === undefined ? (columns.has('amount') ? 'amount' : 'in') : 'amount',
      'moves no money',
      'a transaction needs an amount that is not zero',
    );
  }
  const balance = money(shownBalance, 'balance');
  if (balance === false) return undefined;

  const place = { file: table.file, line: record.line, sheet: table.sheet };
  return {
    transaction: {
      day: instant.day,
      time,
      amount: minor(amount),
      balance,
      counterparty: unwrapped(cell('counterparty')?.text ?? ''),
      memo: joined(record.cells, columns.get('memo') ?? []),
      source: cellSource({ ...place, column: (dateCell?.column ?? 0) + 1 }),
    },
    line: record.line,
    balanceCell:
      shownBalance === undefined || balance === undefined
        ? undefined
        : { column: shownBalance.column, source: cellSource({ ...place, column: shownBalance.column + 1 }) },
  };
}

/** The memo: the non-blank cells of its columns, each once, in order (`-` is KB's mark for an empty 송금메모). */
function joined(cells: readonly string[], columns: readonly number[]): string {
  const parts: string[] = [];
  for (const column of columns) {
    const text = unwrapped(cells[column]?.trim() ?? '');
    if (text !== '' && text !== '-' && !parts.includes(text)) parts.push(text);
  }
  return parts.join(' / ');
}

/**
 * The text on one line. 신한 wraps long cells with line breaks inside words (`타행모바일\n뱅킹`): between two
 * Hangul syllables the break goes, elsewhere it becomes a space.
 */
function unwrapped(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/(?<=[\uac00-\ud7a3])\s*\n\s*(?=[\uac00-\ud7a3])/g, '').replace(/\s*\n\s*/g, ' ');
}
