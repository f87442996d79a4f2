import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/domain/day.js';
import { plainIsoDay } from '../../src/read/plain-iso-day.js';

/** Days since 1970-01-01, worked out by Date (an independent oracle). */
const utcDay = (year: number, month: number, dayOfMonth: number) => Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

// Ten characters drawn from the ones an ISO date is made of, plus the near misses (a slash, a blank, a letter,
// a full-width digit), so that most strings look like dates and many are nearly dates.
const nearlyIsoDate = fc.array(fc.constantFrom(...'0123456789--/ x\u00a0\uff11'.split('')), { minLength: 8, maxLength: 12 }).map((chars) => chars.join(''));

describe('plainIsoDay', () => {
  it('reads a bare ISO date as the day it names', () => {
    expect(plainIsoDay('2026-12-01')).toBe(utcDay(2026, 12, 1));
    expect(plainIsoDay('2024-02-29')).toBe(utcDay(2024, 2, 29));
  });

  it('refuses what parseIsoDay refuses: a day the month does not have, a month 13, a year out of range', () => {
    expect(plainIsoDay('2025-02-29')).toBeUndefined();
    expect(plainIsoDay('2026-13-01')).toBeUndefined();
    expect(plainIsoDay('1899-12-31')).toBeUndefined();
    expect(plainIsoDay('2026-04-31')).toBeUndefined();
  });

  it('gives a date with blanks around it to parseIsoDay, which trims them', () => {
    expect(plainIsoDay(' 2026-12-01 ')).toBe(utcDay(2026, 12, 1));
  });

  it('answers what parseIsoDay answers for any string', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyIsoDate, fc.string()), (text) => {
        expect(plainIsoDay(text)).toBe(parseIsoDay(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers what parseIsoDay answers for every day of every valid-looking date from 1899 to 3000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1899, max: 3000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(plainIsoDay(text)).toBe(parseIsoDay(text));
      }),
      { numRuns: RUNS },
    );
  });
});
