import type { Day } from '../../domain/day.js';
import type { TaxCalendarEvent } from '../../domain/tax-calendar.js';
import type { Expense, Invoice, TaxEvent } from '../../domain/types.js';
import type { ForecastOptions } from '../options.js';
import { nextBusinessDayFor } from './business-day.js';
import { taxCalendar } from './index.js';

/**
 * The tax calendar's events in `first … last` as the schedule's tax events: none without a tax profile, and none
 * for a book in another currency than KRW (the calendar is Korea's).
 */
export function calendarTaxEvents(invoices: readonly Invoice[], expenses: readonly Expense[], options: ForecastOptions, first: Day, last: Day): TaxEvent[] {
  const profile = options.taxProfile;
  if (profile === undefined || options.currency.code !== 'KRW' || first > last) return [];
  const context = { profile, books: { invoices, expenses }, range: { first, last }, nextBusinessDay: nextBusinessDayFor(options.currency), asOf: options.asOf };
  return taxCalendar(context).map(taxEventOf);
}

function taxEventOf(event: TaxCalendarEvent): TaxEvent {
  return {
    kind: 'tax',
    date: event.date,
    amount: event.amount,
    description: event.description,
    invoices: [],
    taxKind: event.taxKind,
    dueDate: event.dueDate,
    working: event.working,
    unconfirmed: event.unconfirmed,
  };
}
