import type { ChalkInstance } from 'chalk';
import type { Minor } from '../domain/money.js';
import { tableAmount } from '../i18n/amount-text.js';
import { say } from '../i18n/catalogue.js';
import { tableDay } from '../i18n/day-text.js';
import type { Lang } from '../i18n/lang.js';
import { RECONCILE } from '../i18n/messages/reconcile.js';
import { REVIEW_REASONS } from '../i18n/messages/review-reasons.js';
import type { ReconcileReport } from '../report/reconcile-report.js';
import { plainTableText, trimLineEnds } from './plain-table.js';
import { payerOf } from './reconcile-json.js';
import { safeText } from './safe-text.js';

/**
 * `cashflow reconcile` as tables: what the statement paid, what is part paid, what needs the user's eye (never
 * guessed), the money nobody's invoice explains, and the invoices past due with no payment — for follow-up.
 */
export function renderReconcileTable(report: ReconcileReport, chalk: ChalkInstance, lang: Lang = 'en'): string {
  const text = RECONCILE[lang];
  const money = (amount: Minor) => tableAmount(amount, report.currency);
  const { reconciliation: result, statement } = report;
  const span = statement.from === undefined ? undefined : { from: statement.from, to: statement.to! };
  const parts: string[] = [chalk.bold(text.title(statement.files.map(safeText).join(', '), span, report.asOf))];
  const section = (title: string, head: readonly string[], widths: number[], aligns: Array<'left' | 'right'>, rows: string[][]) => {
    if (rows.length === 0) return;
    parts.push('', chalk.bold(text.section(title, rows.length)), trimLineEnds(plainTableText([...head], widths, aligns, chalk, rows)));
  };
  section(
    text.paidTitle(),
    text.paidHeadings(),
    [14, 14, 11, 12, 12, 16],
    ['left', 'left', 'left', 'right', 'right', 'left'],
    result.matched.map((match) => [
      safeText(match.invoice.id),
      safeText(match.invoice.client),
      tableDay(match.paidOn),
      money(match.expected),
      money(match.received),
      match.sheetPaid ? text.sheetAndBank() : match.deposits.map((deposit) => safeText(deposit.source.replace(/^.*[\\/]/, ''))).join(', '),
    ]),
  );
  section(
    text.partialTitle(),
    text.partialHeadings(),
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
    text.reviewTitle(),
    text.reviewHeadings(),
    [11, 13, 14, 18, 22],
    ['left', 'right', 'left', 'left', 'left'],
    result.review.map((entry) => [
      tableDay(entry.deposit.day),
      money(entry.deposit.amount),
      safeText(payerOf(entry.deposit)),
      safeText(entry.candidates.join(', ')),
      safeText(say(REVIEW_REASONS, lang, entry.why)),
    ]),
  );
  section(
    text.unmatchedTitle(),
    text.unmatchedHeadings(),
    [11, 13, 20, 26],
    ['left', 'right', 'left', 'left'],
    result.unmatchedDeposits.map((deposit) => [tableDay(deposit.day), money(deposit.amount), safeText(payerOf(deposit)), safeText(deposit.source)]),
  );
  section(
    text.overdueTitle(),
    text.overdueHeadings(),
    [16, 18, 11, 10],
    ['left', 'left', 'left', 'right'],
    result.overdue.map((entry) => [safeText(entry.invoice.id), safeText(entry.invoice.client), tableDay(entry.due), String(entry.daysLate)]),
  );
  section(
    text.paidWithoutDepositTitle(),
    text.paidWithoutDepositHeadings(),
    [16, 18, 11],
    ['left', 'left', 'left'],
    result.paidWithoutDeposit.map((entry) => [safeText(entry.invoice.id), safeText(entry.invoice.client), tableDay(entry.paid)]),
  );
  return `${parts.join('\n')}\n`;
}
