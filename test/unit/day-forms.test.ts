import { describe, expect, it } from 'vitest';
import { forecastOptionsFromFlags } from '../../src/cli/forecast-flags.js';
import { formatDay } from '../../src/domain/day.js';
import { parseDayText } from '../../src/domain/parse-day.js';
import { parseExpenses } from '../../src/read/expenses.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const read = (text: string, order?: 'DMY' | 'MDY') => {
  const parsed = parseDayText(text, order);
  return parsed.ok ? formatDay(parsed.day) : parsed.problem;
};

describe('dates as spreadsheets and other countries write them', () => {
  it.each([
    ['Nov 3, 2026', '2026-11-03'],
    ['November 3, 2026', '2026-11-03'],
    ['nov. 3 2026', '2026-11-03'],
    ['3 Nov 2026', '2026-11-03'],
    ['3 September 2026', '2026-09-03'],
    ['03-Nov-2026', '2026-11-03'],
    ['03-SEPT-2026', '2026-09-03'],
    ['2026-11-03 00:00:00', '2026-11-03'],
    ['2026-11-03T14:05', '2026-11-03'],
    ['2026.11.28 14:03:22', '2026-11-28'],
    ['15.03.2026', '2026-03-15'],
    // A dotted date with the year last is day.month.year wherever it is written so.
    ['03.04.2026', '2026-04-03'],
    // Its own values settle a slashed date when one part cannot be a month.
    ['13/11/2026', '2026-11-13'],
    ['04/28/2026', '2026-04-28'],
    ['04/28/2026 00:00:00', '2026-04-28'],
  ])('%s is %s', (text, day) => {
    expect(read(text)).toBe(day);
  });

  it.each([
    ['Nov 31, 2026', 'is not a day of the calendar'],
    ['31/02/2026', 'is not a day of the calendar'],
    ['Foo 3, 2026', 'is not a date'],
    ['2026-11-03 25:00', 'is not a date'],
    ['04/05/2026', 'could be day/month or month/day'],
  ])('%s is refused: %s', (text, problem) => {
    expect(read(text)).toBe(problem);
  });
});

const settings = { currency: KRW, asOf: d('2026-12-31') };
const days = (text: string) =>
  parseInvoices(text, 'inv.csv', settings).values.map((invoice) => [
    invoice.id,
    formatDay(invoice.issued),
    invoice.due === undefined ? null : formatDay(invoice.due),
  ]);

describe("a file's own dates settle their order", () => {
  it('one month/day date anywhere reads every slashed date of the file as month/day', () => {
    expect(days('id,client,amount,issued,due\nA,X,100,05/03/2026,06/02/2026\nB,X,100,04/01/2026,04/28/2026\n')).toEqual([
      ['A', '2026-05-03', '2026-06-02'],
      ['B', '2026-04-01', '2026-04-28'],
    ]);
  });

  it('one day/month date reads them as day/month, in an expenses file too', () => {
    expect(days('id,client,amount,issued\nA,X,100,05/03/2026\nB,X,100,13/11/2026\n')).toEqual([
      ['A', '2026-03-05', null],
      ['B', '2026-11-13', null],
    ]);
    const expenses = parseExpenses('date,amount,description,repeat,until\n01/02/2026,10,Rent,monthly,31/12/2026\n', 'exp.csv', settings);
    expect(expenses.issues).toEqual([]);
    expect(expenses.values.map((expense) => [formatDay(expense.date), formatDay(expense.until!)])).toEqual([['2026-02-01', '2026-12-31']]);
  });

  it('both kinds in one file are one error naming a cell of each', () => {
    const read = parseInvoices('id,client,amount,issued,due\nA,X,100,13/11/2026,\nB,X,100,01/02/2026,04/28/2026\n', 'inv.csv', settings);
    expect(read.values).toEqual([]);
    expect(read.issues.map(formatIssue)).toEqual([
      'inv.csv:3:5: due "04/28/2026" is month/day, but issued "13/11/2026" on line 2 is day/month; a file writes its dates one way: correct the one that is wrong, or write dates as YYYY-MM-DD',
    ]);
  });

  it('--date-format still decides, and a file that stays ambiguous still needs it', () => {
    expect(parseInvoices('id,client,amount,issued\nA,X,100,05/03/2026\n', 'inv.csv', { ...settings, dayOrder: 'MDY' }).values[0]!.issued).toBe(d('2026-05-03'));
    expect(parseInvoices('id,client,amount,issued\nA,X,100,05/03/2026\n', 'inv.csv', settings).issues.map((issue) => issue.problem)).toEqual([
      'could be day/month or month/day',
    ]);
  });
});

describe('--as-of takes every form a cell takes', () => {
  const asOf = (text: string, dateFormat?: string) =>
    formatDay(
      forecastOptionsFromFlags(
        { asOf: text, dateFormat, buffer: '0', days: '90', delay: '30', overdueGrace: '14', currency: 'KRW', color: false },
        '2026-01-01',
      ).asOf,
    );
  it.each([
    ['2026.12.01', '2026-12-01'],
    ['Dec 1, 2026', '2026-12-01'],
    ['2026년 12월 1일', '2026-12-01'],
    ['13/12/2026', '2026-12-13'],
  ])('%s', (text, day) => {
    expect(asOf(text)).toBe(day);
  });
  it('reads 01/12/2026 by --date-format, and refuses it without', () => {
    expect(asOf('01/12/2026', 'DD/MM/YYYY')).toBe('2026-12-01');
    expect(() => asOf('01/12/2026')).toThrow('--as-of "01/12/2026" could be day/month or month/day');
  });
});
