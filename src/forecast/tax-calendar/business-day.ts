import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import { krNextBusinessDay } from '../../domain/kr-business-day.js';
import type { NextBusinessDay } from '../../domain/tax-calendar.js';

const sameDay: NextBusinessDay = (day: Day) => day;

/**
 * Where a statutory tax deadline of the book lands: KRW books are Korean taxpayers', whose deadlines roll to the
 * next Korean business day; other books keep the statutory day (their country's holidays are not known here).
 */
export function nextBusinessDayFor(currency: Currency): NextBusinessDay {
  return currency.code === 'KRW' ? krNextBusinessDay : sameDay;
}

/** The longest a deadline rolls in the table (설날 after a weekend and a substitute day: 5 days), with margin. */
export const MAX_ROLL_DAYS = 10;
