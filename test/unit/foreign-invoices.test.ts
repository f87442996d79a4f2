import { describe, expect, it } from 'vitest';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const settings = { currency: KRW, asOf: d('2026-12-01') };

describe('a file of invoices all in one foreign currency', () => {
  it('is one error that says --currency USD, not one per invoice', () => {
    const rows = Array.from({ length: 5 }, (_, index) => `U${index},Acme,100.50,2026-11-01,USD`).join('\n');
    const read = parseInvoices(`id,client,amount,issued,currency\n${rows}\n`, 'f.csv', settings);
    expect(read.issues.map(formatIssue)).toEqual([
      'f.csv:2:5: currency "USD" is the currency of every invoice (5), but the forecast is in KRW and has no USD rate; forecast in USD with --currency USD, or convert with --fx USD=RATE (KRW per 1 USD) or an --fx-rates file',
    ]);
  });

  it('is one error too when every amount is written with its sign', () => {
    const read = parseInvoices('id,client,amount,issued\nA,X,"$1,500.00",2026-11-01\nB,X,$20.00,2026-11-02\n', 'f.csv', settings);
    expect(read.issues.map(formatIssue)).toEqual([
      'f.csv:2:3: amount "$1,500.00" is written in USD, like every amount of the file (2), but the forecast is in KRW; forecast in USD with --currency USD, or give the rows a currency column and a rate (--fx USD=RATE)',
    ]);
  });

  it('keeps one error per invoice when some invoices are in the forecast currency', () => {
    const read = parseInvoices('id,client,amount,issued,currency\nK,X,100,2026-11-01,KRW\nU1,X,1,2026-11-01,USD\nU2,X,1,2026-11-01,USD\n', 'f.csv', settings);
    expect(read.issues.map((issue) => [issue.line, issue.problem])).toEqual([
      [3, 'has no exchange rate to KRW (invoices in USD: U1, U2)'],
      [4, 'has no exchange rate to KRW (invoices in USD: U1, U2)'],
    ]);
  });
});

describe('reading invoices for their dates only (cashflow clients)', () => {
  it('needs no exchange rate', () => {
    const read = parseInvoices('id,client,amount,issued,paid,currency\nU1,Acme,100.50,2026-10-01,2026-10-31,USD\nK,Beta,100,2026-11-01,,KRW\n', 'f.csv', {
      ...settings,
      datesOnly: true,
    });
    expect(read.issues).toEqual([]);
    expect(read.values.map((invoice) => [invoice.id, invoice.client, invoice.issued, invoice.paid])).toEqual([
      ['U1', 'Acme', d('2026-10-01'), d('2026-10-31')],
      ['K', 'Beta', d('2026-11-01'), undefined],
    ]);
  });
});
