import type { Currency } from '../../domain/currency.js';
import type { DecimalStyle } from '../../domain/money.js';
import { minor } from '../../domain/money.js';
import type { DayOrder } from '../../domain/parse-day.js';
import type { BankTransaction } from '../../domain/statement.js';
import { cellSource } from '../cell-ref.js';
import type { CsvRecord, CsvTable } from '../csv-table.js';
import type { InputIssue } from '../input-issue.js';
import type { InputRef } from '../issue-words.js';
import { ref } from '../issue-words.js';
import { saidCellIssue } from '../row-reader.js';
import { parseDateTimeCell, parseTimeCell } from './date-time-cell.js';
import { directionOf } from './direction-cell.js';
import { isMasked, parseStatementAmount } from './statement-amount.js';
import type { StatementColumns, StatementField } from './statement-fields.js';

/** A transaction as read, with what ordering and the continuity check need of its row. */
export interface StatementRow {
  readonly transaction: BankTransaction;
  /** The row's line (a text file's) or row (a sheet's). */
  readonly line: number;
  /** The balance cell's column (0-based) and where it is (`nh.csv:11`, `shinhan.xlsx!G8`), when the row has a balance. */
  readonly balanceColumn: number | undefined;
  readonly balanceSource: string | undefined;
}

export interface RowSettings {
  readonly currency: Currency;
  readonly style: DecimalStyle;
  readonly dayOrder: DayOrder | undefined;
}

/**
 * Reads every record of the table into a transaction, in file order. A row with neither an amount nor a balance
 * and no date (a page marker `1/3`, a footnote) is left out without a word; a row that has a date but no amount,
 * or a cell that does not read, is an error of its row (rowOnly) and the row is left out.
 */
export function readStatementRows(table: CsvTable, columns: StatementColumns, settings: RowSettings, issues: InputIssue[]): StatementRow[] {
  const read = rowReader(table, columns, settings, issues);
  const rows: StatementRow[] = [];
  table.records.forEach((record) => {
    const row = read(record);
    if (row !== undefined) rows.push(row);
  });
  return rows;
}

const NONE: readonly number[] = [];
const NO_MONEY_MOVED = new Set(['REVERTED', 'DECLINED', 'FAILED', 'CANCELLED', 'CANCELED']);

/** The reader of one record: made once per table, since a statement may have a hundred thousand rows. */
function rowReader(table: CsvTable, columns: StatementColumns, settings: RowSettings, issues: InputIssue[]): (record: CsvRecord) => StatementRow | undefined {
  const of = (field: StatementField) => columns.get(field) ?? NONE;
  const [dates, times, ins, outs, signeds] = [of('date'), of('time'), of('in'), of('out'), of('amount')];
  const [directions, balances, fees, counterparties, memos] = [of('direction'), of('balance'), of('fee'), of('counterparty'), of('memo')];
  const states = of('state');
  /** The first of the columns whose cell is not blank, or -1. */
  const cell = (record: CsvRecord, candidates: readonly number[]): number => {
    for (const column of candidates) if ((record.cells[column]?.trim() ?? '') !== '') return column;
    return -1;
  };
  const text = (record: CsvRecord, column: number) => (column < 0 ? '' : record.cells[column]!.trim());
  const problem = (record: CsvRecord, column: number, field: StatementField, what: InputRef, hint: InputRef): undefined => {
    issues.push(saidCellIssue(table, record, column >= 0 ? column : of(field)[0], text(record, column), what, hint));
    return undefined;
  };
  /** The amount in the column, 0 for none; undefined after reporting a cell that does not read. */
  const money = (record: CsvRecord, column: number, field: StatementField): number | undefined => {
    if (column < 0) return 0;
    const cellText = text(record, column);
    if (cellText === '0') return 0; // the unused side of 입금/출금
    const parsed = parseStatementAmount(cellText, settings.currency, settings.style);
    return parsed.ok ? parsed.minor : problem(record, column, field, parsed.reason, parsed.hintReason);
  };

  return (record) => {
    // A payment the bank reverted or declined moved no money (Revolut lists them with their amount).
    if (states.length > 0 && NO_MONEY_MOVED.has(text(record, cell(record, states)).toUpperCase())) return undefined;
    const dateAt = cell(record, dates);
    const balanceFound = cell(record, balances);
    const balanceAt = balanceFound >= 0 && isMasked(text(record, balanceFound)) ? -1 : balanceFound;
    const [inAt, outAt, signedAt] = [cell(record, ins), cell(record, outs), cell(record, signeds)];
    const moneyIn = money(record, inAt, 'in');
    const moneyOut = money(record, outAt, 'out');
    const signed = money(record, signedAt, 'amount');
    if (moneyIn === undefined || moneyOut === undefined || signed === undefined) return undefined;
    const instant = dateAt < 0 ? undefined : parseDateTimeCell(text(record, dateAt), settings.dayOrder);
    if (moneyIn === 0 && moneyOut === 0 && signed === 0 && balanceAt < 0 && instant?.ok !== true) return undefined;

    if (instant === undefined) return problem(record, -1, 'date', ref('cellEmpty'), ref('dateNeeded'));
    if (!instant.ok) return problem(record, dateAt, 'date', instant.reason, instant.hintReason);
    let time = instant.time;
    const timeAt = cell(record, times);
    if (timeAt >= 0) {
      const parsed = parseTimeCell(text(record, timeAt));
      if (!parsed.ok) return problem(record, timeAt, 'time', parsed.reason, parsed.hintReason);
      time = parsed.time;
    }

    let amount: number;
    if (moneyIn !== 0 && moneyOut !== 0) {
      return problem(record, outAt, 'out', ref('inAndOut'), ref('inAndOutHint'));
    }
    if (inAt >= 0 || outAt >= 0) {
      amount = Math.abs(moneyIn) - Math.abs(moneyOut);
    } else {
      amount = signed;
      const directionAt = cell(record, directions);
      if (directionAt >= 0) {
        const sign = directionOf(text(record, directionAt));
        if (sign === undefined) return problem(record, directionAt, 'direction', ref('notADirection'), ref('notADirectionHint'));
        amount = sign * Math.abs(amount);
      }
    }
    const fee = money(record, cell(record, fees), 'fee');
    if (fee === undefined) return undefined;
    amount -= fee;
    if (amount === 0) {
      const at = [inAt, outAt, signedAt].find((column) => column >= 0) ?? -1;
      return problem(record, at, signeds.length > 0 ? 'amount' : 'in', ref('movesNoMoney'), ref('movesNoMoneyHint'));
    }
    const balance = balanceAt < 0 ? undefined : money(record, balanceAt, 'balance');
    if (balanceAt >= 0 && balance === undefined) return undefined;

    // A text file's cells are cited by line, so the row and its balance share one source.
    const source = cellSource({ file: table.file, line: record.line, column: dateAt + 1, sheet: table.sheet });
    return {
      transaction: {
        day: instant.day,
        time,
        amount: minor(amount),
        balance: balance === undefined ? undefined : minor(balance),
        counterparty: unwrapped(text(record, cell(record, counterparties))),
        memo: joined(record.cells, memos),
        source,
      },
      line: record.line,
      balanceColumn: balance === undefined ? undefined : balanceAt,
      balanceSource:
        balance === undefined
          ? undefined
          : table.sheet === undefined
            ? source
            : cellSource({ file: table.file, line: record.line, column: balanceAt + 1, sheet: table.sheet }),
    };
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
