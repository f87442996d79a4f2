import type { Day } from '../../domain/day.js';
import { partsOf } from '../../domain/day.js';
import { incomeTaxRates } from '../../domain/kr-tax-rates/index.js';
import { mulDiv } from '../../domain/ratio.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxProfile } from '../../domain/tax-calendar.js';
import type { Expense } from '../../domain/types.js';
import type { TaxBooks, TaxRange } from './books.js';
import { yearIncome } from './books.js';
import { estimatedPensionPaid } from './books-adapter.js';
import { incomeTaxSettlement } from './income-tax.js';
import { interimAmount, interimPrepayment } from './interim.js';

/** What every estimator of the calendar is given. */
export interface TaxCalendarContext {
  readonly profile: TaxProfile;
  readonly books: TaxBooks;
  readonly range: TaxRange;
  readonly nextBusinessDay: NextBusinessDay;
  /** The forecast's as-of: `lastYearIncomeTax` is the return filed in its year. */
  readonly asOf: Day;
}

/**
 * The estimators of other tax kinds (h-tax-b's VAT and social insurance) and the no-double-counting rule: the one
 * place they plug in. Each estimator returns the events of its kinds in the range; `withoutDoubleCounting` drops
 * (and explains) an estimate an expenses row already stands for.
 */
export interface TaxCalendarPlugins {
  readonly estimators: ReadonlyArray<(context: TaxCalendarContext) => readonly TaxCalendarEvent[]>;
  readonly withoutDoubleCounting: (events: readonly TaxCalendarEvent[], expenses: readonly Expense[]) => readonly TaxCalendarEvent[];
}

export const NO_PLUGINS: TaxCalendarPlugins = { estimators: [], withoutDoubleCounting: (events) => events };

/**
 * Every estimated tax event of the profile whose day is in the range, in date order: the May return (종합소득세
 * 확정신고, a bill, its 분납, or a refund) of each tax year whose return falls in the range, the 중간예납 of the
 * as-of year, then the plugged-in kinds; an event an expenses row already stands for is left out.
 */
export function taxCalendar(context: TaxCalendarContext, plugins: TaxCalendarPlugins = NO_PLUGINS): TaxCalendarEvent[] {
  const { profile, books, range, nextBusinessDay } = context;
  const asOfYear = partsOf(context.asOf).year;
  const events: TaxCalendarEvent[] = [];
  const firstYear = partsOf(range.first).year;
  const lastYear = partsOf(range.last).year;
  for (let filed = firstYear; filed <= lastYear; filed++) {
    const year = filed - 1;
    const { rates, ownYear } = incomeTaxRates(year);
    events.push(
      ...incomeTaxSettlement({
        profile,
        year,
        rates,
        ratesOwnYear: ownYear,
        income: yearIncome(books.invoices, year),
        previousIncome: previousRevenue(books, year),
        // 연금보험료공제: the user's monthly 국민연금 for twelve months, or what the estimate pays in the tax year.
        pensionPaid: typeof profile.pension === 'number' ? profile.pension * 12 : profile.pension === 'estimate' ? estimatedPensionPaid(context, year) : 0,
        interimPaid: interimPaidIn(profile, year, asOfYear),
        nextBusinessDay,
      }),
    );
  }
  if (asOfYear >= firstYear && asOfYear <= lastYear) events.push(...interimPrepayment(profile, asOfYear, incomeTaxRates(asOfYear).rates, nextBusinessDay));
  for (const estimate of plugins.estimators) events.push(...estimate(context));
  const inRange = events.filter((event) => event.date >= range.first && event.date <= range.last);
  return [...plugins.withoutDoubleCounting(inRange, books.expenses)].sort((a, b) => a.date - b.date);
}

/**
 * The 중간예납 (national) paid in a tax year: the profile's `interimPaid`; for the as-of year without it, the
 * 중간예납 this calendar bills from `lastYearIncomeTax` (it is paid before that year's return).
 */
function interimPaidIn(profile: TaxProfile, year: number, asOfYear: number): number {
  if (profile.interimPaid !== undefined) return profile.interimPaid;
  if (year !== asOfYear) return 0;
  // The user's own 중간예납 bill (national + a tenth of local tax) is what was paid: its national part counts.
  const billed = profile.override['interim-prepayment'];
  if (billed !== undefined) return Number(mulDiv(BigInt(billed), 10n, 11n, 'floor'));
  if (profile.lastYearIncomeTax === undefined) return 0;
  return interimAmount(profile.lastYearIncomeTax, incomeTaxRates(year).rates)?.national ?? 0;
}

/** The year before the tax year's revenue, or undefined when no invoice of the books was issued in it. */
function previousRevenue(books: TaxCalendarContext['books'], year: number): number | undefined {
  const previous = yearIncome(books.invoices, year - 1);
  return previous.invoices === 0 ? undefined : previous.income;
}
