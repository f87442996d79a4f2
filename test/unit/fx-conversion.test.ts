import { describe, expect, it } from 'vitest';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW, USD } from '../support/factories.js';

const AS_OF = d('2026-12-01');
const read = (amount: string, rate: { num: bigint; den: bigint }, currency = KRW, code = 'USD') =>
  parseInvoices(`id,client,amount,issued,currency\nU-1,Acme,"${amount}",2026-11-15,${code}\n`, 'invoices.csv', {
    currency,
    asOf: AS_OF,
    fx: new Map([[code, rate]]),
  });

describe('converting an invoice into the forecast currency', () => {
  it('a rate so small that $1,000 converts to ₩0 is an error on the invoice row, not a ₩0 invoice', () => {
    const result = read('$1,000.00', { num: 1n, den: 10_000_000n });
    expect(result.values).toEqual([]);
    expect(result.issues.map(formatIssue)).toEqual([
      'invoices.csv:2:3: amount "$1,000.00" converts to ₩0 at the USD rate; check the rate (KRW per 1 USD, from --fx or --fx-rates): it is too small for this amount',
    ]);
  });

  it('a ₩1 invoice in a USD forecast at 0.00072 USD per won is $0.00 and refused the same way', () => {
    const result = read('1', { num: 72n, den: 100_000n }, USD, 'KRW');
    expect(result.issues.map(formatIssue)).toEqual([
      'invoices.csv:2:3: amount "1" converts to $0.00 at the KRW rate; check the rate (USD per 1 KRW, from --fx or --fx-rates): it is too small for this amount',
    ]);
  });

  it('an amount that converts past 2^53 − 1 won is an error on the row, not a rounded figure', () => {
    const result = read('$90,071,992,547,409.91', { num: 13_905n, den: 10n });
    expect(result.values).toEqual([]);
    expect(result.issues.map(formatIssue)).toEqual([
      'invoices.csv:2:3: amount "$90,071,992,547,409.91" converts to ₩125,245,105,637,173,480, more than cashflow can add exactly (₩9,007,199,254,740,991); check the amount and the USD rate (KRW per 1 USD) for a mistyped figure',
    ]);
  });

  it('converts at the rate, rounding half up once: $2,500.00 × 1390.5 = ₩3,476,250', () => {
    const result = read('$2,500.00', { num: 13_905n, den: 10n });
    expect(result.issues).toEqual([]);
    expect(result.values.map((invoice) => [invoice.gross, invoice.original])).toEqual([[3_476_250, { amount: 250_000, currency: 'USD' }]]);
  });
});
