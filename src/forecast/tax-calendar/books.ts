import type { Day } from '../../domain/day.js';
import { daysFromCivil } from '../../domain/day.js';
import { minor } from '../../domain/money.js';
import { mulDiv } from '../../domain/ratio.js';
import { expand } from '../../domain/recurrence.js';
import type { TaxPair } from '../../domain/tax-calendar.js';
import type { Expense, Invoice } from '../../domain/types.js';

/** What the tax calendar reads: the books as the forecast has them (invoices paid and open, expenses). */
export interface TaxBooks {
  readonly invoices: readonly Invoice[];
  readonly expenses: readonly Expense[];
}

/** The days whose tax events are wanted: the horizon, or the caught-up days before it. */
export interface TaxRange {
  readonly first: Day;
  readonly last: Day;
}

/** A tax year's invoiced income: gross before withholding, VAT left out (it is not income), and what was withheld. */
export interface YearIncome {
  readonly income: number;
  readonly withheld: TaxPair;
  /** Occurrences counted, for the working. */
  readonly invoices: number;
  /**
   * The part of `income` and `withheld` that is 기타소득: invoices withheld at the 8.8 % of 소득세법 제21조①19호
   * (20 % of the 40 % left after the 60 % 필요경비, plus local tax) rather than the 3.3 % of 사업소득.
   */
  readonly other: { readonly income: number; readonly withheld: TaxPair };
}

/** An invoice withheld above 5 % of its income (3.3 % is 사업소득, 8.8 % 기타소득): the rate tells which it is. */
function isOtherIncome(withheld: number, income: number): boolean {
  return income > 0 && withheld * 20 > income;
}

/**
 * The income of the invoices issued in `year` (소득세법: the tax year is the calendar year): every one-off invoice
 * issued in it and every retainer occurrence issued in it, paid or open. Each counts its own withholding, as the
 * forecast computed it when reading the row.
 */
export function yearIncome(invoices: readonly Invoice[], year: number): YearIncome {
  const from = daysFromCivil(year, 1, 1);
  const to = daysFromCivil(year, 12, 31);
  let income = 0;
  let national = 0;
  let local = 0;
  let count = 0;
  let otherIncome = 0;
  let otherNational = 0;
  let otherLocal = 0;
  for (const invoice of invoices) {
    const times =
      invoice.repeat === 'none'
        ? invoice.issued >= from && invoice.issued <= to
          ? 1
          : 0
        : expand({ start: invoice.issued, repeat: invoice.repeat, until: invoice.until }, { from, to }).length;
    if (times === 0) continue;
    const pair = splitWithheld(invoice.withheld);
    income += times * (invoice.gross - invoice.vat);
    national += times * pair.national;
    local += times * pair.local;
    count += times;
    if (isOtherIncome(invoice.withheld, invoice.gross - invoice.vat)) {
      otherIncome += times * (invoice.gross - invoice.vat);
      otherNational += times * pair.national;
      otherLocal += times * pair.local;
    }
  }
  return { income, withheld: { national, local }, invoices: count, other: { income: otherIncome, withheld: { national: otherNational, local: otherLocal } } };
}

/**
 * The national and local parts of a KRW withholding of 3.3 %: the reader withholds national tax truncated to 10 won
 * and local tax of a tenth of it truncated to 10 won (src/domain/korean-tax.ts withhold), so the national part is
 * the multiple of 10 whose total gives back `withheld`. A total no such split explains (a rate typed otherwise) is
 * split 10 : 1, the local part truncated to the won.
 */
export function splitWithheld(withheld: number): TaxPair {
  const guess = Number(mulDiv(BigInt(withheld), 10n, 11n, 'floor10'));
  for (const national of [guess, guess + 10, guess - 10]) {
    const local = Number(mulDiv(BigInt(national), 1n, 10n, 'floor10'));
    if (national >= 0 && national + local === withheld) return { national, local };
  }
  const local = Number(mulDiv(BigInt(withheld), 1n, 11n, 'floor'));
  return { national: withheld - local, local };
}

/** A pair's total as a Minor. */
export function pairTotal(pair: TaxPair) {
  return minor(pair.national + pair.local);
}
