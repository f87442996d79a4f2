import { describe, expect, it } from 'vitest';
import type { Currency } from '../../src/domain/currency.js';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import { expand } from '../../src/domain/recurrence.js';
import { parseExpenses } from '../../src/read/expenses.js';
import type { ExpenseRow } from '../../src/reconcile/expenses-csv.js';
import { expenseRowOf, expensesCsv } from '../../src/reconcile/expenses-csv.js';
import { learnRecurring } from '../../src/reconcile/recurring.js';
import { rows } from '../support/debit-history.js';
import { d, KRW, USD } from '../support/factories.js';

const readBack = (text: string, currency: Currency) => {
  const read = parseExpenses(text, 'learned.csv', { currency, asOf: d('2027-01-05') });
  expect(read.issues).toEqual([]);
  return read.values.map(({ source: _source, ...row }) => row);
};

const row = (fields: Partial<ExpenseRow> & Pick<ExpenseRow, 'description'>): ExpenseRow => ({
  date: d('2027-01-25'),
  amount: minor(750_000),
  category: undefined,
  repeat: 'monthly',
  until: undefined,
  ...fields,
});

describe('expensesCsv', () => {
  it('writes the expenses reader’s own columns, ISO dates and plain amounts', () => {
    expect(expensesCsv([row({ description: '월세', category: 'rent' })], KRW)).toBe(
      'date,amount,description,category,repeat,until\n2027-01-25,750000,월세,rent,monthly,\n',
    );
  });

  it('is read back by parseExpenses to the same values: quotes, commas, spaces, cents, one-offs and an until', () => {
    const written: ExpenseRow[] = [
      row({ description: 'Kim, "Lee" & Co', amount: minor(123_450), category: 'rent' }),
      row({ description: 'Netflix', amount: minor(1_799), category: 'subscription', date: d('2027-02-03') }),
      row({ description: 'Laptop', amount: minor(2_390_00), repeat: 'none', date: d('2027-03-14') }),
      row({ description: 'Gym', amount: minor(5_000), repeat: 'weekly', until: d('2027-06-28'), date: d('2027-01-11') }),
      row({ description: 'Line\nbreak', amount: minor(1) }),
    ];
    expect(readBack(expensesCsv(written, USD), USD)).toEqual(written.map((expense) => ({ ...expense, description: expense.description.replace('\n', ' ') })));
  });

  it('quotes a payee a spreadsheet would run as a formula, and reads it back with the quote', () => {
    const [read] = readBack(expensesCsv([row({ description: '=HYPERLINK("http://x")' })], KRW), KRW);
    expect(read!.description).toBe('\'=HYPERLINK("http://x")');
  });

  it('turns a learned month-end rule into a row whose occurrences stay on month ends once read back', () => {
    const paid = ['2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31'].map((day) => ({
      day,
      amount: -30_000,
      counterparty: 'Cloud host',
      kind: 'host',
    }));
    const learned = learnRecurring(rows(paid), { currency: KRW, asOf: d('2027-04-02') });
    const [expense] = readBack(expensesCsv(learned.map(expenseRowOf), KRW), KRW);
    expect(expense).toEqual({ date: d('2027-03-31'), amount: 30_000, description: 'Cloud host', category: undefined, repeat: 'monthly', until: undefined });
    const next = expand({ start: expense!.date, repeat: expense!.repeat, until: undefined }, { from: d('2027-04-02'), to: d('2027-06-30') });
    expect(next.map((found) => formatDay(found.day))).toEqual(['2027-04-30', '2027-05-31', '2027-06-30']);
  });
});
