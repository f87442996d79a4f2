import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { CaughtUpEvent } from '../forecast/catch-up.js';
import type { BalanceReport } from '../report/cashflow-report.js';
import { caughtUpText } from './caught-up-text.js';
import { sourceText } from './source-text.js';

/** The balance fields of JSON `assumptions` (contract version 1, added with dated balances). */
export function balanceJson(balance: BalanceReport, currency: Currency) {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  const day = (value: Day | undefined) => (value === undefined ? null : formatDay(value));
  return {
    balanceAmount: money(balance.amount),
    balanceDate: formatDay(balance.day),
    balanceSource: balance.source ?? null,
    balanceAgeDays: balance.ageDays,
    maxBalanceAge: balance.maxAgeDays,
    balanceStale: balance.stale,
    statements: balance.statements.map((statement) => ({
      file: statement.file,
      profile: statement.profile,
      from: day(statement.from),
      to: day(statement.to),
      balance: statement.balance === undefined ? null : money(statement.balance),
      balanceDate: day(statement.balanceDay),
    })),
    caughtUp: balance.caughtUp.map((event) => caughtUpJson(event, money)),
    paidByStatement: balance.paidByStatement.paid.map((entry) => ({
      invoice: entry.invoice,
      client: entry.client,
      paidOn: formatDay(entry.paidOn),
      received: money(entry.received),
    })),
    partlyPaidByStatement: balance.paidByStatement.partial.map((entry) => ({
      invoice: entry.invoice,
      client: entry.client,
      received: money(entry.received),
      remaining: money(entry.remaining),
    })),
  };
}

function caughtUpJson(event: CaughtUpEvent, money: (minor: Minor) => number) {
  return {
    date: formatDay(event.date),
    kind: event.kind === 'paid' ? 'invoice' : event.kind,
    description: caughtUpText(event),
    amount: money(event.amount),
    balance: money(event.balance),
    source: event.kind === 'tax' ? null : event.kind === 'statement' ? event.source : sourceText(event.source),
    assumed: event.assumed,
  };
}
