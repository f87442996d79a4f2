import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/day.js';
import { addDays, day, formatDay, parseIsoDay } from '../../src/domain/day.js';
import type { Repeat } from '../../src/domain/recurrence.js';
import { addCalendarMonths, clampedDay, expand, occurrence } from '../../src/domain/recurrence.js';
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

describe('expand, by example', () => {
  const occurrencesBetween = (start: Day, repeat: Repeat, until: Day | undefined, from: Day, to: Day) =>
    expand({ start, repeat, until }, { from, to }).map((found) => found.day);
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

describe('expand', () => {
  const repeats = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;

  it('gives exactly the occurrences a walk from the start gives, with their index, for any rule and span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('1990-01-01'), max: d('2030-12-31') }),
        fc.constantFrom(...repeats),
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        (startNumber, repeat, offset, length, untilAfter) => {
          const start = day(startNumber);
          const from = addDays(start, offset);
          const until = untilAfter === undefined ? undefined : addDays(start, untilAfter);
          const walked: Array<{ day: number; index: number }> = [];
          for (let k = 0; occurrence(start, repeat, k) <= from + length; k += 1) {
            const found = occurrence(start, repeat, k);
            if (found >= from && (until === undefined || found <= until)) walked.push({ day: found, index: k });
          }
          expect(expand({ start, repeat, until }, { from, to: addDays(from, length) })).toEqual(walked);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ends for rules that step past the last supported year, 2999', () => {
    const found = expand({ start: d('2999-10-31'), repeat: 'monthly', until: undefined }, { from: d('2999-12-01'), to: addDays(d('2999-12-01'), 120) });
    // 3000 is not a leap year (divisible by 100, not by 400): the 31st clamps to 02-28.
    expect(found.map((occurrence) => [formatDay(occurrence.day), occurrence.index])).toEqual([
      ['2999-12-31', 2],
      ['3000-01-31', 3],
      ['3000-02-28', 4],
      ['3000-03-31', 5],
    ]);
  });

  it('clamps to the month end in one place for loan terms and billing days alike', () => {
    expect(formatDay(clampedDay(2027, 2, 31))).toBe('2027-02-28');
    expect(formatDay(clampedDay(2028, 2, 30))).toBe('2028-02-29');
    expect(formatDay(clampedDay(2026, 4, 31))).toBe('2026-04-30');
    expect(formatDay(addCalendarMonths(d('2027-03-31'), -1))).toBe('2027-02-28');
  });
});
