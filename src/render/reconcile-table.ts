import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import type { ReconcileReport } from '../report/reconcile-report.js';
import { plainTableText, trimLineEnds } from './plain-table.js';
import { payerOf } from './reconcile-json.js';
import { safeText } from './safe-text.js';

/**
 * `cashflow reconcile` as tables: what the statement paid, what is part paid, what needs the user's eye (never
 * guessed), the money nobody's invoice explains, and the invoices past due with no payment — for follow-up.
 */
export function renderReconcileTable(report: ReconcileReport, chalk: ChalkInstance): string {
  const money = (amount: Minor) => formatMoney(amount, report.currency);
  const { reconciliation: result, statement } = report;
  const span = statement.from === undefined ? 'no rows' : `${formatDay(statement.from)} – ${formatDay(statement.to!)}`;
  const parts: string[] = [chalk.bold(`Reconciled against ${statement.files.map(safeText).join(', ')} (${span})`)];
  const section = (title: string, head: string[], widths: number[], aligns: Array<'left' | 'right'>, rows: string[][]) => {
    if (rows.length === 0) return;
    parts.push('', chalk.bold(`${title} (${rows.length})`), trimLineEnds(plainTableText(head, widths, aligns, chalk, rows)));
  };
  section(
    'Paid',
    ['Invoice', 'Client', 'Paid on', 'Expected', 'Received', 'From'],
    [14, 14, 11, 12, 12, 16],
    ['left', 'left', 'left', 'right', 'right', 'left'],
    result.matched.map((match) => [
      safeText(match.invoice.id),
      safeText(match.invoice.client),
      formatDay(match.paidOn),
      money(match.expected),
      money(match.received),
      match.sheetPaid ? 'sheet + bank' : match.deposits.map((deposit) => safeText(deposit.source.replace(/^.*[\\/]/, ''))).join(', '),
    ]),
  );
  section(
    'Part paid, open for the rest',
    ['Invoice', 'Client', 'Expected', 'Received', 'Remaining'],
    [16, 14, 13, 13, 13],
    ['left', 'left', 'right', 'right', 'right'],
    result.partial.map((entry) => [
      safeText(entry.invoice.id),
      safeText(entry.invoice.client),
      money(entry.expected),
      money(entry.received),
      money(entry.remaining),
    ]),
  );
  section(
    'To review: more than one reading, not guessed',
    ['Date', 'Amount', 'Payer', 'Could pay', 'Why'],
    [11, 13, 14, 18, 22],
    ['left', 'right', 'left', 'left', 'left'],
    result.review.map((entry) => [
      formatDay(entry.deposit.day),
      money(entry.deposit.amount),
      safeText(payerOf(entry.deposit)),
      safeText(entry.candidates.join(', ')),
      safeText(entry.reason),
    ]),
  );
  section(
    'Deposits no invoice explains',
    ['Date', 'Amount', 'Payer', 'Source'],
    [11, 13, 20, 26],
    ['left', 'right', 'left', 'left'],
    result.unmatchedDeposits.map((deposit) => [formatDay(deposit.day), money(deposit.amount), safeText(payerOf(deposit)), safeText(deposit.source)]),
  );
  section(
    'Past due with no payment: follow up',
    ['Invoice', 'Client', 'Due', 'Days late'],
    [16, 18, 11, 10],
    ['left', 'left', 'left', 'right'],
    result.overdue.map((entry) => [safeText(entry.invoice.id), safeText(entry.invoice.client), formatDay(entry.due), String(entry.daysLate)]),
  );
  section(
    'Marked paid in the sheet, not found in the statement',
    ['Invoice', 'Client', 'Paid'],
    [16, 18, 11],
    ['left', 'left', 'left'],
    result.paidWithoutDeposit.map((entry) => [safeText(entry.invoice.id), safeText(entry.invoice.client), formatDay(entry.paid)]),
  );
  return `${parts.join('\n')}\n`;
}
