import { daysFromCivil, formatDay } from '../../domain/day.js';
import type { KrIncomeTaxRates } from '../../domain/kr-tax-rates/types.js';
import { minor } from '../../domain/money.js';
import { mulDiv } from '../../domain/ratio.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxPair, TaxProfile } from '../../domain/tax-calendar.js';
import { taxWord } from '../../domain/tax-words.js';
import { named } from '../../i18n/messages/tax-events.js';

/**
 * 중간예납 of `year` (소득세법 제65조①): half of last year's income tax paid on the May return (중간예납기준액;
 * withholding is not part of it), truncated below 1,000 won, billed for 30 November (or the next business day);
 * none under 500,000 won (소액 부징수). 개인지방소득세 of a tenth of it is billed with it (truncated to 10 won).
 */
export function interimAmount(lastYearIncomeTax: number, rates: KrIncomeTaxRates): TaxPair | undefined {
  const national = Number(mulDiv(BigInt(lastYearIncomeTax), 1n, 2000n, 'floor')) * 1000;
  if (national < rates.interimMinimum.value) return undefined;
  const local = Number(mulDiv(BigInt(national), BigInt(rates.localTaxPercent.value), 100n, 'floor10'));
  return { national, local };
}

/** The 중간예납 of `year` as a dated payment, or none (no last-year tax given, or under the minimum). */
export function interimPrepayment(profile: TaxProfile, year: number, rates: KrIncomeTaxRates, nextBusinessDay: NextBusinessDay): TaxCalendarEvent[] {
  const override = profile.override['interim-prepayment'];
  if (profile.lastYearIncomeTax === undefined && override === undefined) return [];
  const tax = profile.lastYearIncomeTax === undefined ? undefined : interimAmount(profile.lastYearIncomeTax, rates);
  if (tax === undefined && override === undefined) return [];
  const { month, day } = rates.interimDue.value;
  const statutoryDue = daysFromCivil(year, month, day);
  const date = nextBusinessDay(statutoryDue);
  const amount = override ?? tax!.national + tax!.local;
  if (amount === 0) return [];
  const unconfirmed = [rates.interimMinimum, rates.localTaxPercent].filter((figure) => !figure.confirmed).map((figure) => figure.id);
  return [
    {
      taxKind: 'interim-prepayment',
      date,
      dueDate: date,
      amount: minor(-amount),
      ...named(taxWord('interim', year)),
      working: { lastYearIncomeTax: profile.lastYearIncomeTax, tax, taxYear: year, overridden: override !== undefined, statutoryDue: formatDay(statutoryDue) },
      unconfirmed: override === undefined ? unconfirmed : [],
    },
  ];
}
