import { describe, expect, it } from 'vitest';
import { forecastOptionsFromFlags } from '../../src/cli/forecast-flags.js';
import { wholeNumberFlag } from '../../src/cli/whole-number-flag.js';

const DAYS = { min: 1, max: 3660 };

describe('wholeNumberFlag', () => {
  it.each([
    ['30', 30],
    [' 7 ', 7],
    ['０３０', 30],
    ['3660', 3660],
    ['1', 1],
  ])('reads %j as %i', (text, value) => {
    expect(wholeNumberFlag('--days', text, DAYS)).toBe(value);
  });

  it.each([
    ['ninety', '--days "ninety" is not a whole number'],
    ['-1', '--days "-1" is not a whole number'],
    ['1e3', '--days "1e3" is not a whole number'],
    ['2.5', '--days "2.5" is not a whole number'],
    ['', '--days "" is not a whole number'],
    ['0', '--days "0" must be at least 1'],
    ['3661', '--days "3661" is more than 3,660'],
    ['99999999999999999999', '--days "99999999999999999999" is more than 3,660'],
  ])('refuses %j with one UsageError shape: flag, text, problem and the range as the hint', (text, message) => {
    expect(() => wholeNumberFlag('--days', text, DAYS)).toThrow(
      expect.objectContaining({ name: 'UsageError', message, hint: 'give a whole number from 1 to 3,660' }),
    );
  });
});

describe('the forecast flags read their whole numbers with it', () => {
  const flags = { currency: 'KRW', buffer: '0', days: '90', delay: '30', overdueGrace: '14', color: false };
  const read = (changes: Record<string, string>) => () => forecastOptionsFromFlags({ ...flags, ...changes }, '2026-12-01');

  it.each([
    [{ days: '0' }, '--days "0" must be at least 1', 'give a whole number from 1 to 3,660'],
    [{ delay: '3651' }, '--delay "3651" is more than 3,650', 'give a whole number from 0 to 3,650'],
    [{ overdueGrace: 'two weeks' }, '--overdue-grace "two weeks" is not a whole number', 'give a whole number from 0 to 3,650'],
    [{ minHistory: '0' }, '--min-history "0" must be at least 1', 'give a whole number from 1 to 1,000,000'],
  ])('%j → %s', (changes, message, hint) => {
    expect(read(changes)).toThrow(expect.objectContaining({ name: 'UsageError', message, hint }));
  });

  it('reads valid values into the options', () => {
    expect(read({ days: '120', delay: '0', overdueGrace: '7', minHistory: '5' })()).toMatchObject({
      days: 120,
      delayDays: 0,
      overdueGraceDays: 7,
      minHistory: 5,
    });
  });
});
