import type { ForecastOptions } from '../options.js';

/**
 * Whether the tax calendar estimates this forecast's taxes: a KRW book (the calendar is Korea's) with a tax profile.
 * It then books the VAT itself, so the schedule's plain VAT reserve gives way. Kept apart from the calendar, which is
 * a lazy chunk (scripts/build.mjs): a forecast without a profile asks this and never loads it.
 */
export function taxCalendarApplies(options: Pick<ForecastOptions, 'taxProfile' | 'currency'>): boolean {
  return options.taxProfile !== undefined && options.currency.code === 'KRW';
}

/**
 * Whether the calendar books the VAT itself, so the schedule's plain reserve gives way: an 일반과세자 or 간이과세자
 * profile. A `"vat": "none"` profile (면세, the default) keeps the reserve for any invoice marked taxable: dropping
 * VAT the invoices say was charged would overstate the cash.
 */
export function calendarBooksVat(options: Pick<ForecastOptions, 'taxProfile' | 'currency'>): boolean {
  return taxCalendarApplies(options) && options.taxProfile!.vat !== 'none';
}
