import type { Currency } from '../../domain/currency.js';
import type { Minor } from '../../domain/money.js';
import { formatMoney } from '../../domain/money.js';
import { columnLetters } from '../cell-ref.js';
import type { CsvTable } from '../csv-table.js';
import type { InputIssue } from '../input-issue.js';
import { ref, said } from '../issue-words.js';
import type { StatementRow } from './statement-rows.js';

/**
 * A warning for each row whose balance does not follow from the balance before it: the earlier balance plus the
 * amounts since (or plus its own amount alone, when the rows between have no balance because they were pending
 * and did not move it). Each break is reported once: the next row is checked against the broken row's balance.
 * Rows are oldest first.
 */
export function continuityBreaks(table: CsvTable, rows: readonly StatementRow[], currency: Currency): InputIssue[] {
  const plain = { ...currency, symbol: '' };
  const money = (amount: number) => formatMoney(amount as Minor, plain);
  const issues: InputIssue[] = [];
  let previous: StatementRow | undefined;
  let since = 0;
  for (const row of rows) {
    since += row.transaction.amount;
    if (row.balanceColumn === undefined) continue;
    if (previous !== undefined) {
      const before = previous.transaction.balance!;
      const balance = row.transaction.balance!;
      const amount = row.transaction.amount;
      if (before + since !== balance && before + amount !== balance) {
        const cell = table.sheet === undefined ? undefined : `${columnLetters(previous.balanceColumn! + 1)}${previous.line}`;
        const step = `${money(before)} ${amount < 0 ? '−' : '+'} ${money(Math.abs(amount))} = ${money(before + amount)}`;
        issues.push({
          severity: 'warning',
          file: table.file,
          sheet: table.sheet,
          line: row.line,
          column: row.balanceColumn + 1,
          field: table.header[row.balanceColumn],
          value: money(balance),
          ...said(ref('balanceBreak', previous.line, cell, step), ref('balanceBreakHint')),
        });
      }
    }
    previous = row;
    since = 0;
  }
  return issues;
}
