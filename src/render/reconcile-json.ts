import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { Deposit } from '../reconcile/reconciliation.js';
import type { ReconcileReport } from '../report/reconcile-report.js';
import { jsonSafeText } from './safe-text.js';

/** `cashflow reconcile --json`, contract version 1: dates as YYYY-MM-DD, amounts in major units. */
export function reconcileJson(report: ReconcileReport) {
  const money = (amount: Minor) => toMajorNumber(amount, report.currency);
  const deposit = (entry: Deposit) => ({
    date: formatDay(entry.day),
    amount: money(entry.amount),
    payer: payerOf(entry),
    memo: entry.memo,
    source: entry.source,
  });
  const { reconciliation: result, statement } = report;
  return {
    version: 1,
    asOf: formatDay(report.asOf),
    currency: report.currency.code,
    statement: {
      from: statement.from === undefined ? null : formatDay(statement.from),
      to: statement.to === undefined ? null : formatDay(statement.to),
      files: statement.files,
    },
    matched: result.matched.map((match) => ({
      invoice: match.invoice.id,
      client: match.invoice.client,
      paidOn: formatDay(match.paidOn),
      expected: money(match.expected),
      received: money(match.received),
      sheetPaid: match.sheetPaid,
      deposits: match.deposits.map(deposit),
    })),
    partial: result.partial.map((entry) => ({
      invoice: entry.invoice.id,
      client: entry.invoice.client,
      expected: money(entry.expected),
      received: money(entry.received),
      remaining: money(entry.remaining),
      deposits: entry.deposits.map(deposit),
    })),
    review: result.review.map((entry) => ({ deposit: deposit(entry.deposit), candidates: entry.candidates, reason: entry.reason })),
    unmatchedDeposits: result.unmatchedDeposits.map(deposit),
    overdue: result.overdue.map((entry) => ({ invoice: entry.invoice.id, client: entry.invoice.client, due: formatDay(entry.due), daysLate: entry.daysLate })),
    paidNotInStatement: result.paidWithoutDeposit.map((entry) => ({ invoice: entry.invoice.id, client: entry.invoice.client, paid: formatDay(entry.paid) })),
  };
}

/** The payer as a person reads it: the counterparty cell, or the memo when the bank gives none. */
export function payerOf(deposit: Deposit): string {
  return deposit.payer === '' ? deposit.memo : deposit.payer;
}

export function renderReconcileJson(report: ReconcileReport): string {
  return `${jsonSafeText(JSON.stringify(reconcileJson(report), null, 2))}\n`;
}
