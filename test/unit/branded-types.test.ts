import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/day.js';
import { addDays, formatDay } from '../../src/domain/day.js';
import type { Minor } from '../../src/domain/money.js';
import { addMinor, formatMoney, minor, subMinor } from '../../src/domain/money.js';
import { d, KRW } from '../support/factories.js';

// `npm test` type-checks test/ first: each @ts-expect-error below fails the run if the brand stops catching the mix-up.
describe('branded money and days', () => {
  it('keep days and money apart at compile time, and cost nothing at run time', () => {
    const rent: Minor = minor(750_000);
    const due: Day = d('2026-12-25');
    // @ts-expect-error a day is not money
    const wrongMoney: Minor = due;
    // @ts-expect-error money is not a day
    const wrongDay: Day = rent;
    // @ts-expect-error a plain number is neither
    formatMoney(750_000, KRW);
    // @ts-expect-error arithmetic leaves the brand: sums go through addMinor, which checks them
    const sum: Minor = rent + rent;
    expect([wrongMoney, wrongDay, sum]).toEqual([due, rent, 1_500_000]);
    expect(typeof rent).toBe('number');
    expect(formatMoney(subMinor(addMinor(rent, rent), minor(500_000)), KRW)).toBe('₩1,000,000');
    expect(formatDay(addDays(due, 7))).toBe('2027-01-01');
  });
});
