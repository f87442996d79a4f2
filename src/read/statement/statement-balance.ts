import { addMinor } from '../../domain/money.js';
import type { BankStatement } from '../../domain/statement.js';
import type { StatementRow } from './statement-rows.js';

/**
 * The balance at the end of the last day that has one (see BankStatement.balance): the last row with a balance,
 * plus the rows of that day after it that have none (Chase's pending rows). Rows are oldest first.
 */
export function statementBalance(rows: readonly StatementRow[]): BankStatement['balance'] {
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.balanceSource === undefined) last -= 1;
  if (last < 0) return undefined;
  const row = rows[last]!;
  let amount = row.transaction.balance!;
  for (let index = last + 1; index < rows.length && rows[index]!.transaction.day === row.transaction.day; index += 1) {
    amount = addMinor(amount, rows[index]!.transaction.amount);
  }
  return { amount, day: row.transaction.day, source: row.balanceSource! };
}
