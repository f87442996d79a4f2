import { describe, expect, it } from 'vitest';
import { appendixJApr, effectiveAnnualRate, euAprc, simpleApr } from '../../src/bridge/true-cost.js';
import { euYearsBetween } from '../../src/domain/calendar-interval.js';
import { mulDiv, ratioOf, simpleInterest } from '../../src/domain/ratio.js';
import { addCalendarMonths } from '../../src/domain/recurrence.js';
import { d } from '../support/factories.js';

/** A rate as a percentage rounded to `places`, the way the brief publishes it. */
const pct = (rate: number, places = 2) => Number((rate * 100).toFixed(places));

describe('published test vectors (domain brief A7)', () => {
  it('TV-01 Reg Z App J (c)(5)(i): $1,000 → $1,080 over 255 days is 11.45 %', () => {
    expect(d('1978-09-15') - d('1978-01-03')).toBe(255);
    expect(pct(simpleApr(80, 1000, 255))).toBe(11.45);
    expect(pct(effectiveAnnualRate(80, 1000, 255), 4)).toBe(11.6457);
    expect(pct(euAprc([{ amount: 1000, time: 0 }], [{ amount: 1080, time: euYearsBetween(d('1978-01-03'), d('1978-09-15')) }]), 4)).toBe(11.6296);
  });

  it('TV-02 Reg Z App J (c)(1)(i): $5,000, 24 × $230 monthly is 9.69 %', () => {
    const payments = Array.from({ length: 24 }, (_, j) => ({ amount: 230, periods: j + 1, fraction: 0 }));
    expect(pct(appendixJApr(5000, payments, 12))).toBe(9.69);
    expect(pct(appendixJApr(5000, payments, 12), 4)).toBe(9.6857);
  });

  it('TV-03 Reg Z App J (c)(1)(ii): long first period (1 month + 19 days) is 11.82 %', () => {
    const payments = Array.from({ length: 36 }, (_, j) => ({ amount: 200, periods: j + 1, fraction: 19 / 30 }));
    expect(pct(appendixJApr(6000, payments, 12))).toBe(11.82);
  });

  it('TV-04 EU 98/7/EC example: 1,000 → 1,200 after 18 months is 12.96 % on days and 12.92 % on whole months', () => {
    expect(pct((1200 / 1000) ** (365 / 546) - 1)).toBe(12.96);
    const years = euYearsBetween(d('1994-01-01'), d('1995-07-01'));
    expect(years).toBe(1.5);
    expect(pct(euAprc([{ amount: 1000, time: 0 }], [{ amount: 1200, time: years }]), 4)).toBe(12.9243);
  });

  it('TV-06 EU APRC: €10,000, 6 × €1,707 and a €50 fee is 10.45 %', () => {
    const start = d('2026-01-05');
    const payments = Array.from({ length: 6 }, (_, k) => ({ amount: 1707, time: euYearsBetween(start, addCalendarMonths(d('2026-02-05'), k)) }));
    payments.push({ amount: 50, time: euYearsBetween(start, d('2026-02-05')) });
    expect(pct(euAprc([{ amount: 10_000, time: 0 }], payments))).toBe(10.45);
    expect(pct(euAprc([{ amount: 10_000, time: 0 }], payments), 4)).toBe(10.4475);
  });

  it('TV-07 a 5-day loan whose year back holds 29 February divides by 366', () => {
    const years = euYearsBetween(d('2012-10-10'), d('2012-10-15'));
    expect(years).toBe(5 / 366);
    expect(pct(euAprc([{ amount: 500, time: 0 }], [{ amount: 510, time: years }]), 4)).toBe(326.1206);
    expect(pct(effectiveAnnualRate(10, 500, 5), 4)).toBe(324.4363);
  });

  it('TV-08 CFPB payday: $15 per $100 for 14 days is 391.07 % APR', () => {
    expect(pct(simpleApr(15, 100, 14))).toBe(391.07);
    expect(pct(effectiveAnnualRate(15, 100, 14), 4)).toBe(3723.6612);
  });

  it('TV-13 instalment loan with a 3 % fee: App J 20.8667 %, EU APRC 22.9827 %', () => {
    const payments = Array.from({ length: 12 }, (_, j) => ({ amount: 270_775, periods: j + 1, fraction: 0 }));
    const apr = appendixJApr(2_910_000, payments, 12);
    expect(pct(apr, 4)).toBe(20.8667);
    expect(pct((1 + apr / 12) ** 12 - 1, 4)).toBe(22.9827);
    expect(pct(appendixJApr(3_000_000, payments, 12), 4)).toBe(15.0);
  });

  it('TV-14 factoring: $42,475 advanced, $2,525 charged over 45 days is 48.22 % APR and 59.74 % EAR', () => {
    expect(pct(simpleApr(2525, 42_475, 45))).toBe(48.22);
    expect(pct(effectiveAnnualRate(2525, 42_475, 45))).toBe(59.74);
  });

  it('TV-16 2/10 net 30 is 37.24 %', () => {
    expect(pct(simpleApr(2, 98, 20))).toBe(37.24);
    expect(pct(simpleApr(2, 98, 50), 4)).toBe(14.898);
  });
});

describe('exact rates', () => {
  it('reads a decimal rate as the fraction it was written as', () => {
    expect(ratioOf(0.065)).toEqual({ num: 65n, den: 1000n });
    expect(ratioOf(0.00022)).toEqual({ num: 22n, den: 100000n });
    expect(ratioOf(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(ratioOf(2)).toEqual({ num: 2n, den: 1n });
  });

  it('rounds as named', () => {
    expect(mulDiv(10n, 1n, 4n, 'floor')).toBe(2n);
    expect(mulDiv(10n, 1n, 4n, 'round')).toBe(3n);
    expect(mulDiv(10n, 1n, 3n, 'ceil')).toBe(4n);
    expect(mulDiv(1_234_567n, 3n, 100n, 'floor10')).toBe(37_030n);
  });

  it('TV-17 revolving line: 18,000,000 won·days at 6.5 % is 3,205 won', () => {
    expect(simpleInterest(1_000_000n * 10n + 400_000n * 20n, ratioOf(0.065), 1n, 365n, 'round')).toBe(3205n);
  });

  it('TV-11 card cash advance: 1,000,000 at 18 % for 35 days, truncated to the won, is 17,260', () => {
    expect(simpleInterest(1_000_000n, ratioOf(0.18), 35n, 365n, 'floor')).toBe(17_260n);
  });
});
