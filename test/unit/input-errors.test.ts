import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExpenses } from '../../src/read/expenses.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const AS_OF = d('2026-12-01');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/errors/${name}`, import.meta.url), 'utf8');
const invoiceErrors = (name: string) => parseInvoices(fixture(name), name, { currency: KRW, asOf: AS_OF }).issues.map(formatIssue);
const expenseErrors = (name: string) => parseExpenses(fixture(name), name, { currency: KRW, asOf: AS_OF }).issues.map(formatIssue);

// One fixture per message: the exact text is the contract with the user.
describe('input error messages', () => {
  it('missing required column', () => {
    expect(invoiceErrors('missing-column.csv')).toEqual([
      'missing-column.csv:1:1: file has no "amount" column; add a column headed "amount", or name yours with --map amount="…"; the header is: id, client, issued',
    ]);
  });
  it('bad date', () => {
    expect(invoiceErrors('bad-date.csv')).toEqual([
      'bad-date.csv:3:4: issued "2026-13-01" is not a day of the calendar; check the month and the day, e.g. 2026-02-28',
    ]);
  });
  it('bad amount', () => {
    expect(invoiceErrors('bad-amount.csv')).toEqual([
      'bad-amount.csv:2:3: amount "one million" is not an amount; write digits with optional thousands separators, e.g. 1,500,000',
    ]);
  });
  it('too many decimals', () => {
    expect(invoiceErrors('too-many-decimals.csv')).toEqual([
      'too-many-decimals.csv:2:3: amount "1500.50" has 2 decimals, but KRW has 0; round it to whole units, e.g. 1,500,000',
    ]);
  });
  it('paid date after as-of', () => {
    expect(invoiceErrors('paid-after-as-of.csv')).toEqual([
      'paid-after-as-of.csv:2:5: paid "2026-12-05" is after the as-of date 2026-12-01; a paid date records cash that has arrived: clear it if the invoice is still open, or check --as-of',
    ]);
  });
  it('unknown repeat value', () => {
    expect(expenseErrors('unknown-repeat.csv')).toEqual([
      'unknown-repeat.csv:2:4: repeat "fortnightly" is not a repeat rule; use one of none, weekly, biweekly, monthly, quarterly, yearly',
    ]);
  });
  it('mixed currency without an exchange rate', () => {
    expect(invoiceErrors('mixed-currency.csv')).toEqual([
      'mixed-currency.csv:3:5: currency "USD" has no exchange rate to KRW (invoices in USD: INV-2); give one with --fx USD=RATE (KRW per 1 USD) or an --fx-rates file',
    ]);
  });
});

describe('reading problems together', () => {
  it('reports every bad cell of a file, with the line a multi-line record starts on', () => {
    const text = 'id,client,amount,issued,notes\nA,"Two\nline client",x,2026-11-01,hi\nB,C,100,2026-02-30,\n';
    const read = parseInvoices(text, 'f.csv', { currency: KRW, asOf: AS_OF });
    expect(read.issues.map(formatIssue)).toEqual([
      'warning: f.csv:1:5: column "notes" is not a column cashflow knows; its cells are ignored; known columns: id, client, amount, issued, due, paid, currency, repeat, until, withholding, vat, status; map it with --map FIELD="notes", or silence it with --ignore-column "notes"',
      'f.csv:2:3: amount "x" is not an amount; write digits with optional thousands separators, e.g. 1,500,000',
      'f.csv:4:4: issued "2026-02-30" is not a day of the calendar; check the month and the day, e.g. 2026-02-28',
    ]);
  });
  it('reads headers in any case and order, with CRLF line ends and blank lines', () => {
    const text = 'Issued,AMOUNT,Client,ID\r\n\r\n2026-11-01,"1,000",Acme,A-1\r\n';
    const read = parseInvoices(text, 'f.csv', { currency: KRW, asOf: AS_OF });
    expect(read.issues).toEqual([]);
    expect(read.values).toEqual([
      {
        id: 'A-1',
        client: 'Acme',
        amount: 1000,
        gross: 1000,
        withheld: 0,
        vat: 0,
        original: undefined,
        issued: d('2026-11-01'),
        due: undefined,
        paid: undefined,
        repeat: 'none',
        until: undefined,
        source: { file: 'f.csv', line: 3 },
      },
    ]);
  });
  it('points at an empty required cell', () => {
    const read = parseInvoices('id,client,amount,issued\nA,,100,2026-11-01\n', 'f.csv', { currency: KRW, asOf: AS_OF });
    expect(read.issues.map(formatIssue)).toEqual(['f.csv:2:2: client "" is empty; every row needs a client']);
  });
});
