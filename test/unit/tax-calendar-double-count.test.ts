import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/day.js';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import type { TaxCalendarEvent, TaxKind } from '../../src/domain/tax-calendar.js';
import { dropCovered } from '../../src/forecast/tax-calendar/double-count.js';
import { d } from '../support/factories.js';

function event(taxKind: TaxKind, date: string, dueDate = date, statutoryDue?: string): TaxCalendarEvent {
  return {
    taxKind,
    date: d(date),
    dueDate: d(dueDate),
    amount: minor(-100_000),
    description: taxKind,
    working: statutoryDue === undefined ? {} : { statutoryDue },
    unconfirmed: [],
  };
}

function row(date: string, category: string | undefined, description: string, line = 2) {
  return { date: d(date) as Day, category, description, source: { file: 'expenses.csv', line } };
}

function kinds(events: readonly TaxCalendarEvent[]) {
  return events.map((kept) => `${kept.taxKind} ${formatDay(kept.date)}`);
}

describe('an expenses row already standing for a tax event', () => {
  it('drops the 종합소득세 estimate for a tax row naming it in that month, and says which row', () => {
    const events = [event('income-tax', '2026-06-01', '2026-06-01', '2026-05-31'), event('pension', '2026-06-10')];
    const rows = [row('2026-05-31', 'tax', '종합소득세 5월분', 7)];
    const { kept, covered } = dropCovered(events, rows);
    // The return is due 31 May, rolled to Mon 1 June; the user dated the row 31 May: the statutory month counts.
    expect(kinds(kept)).toEqual(['pension 2026-06-10']);
    expect(covered).toEqual([{ event: events[0], byRow: rows[0] }]);
  });

  it.each([
    ['income-tax', '2026-06-01', 'tax', 'Income tax settlement'],
    ['income-tax', '2026-06-01', '세금', '소득세'],
    ['interim-prepayment', '2026-11-30', 'tax', '소득세 중간예납'],
    ['vat-preliminary', '2026-04-27', '세금', '부가세 예정고지'],
    ['vat-final', '2026-07-27', 'Tax', 'VAT 1기 확정'],
    ['health-insurance', '2026-03-10', 'insurance', '건강보험료'],
    ['pension', '2026-03-10', '보험', '국민연금 3월'],
  ] as const)('covers %s by a %s-dated row of category %s: "%s"', (taxKind, date, category, description) => {
    const { kept, covered } = dropCovered([event(taxKind, date)], [row(date, category, description)]);
    expect(kept).toEqual([]);
    expect(covered).toHaveLength(1);
  });

  it('keeps the event when the row is of another category, names another tax, or falls in another month', () => {
    const events = [event('income-tax', '2026-06-01'), event('vat-final', '2026-07-27'), event('health-insurance', '2026-03-10')];
    const rows = [
      row('2026-06-15', 'rent', '종합소득세'), // not a tax row
      row('2026-06-20', 'tax', '소득세 중간예납'), // 중간예납 stands for the November instalment, not the May return
      row('2026-08-03', 'tax', '부가세'), // the month after
      row('2026-03-10', 'insurance', '국민연금'), // names the pension, not 건강보험
      row('2026-03-10', 'tax', '건강보험'), // health insurance is not a tax row
    ];
    const { kept, covered } = dropCovered(events, rows);
    expect(kinds(kept)).toEqual(['income-tax 2026-06-01', 'vat-final 2026-07-27', 'health-insurance 2026-03-10']);
    expect(covered).toEqual([]);
  });

  it("lets one monthly insurance row cover each month's estimate, and only that month's", () => {
    // A recurring expense reaches dropCovered as one occurrence per month.
    const events = [event('health-insurance', '2026-01-12'), event('health-insurance', '2026-02-10'), event('health-insurance', '2026-03-10')];
    const rows = [row('2026-01-10', 'insurance', '건강보험 지역'), row('2026-02-10', 'insurance', '건강보험 지역')];
    const { kept, covered } = dropCovered(events, rows);
    expect(kinds(kept)).toEqual(['health-insurance 2026-03-10']);
    expect(covered.map((entry) => formatDay(entry.byRow.date))).toEqual(['2026-01-10', '2026-02-10']);
  });

  it('does not read "vat" inside another word', () => {
    const { kept } = dropCovered([event('vat-final', '2026-07-27')], [row('2026-07-01', 'tax', 'private tutoring')]);
    expect(kept).toHaveLength(1);
  });
});
