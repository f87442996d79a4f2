import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from '../../src/domain/day.js';
import { occurrence, occurrencesBetween } from '../../src/domain/recurrence.js';
import { d } from '../support/factories.js';

const nth = (start: string, repeat: Parameters<typeof occurrence>[1], k: number) => formatDay(occurrence(d(start), repeat, k));

describe('occurrence', () => {
  it('monthly from 2027-01-31 gives 2027-02-28 then 2027-03-31, counting from the start each time', () => {
    expect([1, 2, 3].map((k) => nth('2027-01-31', 'monthly', k))).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
  });
  it('monthly from 2028-01-31 gives 2028-02-29 in a leap year', () => {
    expect(nth('2028-01-31', 'monthly', 1)).toBe('2028-02-29');
  });
  it('yearly from 2028-02-29 gives 2029-02-28, and 2032-02-29 again', () => {
    expect(nth('2028-02-29', 'yearly', 1)).toBe('2029-02-28');
    expect(nth('2028-02-29', 'yearly', 4)).toBe('2032-02-29');
  });
  it('weekly, biweekly and quarterly add 7, 14 days and 3 months', () => {
    expect(nth('2026-12-28', 'weekly', 1)).toBe('2027-01-04');
    expect(nth('2026-12-28', 'biweekly', 2)).toBe('2027-01-25');
    expect(nth('2026-11-30', 'quarterly', 1)).toBe('2027-02-28');
    expect(nth('2026-11-30', 'quarterly', 2)).toBe('2027-05-30');
  });
});

describe('occurrencesBetween', () => {
  it('keeps only the occurrences inside the range and on or before until', () => {
    const days = occurrencesBetween(d('2026-10-31'), 'monthly', d('2027-02-28'), d('2026-12-01'), d('2027-06-30'));
    expect(days.map(formatDay)).toEqual(['2026-12-31', '2027-01-31', '2027-02-28']);
  });
  it('gives a one-off its own day only when the day is in range', () => {
    expect(occurrencesBetween(d('2026-11-30'), 'none', undefined, d('2026-12-01'), d('2026-12-31'))).toEqual([]);
    expect(occurrencesBetween(d('2026-12-31'), 'none', undefined, d('2026-12-01'), d('2026-12-31'))).toEqual([d('2026-12-31')]);
  });
});

describe('parseIsoDay', () => {
  it('refuses impossible days and other formats', () => {
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay('2026-13-01')).toBeUndefined();
    expect(parseIsoDay('2026/12/01')).toBeUndefined();
    expect(parseIsoDay('2028-02-29')).toBe(d('2028-02-29'));
    expect(formatDay(parseIsoDay('1970-01-01')!)).toBe('1970-01-01');
  });
});
