import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/day.js';
import { sortedNumbers } from '../../src/forecast/client-history.js';
import { sortedByDate } from '../../src/forecast/schedule.js';

// The counting sorts of the schedule and the client histories against what they stand for: a stable
// Array.prototype.sort by date, and a numeric sort of the day counts.
describe('sorting by counting', () => {
  it('puts events in date order, same-day ones in the order given, as a stable sort does', () => {
    const events = fc.array(
      fc.record({ date: fc.oneof(fc.integer({ min: 20_000, max: 20_400 }), fc.integer({ min: -100_000, max: 400_000 })), tag: fc.nat() }),
      {
        maxLength: 300,
      },
    );
    fc.assert(
      fc.property(events, (list) => {
        const given = list.map(({ date, tag }, index) => ({ date: date as Day, tag, index }));
        const expected = [...given].sort((a, b) => a.date - b.date);
        expect(sortedByDate([...given])).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the push order of three events on one day among others', () => {
    const at = (date: number, name: string) => ({ date: date as Day, name });
    const sorted = sortedByDate([at(5, 'a'), at(3, 'b'), at(5, 'c'), at(4, 'd'), at(5, 'e'), at(3, 'f')]);
    expect(sorted.map(({ name }) => name).join('')).toBe('bfdace');
  });

  it('sorts day counts numerically, negative lateness and wide spans too', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -30, max: 120 }), fc.integer({ min: -2_000_000, max: 2_000_000 })), { maxLength: 300 }), (list) => {
        expect(sortedNumbers(list)).toEqual([...list].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
    expect(sortedNumbers([30, -2, 30, 7, 0])).toEqual([-2, 0, 7, 30, 30]);
  });
});
