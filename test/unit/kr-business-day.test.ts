import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay } from '../../src/domain/day.js';
import { krNextBusinessDay, rollingUnconfirmed } from '../../src/domain/kr-business-day.js';

const rolled = (text: string) => formatDay(krNextBusinessDay(parseIsoDay(text)!));

describe('krNextBusinessDay (국세기본법 제5조①)', () => {
  it('keeps a business day', () => {
    // 2026-11-30 is a Monday and no holiday.
    expect(rolled('2026-11-30')).toBe('2026-11-30');
  });

  it('moves a Sunday to Monday: 31 May 2026 → 1 June 2026', () => {
    expect(rolled('2026-05-31')).toBe('2026-06-01');
  });

  it('moves a Saturday over the weekend: 25 July 2026 → 27 July', () => {
    expect(rolled('2026-07-25')).toBe('2026-07-27');
  });

  it('moves a public holiday on a weekday: 3 June 2026 (지방선거, a Wednesday) → 4 June', () => {
    expect(rolled('2026-06-03')).toBe('2026-06-04');
  });

  it('moves over a substitute holiday: 2027-10-09 한글날 (Saturday) → 10 Sunday → 11 대체공휴일 → 12 October', () => {
    expect(rolled('2027-10-09')).toBe('2027-10-12');
  });

  it('moves over 설날 and its substitute: 2027-02-06 → 설날 6–8, 대체공휴일 9 → 10 February', () => {
    expect(rolled('2027-02-06')).toBe('2027-02-10');
  });

  it('rolls over weekends only past the table, and says so', () => {
    // 2028-01-01 is a Saturday (신정 too, but the gazette has not published 2028 yet): Monday 3 January.
    expect(rolled('2028-01-01')).toBe('2028-01-03');
    expect(rollingUnconfirmed(parseIsoDay('2028-01-01')!)).toBe(true);
    expect(rollingUnconfirmed(parseIsoDay('2027-12-31')!)).toBe(false);
  });
});
