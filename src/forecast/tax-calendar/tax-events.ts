import type { Day } from '../../domain/day.js';
import { addDays } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import type { TaxCalendarEvent, TaxKind } from '../../domain/tax-calendar.js';
import type { TaxWord } from '../../domain/tax-words.js';
import type { Expense, Invoice, Source, TaxEvent } from '../../domain/types.js';
import type { ForecastOptions } from '../options.js';
import { taxCalendarApplies } from './applies.js';
import type { ExpenseOccurrence } from './books-adapter.js';
import { expenseOccurrences, vatAndInsuranceFromBooks } from './books-adapter.js';
import { nextBusinessDayFor } from './business-day.js';
import { dropCovered } from './double-count.js';
import type { TaxCalendarContext, TaxCalendarPlugins } from './index.js';
import { taxCalendar } from './index.js';

/** An estimate left out because an expenses row already stands for it (issue 16, item 4): the row wins. */
export interface CoveredTaxEstimate {
  readonly taxKind: TaxKind;
  readonly date: Day;
  readonly amount: Minor;
  readonly description: string;
  readonly name?: TaxWord;
  /** The expenses row that stands for it, and the day of its occurrence. */
  readonly row: Source;
  readonly rowDate: Day;
}

/** The calendar's events in a range, as the schedule books them, and the estimates the user's rows replace. */
export interface TaxCalendarResult {
  readonly events: TaxEvent[];
  readonly covered: CoveredTaxEstimate[];
}

// A row for a deadline rolled into the next month is dated in the month before (31 May → 1 June): look back so far.
const ROW_LOOKBACK_DAYS = 40;

/**
 * The tax calendar's events in `first … last`: none without a tax profile, and none for a book in another currency
 * than KRW (the calendar is Korea's). With a profile, VAT comes from the calendar (예정고지 and 확정 for an
 * 일반과세자, 예정부과 and the annual return for a 간이과세자, none when exempt), so the schedule's plain VAT reserve
 * gives way to it (`taxCalendarApplies`).
 */
export function taxCalendarOf(invoices: readonly Invoice[], expenses: readonly Expense[], options: ForecastOptions, first: Day, last: Day): TaxCalendarResult {
  const profile = options.taxProfile;
  if (profile === undefined || !taxCalendarApplies(options) || first > last) return { events: [], covered: [] };
  const context: TaxCalendarContext = {
    profile,
    books: { invoices, expenses },
    range: { first, last },
    nextBusinessDay: nextBusinessDayFor(options.currency),
    asOf: options.asOf,
  };
  const covered: CoveredTaxEstimate[] = [];
  const rows = expenseOccurrences(expenses, addDays(first, -ROW_LOOKBACK_DAYS), last);
  const note = (found: readonly { event: TaxCalendarEvent; byRow: ExpenseOccurrence }[]) => {
    for (const { event, byRow } of found) {
      covered.push({
        taxKind: event.taxKind,
        date: event.date,
        amount: event.amount,
        description: event.description,
        ...(event.name === undefined ? {} : { name: event.name }),
        row: byRow.expense.source,
        rowDate: byRow.date,
      });
    }
  };
  const plugins: TaxCalendarPlugins = {
    estimators: [
      (calendar) => {
        const result = vatAndInsuranceFromBooks(calendar);
        note(result.covered);
        return result.kept;
      },
    ],
    withoutDoubleCounting: (events) => {
      const result = dropCovered(events, rows);
      note(result.covered);
      return result.kept;
    },
  };
  const events = taxCalendar(context, plugins).map(taxEventOf);
  covered.sort((a, b) => a.date - b.date);
  return { events, covered };
}

/** The calendar's events alone, for the schedule. */
export function calendarTaxEvents(invoices: readonly Invoice[], expenses: readonly Expense[], options: ForecastOptions, first: Day, last: Day): TaxEvent[] {
  return taxCalendarOf(invoices, expenses, options, first, last).events;
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
    ...(event.name === undefined ? {} : { name: event.name }),
    ...(event.warningWords === undefined ? {} : { warningWords: event.warningWords }),
  };
}
