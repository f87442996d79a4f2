import { chooseCatalogue } from '../../src/bridge/catalogue-choice.js';
import type { LinkableInvoice } from '../../src/bridge/need.js';
import { currencyOf } from '../../src/domain/currency.js';
import type { Day } from '../../src/domain/day.js';
import { parseIsoDay } from '../../src/domain/day.js';
import type { Minor } from '../../src/domain/money.js';
import type { BankStatement, BankTransaction } from '../../src/domain/statement.js';
import type { Expense, Invoice } from '../../src/domain/types.js';
import type { ForecastOptions } from '../../src/forecast/options.js';
import type { ReportExtras } from '../../src/report/build-report.js';
import { buildReport } from '../../src/report/build-report.js';
import type { CashflowReport } from '../../src/report/cashflow-report.js';

export const KRW = currencyOf('KRW')!;
export const USD = currencyOf('USD')!;
export const EUR = currencyOf('EUR')!;

/** `d('2027-01-31')`: a Day from its ISO text, failing loudly on a typo in a test. */
export function d(text: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) throw new Error(`bad test date ${text}`);
  return day;
}

/** A branded value as tests write it: money and days as plain numbers (the factories brand them). */
type Unbrand<V> = V extends Minor ? number : V extends Day ? number : V;
type Loose<T> = { [K in keyof T]: Unbrand<T[K]> };

export function invoice(fields: Partial<Loose<Invoice>> & Pick<Loose<Invoice>, 'amount' | 'issued'>): Invoice {
  return {
    id: 'INV',
    client: 'Client',
    due: undefined,
    paid: undefined,
    repeat: 'none',
    until: undefined,
    gross: fields.amount,
    withheld: 0,
    vat: 0,
    original: undefined,
    source: { file: 'invoices.csv', line: 2 },
    ...fields,
  } as Invoice;
}

export function expense(fields: Partial<Loose<Expense>> & Pick<Loose<Expense>, 'amount' | 'date'>): Expense {
  return {
    description: 'Expense',
    category: undefined,
    repeat: 'none',
    until: undefined,
    source: { file: 'expenses.csv', line: 2 },
    ...fields,
  } as Expense;
}

export function options(fields: Partial<Loose<ForecastOptions>> & Pick<Loose<ForecastOptions>, 'asOf'>): ForecastOptions {
  return {
    currency: KRW,
    days: 90,
    openingBalance: 0,
    openingBalanceGiven: true,
    buffer: 0,
    delayDays: 30,
    overdueGraceDays: 14,
    ...fields,
  } as ForecastOptions;
}

/** The report of a run as every command builds it, with the built-in catalogue of the options' currency. */
export function report(invoices: readonly Invoice[], expenses: readonly Expense[], opts: ForecastOptions, extras?: ReportExtras): CashflowReport {
  return buildReport({ invoices, expenses }, opts, chooseCatalogue(opts.currency, undefined), extras);
}

/** An open invoice an invoice-linked bridge may draw on, written with plain numbers. */
export function linkable(fields: Loose<LinkableInvoice>): LinkableInvoice {
  return fields as LinkableInvoice;
}

/** A statement row as tests write it: an ISO day, a signed amount, the balance after it when the bank gives one. */
export interface RowSpec {
  readonly day: string;
  readonly amount: number;
  readonly balance?: number;
  readonly counterparty?: string;
}

/**
 * A bank statement from oldest-first rows, its balance derived as the reader derives it: the last row with a balance,
 * plus the rows of that day after it. Row k (0-based) is at line k + 2 of `file`.
 */
export function statement(file: string, rows: readonly RowSpec[], profile = 'generic'): BankStatement {
  const transactions = rows.map(
    (row, index): BankTransaction => ({
      day: d(row.day),
      time: undefined,
      amount: row.amount as Minor,
      balance: row.balance as Minor | undefined,
      counterparty: row.counterparty ?? '',
      memo: '',
      source: `${file}:${index + 2}`,
    }),
  );
  let last = -1;
  transactions.forEach((row, index) => {
    if (row.balance !== undefined) last = index;
  });
  let balance: BankStatement['balance'];
  if (last >= 0) {
    const at = transactions[last]!;
    let amount = at.balance!;
    for (const row of transactions.slice(last + 1)) if (row.day === at.day) amount = (amount + row.amount) as Minor;
    balance = { amount, day: at.day, source: at.source };
  }
  return { file, profile, currency: 'KRW', transactions, from: transactions[0]?.day, to: transactions.at(-1)?.day, balance };
}
