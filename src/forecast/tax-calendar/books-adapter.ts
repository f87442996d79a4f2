import type { Day } from '../../domain/day.js';
import { addDays, daysFromCivil, formatDay, partsOf } from '../../domain/day.js';
import { mulDiv, ratioOf } from '../../domain/ratio.js';
import { expand } from '../../domain/recurrence.js';
import type { NextBusinessDay, TaxProfile } from '../../domain/tax-calendar.js';
import type { Expense, Invoice } from '../../domain/types.js';
import type { CoverageResult } from './double-count.js';
import { insuranceEvents } from './insurance.js';
import { vatAndInsuranceEvents } from './vat-and-insurance.js';
import type { VatPurchase, VatSupply } from './vat-inputs.js';

/** An expense row with its `inputVat` cell (src/read/input-vat-cell.ts). */
export type ExpenseWithInputVat = Expense;

/** What the schedule has when it asks for the calendar (the shape of h-tax-a's TaxCalendarContext). */
export interface CalendarBooks {
  readonly profile: TaxProfile;
  readonly books: { readonly invoices: readonly Invoice[]; readonly expenses: readonly ExpenseWithInputVat[] };
  readonly range: { readonly first: Day; readonly last: Day };
  readonly nextBusinessDay: NextBusinessDay;
}

/** An expenses occurrence as dropCovered reports it: the row, and the day of this occurrence. */
export interface ExpenseOccurrence {
  readonly date: Day;
  readonly category: string | undefined;
  readonly description: string;
  readonly expense: ExpenseWithInputVat;
}

// A user's row for a deadline rolled into the next month is dated in the month before the event (31 May → 1 June).
const ROW_LOOKBACK_DAYS = 40;

/**
 * The VAT and insurance events of the books in the range, and those an expenses row stands for: invoices and
 * expenses expanded from 1 January two years before the range (a 예정고지 or 예정부과 rests on the period before
 * the one it falls in), insurance estimated from `incomeByYear` (the 사업소득금액 the income-tax estimate computes;
 * without it, each year's invoiced supply value less the profile's expenseRate).
 */
export function vatAndInsuranceFromBooks(context: CalendarBooks, incomeByYear?: ReadonlyMap<number, number>): CoverageResult<ExpenseOccurrence> {
  const { invoices, expenses } = context.books;
  const from = daysFromCivil(partsOf(context.range.first).year - 2, 1, 1);
  const supplies = supplyOccurrences(invoices, from, context.range.last);
  return vatAndInsuranceEvents({
    profile: context.profile,
    from: context.range.first,
    to: context.range.last,
    supplies,
    purchases: purchaseOccurrences(expenses, from, context.range.last),
    incomeByYear: incomeByYear ?? incomeFromSupplies(supplies, context.profile.expenseRate),
    rows: expenseOccurrences(expenses, addDays(context.range.first, -ROW_LOOKBACK_DAYS), context.range.last),
    nextBusinessDay: context.nextBusinessDay,
  });
}

/** Every invoice issued in `from … to`, a retainer once per occurrence (`RET-01@2026-12-05`), paid ones too. */
export function supplyOccurrences(invoices: readonly Invoice[], from: Day, to: Day): VatSupply[] {
  return invoices.flatMap((invoice) =>
    expand({ start: invoice.issued, repeat: invoice.repeat, until: invoice.until }, { from, to }).map(({ day }) => ({
      issued: day,
      gross: invoice.gross,
      vat: invoice.vat,
      taxable: invoice.vat > 0,
      id: invoice.repeat === 'none' ? invoice.id : `${invoice.id}@${formatDay(day)}`,
    })),
  );
}

export function purchaseOccurrences(expenses: readonly ExpenseWithInputVat[], from: Day, to: Day): VatPurchase[] {
  return expenseOccurrences(expenses, from, to).map(({ date, expense }) => ({
    date,
    amount: expense.amount,
    ...(expense.inputVat === undefined ? {} : { inputVat: expense.inputVat }),
  }));
}

export function expenseOccurrences(expenses: readonly ExpenseWithInputVat[], from: Day, to: Day): ExpenseOccurrence[] {
  return expenses.flatMap((expense) =>
    expand({ start: expense.date, repeat: expense.repeat, until: expense.until }, { from, to }).map(({ day }) => ({
      date: day,
      category: expense.category,
      description: expense.description,
      expense,
    })),
  );
}

/** Each year's supply value (gross less VAT) less the expense rate, rounded down: a stand-in 사업소득금액. */
function incomeFromSupplies(supplies: readonly VatSupply[], expenseRate: number | undefined): Map<number, number> {
  const rate = ratioOf(expenseRate ?? 0);
  const byYear = new Map<number, bigint>();
  for (const supply of supplies) {
    const year = partsOf(supply.issued).year;
    byYear.set(year, (byYear.get(year) ?? 0n) + BigInt(supply.gross - supply.vat));
  }
  return new Map([...byYear].map(([year, revenue]) => [year, Number(revenue - mulDiv(revenue, rate.num, rate.den, 'floor'))]));
}

/**
 * The 국민연금 an `"estimate"` profile pays in `year` (연금보험료공제 of that year's return, 소득세법 제51조의3): the
 * premiums the calendar estimates with their 10th-of-the-month payment day in the year, from the same stand-in
 * 사업소득금액 the insurance estimate uses.
 */
export function estimatedPensionPaid(context: CalendarBooks, year: number): number {
  const from = daysFromCivil(year, 1, 1);
  const to = daysFromCivil(year, 12, 31);
  const supplies = supplyOccurrences(context.books.invoices, daysFromCivil(year - 2, 1, 1), to);
  const events = insuranceEvents({
    from,
    to,
    pension: 'estimate',
    incomeByYear: incomeFromSupplies(supplies, context.profile.expenseRate),
    nextBusinessDay: context.nextBusinessDay,
  });
  return events.reduce((sum, event) => (event.taxKind === 'pension' ? sum - event.amount : sum), 0);
}
