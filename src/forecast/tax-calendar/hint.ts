import { daysFromCivil, partsOf } from '../../domain/day.js';
import type { ForecastOptions } from '../options.js';
import { horizonEnd } from '../options.js';
import { nextBusinessDayFor } from './business-day.js';

/**
 * Whether the report should mention the tax calendar: a KRW book without a tax profile whose horizon holds a
 * deadline the calendar would estimate (the May return or 중간예납 on 30 November). Other books and horizons stay
 * exactly as they were.
 */
export function taxCalendarHintDue(options: Pick<ForecastOptions, 'currency' | 'asOf' | 'days' | 'taxProfile'>): boolean {
  if (options.taxProfile !== undefined || options.currency.code !== 'KRW') return false;
  const roll = nextBusinessDayFor(options.currency);
  const end = horizonEnd(options);
  for (let year = partsOf(options.asOf).year; year <= partsOf(end).year; year++) {
    for (const statutory of [daysFromCivil(year, 5, 31), daysFromCivil(year, 11, 30)]) {
      const due = roll(statutory);
      if (due >= options.asOf && due <= end) return true;
    }
  }
  return false;
}
