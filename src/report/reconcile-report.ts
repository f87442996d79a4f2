import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Ratio } from '../domain/ratio.js';
import type { BankStatement } from '../domain/statement.js';
import type { Invoice } from '../domain/types.js';
import { clientHistories, learnedDelays } from '../forecast/client-history.js';
import type { ForecastOptions } from '../forecast/options.js';
import { matchDeposits } from '../reconcile/match-deposits.js';
import { clientIndex } from '../reconcile/payer-names.js';
import { receivablesOf } from '../reconcile/receivables.js';
import type { Deposit, Reconciliation } from '../reconcile/reconciliation.js';

/** How close a deposit must come to an invoice, and the names the user taught (config `aliases`). */
export interface ReconcileSettings {
  readonly feeTolerance: Minor;
  readonly fxTolerance: Ratio;
  readonly aliases: Readonly<Record<string, readonly string[]>>;
}

/** `cashflow reconcile`'s report: the statements' span and what they say about the invoices. */
export interface ReconcileReport {
  readonly currency: Currency;
  readonly asOf: Day;
  readonly statement: { readonly from: Day | undefined; readonly to: Day | undefined; readonly files: readonly string[] };
  readonly reconciliation: Reconciliation;
}

/** The statement's fee tolerance when none is given: 1,000 won; 15 major units of any other currency. */
export function defaultFeeTolerance(currency: Currency): number {
  return currency.code === 'KRW' ? 1000 : 15 * 10 ** currency.decimals;
}

/**
 * Matches every deposit of the statements against the invoices. The expected day of an open invoice is the
 * forecast's rule (its due date, issue + the default delay, or the client's learned delay, whichever is latest), so
 * a client's habits decide which of its invoices a deposit most likely pays.
 */
export function buildReconcileReport(
  invoices: readonly Invoice[],
  statements: readonly BankStatement[],
  options: ForecastOptions,
  settings: ReconcileSettings,
): ReconcileReport {
  const days = statements.flatMap((statement) => (statement.from === undefined ? [] : [statement.from, statement.to!]));
  const from = days.length === 0 ? undefined : day(Math.min(...days));
  const to = days.length === 0 ? undefined : day(Math.max(...days));
  const learned = learnedDelays(clientHistories(invoices, options), options.minHistory ?? Infinity);
  const expectedDayOf = (client: string, issued: Day, due: Day | undefined) =>
    day(Math.max(due ?? issued, issued + options.delayDays, issued + (learned.get(client)?.medianDays ?? 0)));
  const receivables = from === undefined ? [] : receivablesOf(invoices, { from, to: to! }, expectedDayOf);
  const deposits: Deposit[] = statements.flatMap((statement) =>
    statement.transactions
      .filter((row) => row.amount > 0)
      .map((row) => ({ day: row.day, amount: row.amount, payer: row.counterparty, memo: row.memo, source: row.source })),
  );
  const clients = clientIndex(new Set(invoices.map((invoice) => invoice.client)), settings.aliases);
  const reconciliation = matchDeposits(receivables, deposits, { tolerance: { fee: settings.feeTolerance, fx: settings.fxTolerance }, clients, from, to });
  return { currency: options.currency, asOf: options.asOf, statement: { from, to, files: statements.map((statement) => statement.file) }, reconciliation };
}
