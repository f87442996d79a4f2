import { addMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { day as asDay, daysFromCivil, formatDay, partsOf } from '../../src/domain/day.js';
import { addCalendarMonths, clampedDay } from '../../src/domain/recurrence.js';

// date-fns' addMonths is the oracle: the month-end clamp cashflow documents is its rule, and it is written
// independently (through Date). Its Date is only a carrier of the calendar fields, read straight back.
const byDateFns = (year: number, month: number, dayOfMonth: number, months: number): string => {
  const moved = addMonths(new Date(year, month - 1, dayOfMonth), months);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(moved.getFullYear(), 4)}-${pad(moved.getMonth() + 1, 2)}-${pad(moved.getDate(), 2)}`;
};

describe('addCalendarMonths', () => {
  it('agrees with date-fns on every day of 2023–2029 moved −25…+25 months (leap Februaries, month ends)', () => {
    const start = daysFromCivil(2023, 1, 1);
    const end = daysFromCivil(2029, 12, 31);
    const mismatches: string[] = [];
    for (let number: number = start; number <= end; number += 1) {
      const day = asDay(number);
      const { year, month, dayOfMonth } = partsOf(day);
      for (let months = -25; months <= 25; months += 1) {
        const ours = formatDay(addCalendarMonths(day, months));
        const theirs = byDateFns(year, month, dayOfMonth, months);
        if (ours !== theirs) mismatches.push(`${formatDay(day)} ${months}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('clamps to the month end, by hand', () => {
    expect(formatDay(addCalendarMonths(daysFromCivil(2026, 1, 31), 1))).toBe('2026-02-28');
    expect(formatDay(addCalendarMonths(daysFromCivil(2027, 12, 31), 2))).toBe('2028-02-29');
    expect(formatDay(addCalendarMonths(daysFromCivil(2026, 3, 31), -13))).toBe('2025-02-28');
    expect(formatDay(clampedDay(2026, 11, 31))).toBe('2026-11-30');
  });

  it('counts past 2999 and before 1900 without bounds, where Date would read a two-digit year as 19xx', () => {
    expect(formatDay(addCalendarMonths(daysFromCivil(2999, 12, 31), 2))).toBe('3000-02-28');
    expect(formatDay(addCalendarMonths(daysFromCivil(1900, 1, 31), -1))).toBe('1899-12-31');
    expect(addCalendarMonths(daysFromCivil(2999, 12, 31), 1)).toBeGreaterThan(daysFromCivil(2999, 12, 31));
  });
});
