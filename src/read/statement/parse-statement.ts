import type { Currency } from '../../domain/currency.js';
import type { DayOrder } from '../../domain/parse-day.js';
import type { BankStatement } from '../../domain/statement.js';
import type { ColumnChoices } from '../columns.js';
import type { CsvTable } from '../csv-table.js';
import type { Read } from '../input-issue.js';

/** How to read a statement: what the flags and config say. */
export interface StatementSettings {
  /** The forecast currency: a statement in another is an error unless converted. */
  readonly currency: Currency;
  /** `--map bank.FIELD=heading`: field → heading (fields: date, time, in, out, amount, direction, balance, counterparty, memo). */
  readonly choices?: ColumnChoices | undefined;
  readonly dayOrder?: DayOrder | undefined;
  readonly decimalComma?: boolean | undefined;
}

/**
 * A statement's value from its tables (a CSV file's one table, or a workbook's sheets: the first whose header a
 * profile recognises). PLACEHOLDER until the statement reader lands (issue 13, part B): it reads nothing.
 */
export function parseStatement(tables: readonly CsvTable[], _settings: StatementSettings): Read<BankStatement | undefined> {
  return {
    values: undefined,
    issues: [{ severity: 'error', file: tables[0]?.file ?? '', line: 1, column: 1, problem: 'cannot be read yet', hint: 'bank statements are not read yet' }],
  };
}
