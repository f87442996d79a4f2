import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/read/csv-table.js';
import { parseExpenses } from '../../src/read/expenses.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const settings = { currency: KRW, asOf: d('2026-12-01') };

describe('a file with a header and no rows', () => {
  it('is an empty list of invoices with a warning, not an error', () => {
    const read = parseInvoices('id,client,amount,issued\n', 'inv.csv', settings);
    expect(read.values).toEqual([]);
    expect(read.issues.map(formatIssue)).toEqual([
      'warning: inv.csv:1:1: file has a header row but no data rows; it is read as an empty list; add rows under the header, or check that this is the right file',
    ]);
  });

  it('is an empty list of expenses, the warning on the header line under a title', () => {
    const read = parseExpenses('12월 지출\n\ndate,amount,description\n', 'exp.csv', settings);
    expect(read.values).toEqual([]);
    expect(read.issues.map((issue) => [issue.severity, issue.line, issue.problem])).toEqual([
      ['warning', 3, 'has a header row but no data rows; it is read as an empty list'],
    ]);
  });

  it('is a table with its header line and no records, for every reader of tables', () => {
    const parsed = parseCsvTable('\nid,client\n', 'f.csv');
    expect(parsed.table?.header).toEqual(['id', 'client']);
    expect(parsed.table?.headerLine).toBe(2);
    expect(parsed.issues.map((issue) => issue.severity)).toEqual(['warning']);
  });

  it('still needs its required columns', () => {
    expect(
      parseInvoices('id,client\n', 'inv.csv', settings)
        .issues.filter((issue) => issue.severity === 'error')
        .map((issue) => issue.problem),
    ).toEqual(['has no "amount" column', 'has no "issued" column']);
  });

  it('an empty file stays an error', () => {
    expect(parseInvoices('', 'inv.csv', settings).issues.map((issue) => [issue.severity, issue.problem])).toEqual([['error', 'is empty']]);
  });
});
