import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import { dayFromParts, day as dayOf, formatDay, partsOf } from '../../src/domain/day.js';
import { vatDeadline, vatIncluded, withhold } from '../../src/domain/korean-tax.js';
import { minor, parseAmount } from '../../src/domain/money.js';
import { parseDayText } from '../../src/domain/parse-day.js';
import { parseRate } from '../../src/domain/parse-rate.js';
import { decimalStyleDetector } from '../../src/read/read-settings.js';
import { d, KRW, USD } from '../support/factories.js';

const EUR = currencyOf('EUR')!;

function decimalStyleOf(cells: string[], forced: boolean): string {
  const detector = decimalStyleDetector(forced);
  for (const cell of cells) detector.see(cell);
  return detector.style();
}

describe('amounts as people write them', () => {
  it.each([
    ['1,500,000', KRW, 'point', 1_500_000],
    ['1500000원', KRW, 'point', 1_500_000],
    ['₩1,500,000', KRW, 'point', 1_500_000],
    ['￦1,500,000', KRW, 'point', 1_500_000],
    ['KRW 1,500,000', KRW, 'point', 1_500_000],
    ['1,500,000 KRW', KRW, 'point', 1_500_000],
    ['１,５００,０００', KRW, 'point', 1_500_000],
    ['(1,000)', KRW, 'point', -1000],
    ['(₩1,000)', KRW, 'point', -1000],
    ['$1,234.56', USD, 'point', 123_456],
    ['1.234,56 €', EUR, 'comma', 123_456],
    ['€ 1.234,56', EUR, 'comma', 123_456],
    ['1 234,56', EUR, 'comma', 123_456],
    ['1\u00a0234,56', EUR, 'comma', 123_456],
    ['1.500.000', KRW, 'comma', 1_500_000],
    ['89,9', EUR, 'comma', 8990],
    // A cell that can only mean a decimal comma is read so even in a decimal-point column (mixed currencies).
    ['1.234,56', EUR, 'point', 123_456],
    ['1,234.56', USD, 'comma', 123_456],
  ] as const)('%s in %s (%s) is %i minor units', (text, currency, style, minor) => {
    expect(parseAmount(text, currency, style)).toEqual({ ok: true, minor });
  });

  it.each([
    ['1,234', EUR, 'comma', 'could be read two ways in a column that uses a decimal comma'],
    ['1.234.56', EUR, 'point', 'is not an amount'],
    ['1,2,3', KRW, 'point', 'is not an amount'],
    ['1,234.5', KRW, 'point', 'has 1 decimal, but KRW has 0'],
    ['€100', KRW, 'point', 'is written in EUR, but the forecast is in KRW'],
    ['12 34', KRW, 'point', 'is not an amount'],
  ] as const)('%s in %s (%s) is refused: %s', (text, currency, style, problem) => {
    const result = parseAmount(text, currency, style);
    expect(result.ok ? 'parsed' : result.problem).toBe(problem);
  });

  it('detects a decimal-comma column only when some cell can mean nothing else', () => {
    expect(decimalStyleOf(['1.234,56 €', '2.500,00', '1,234'], false)).toBe('comma');
    expect(decimalStyleOf(['12,5', '100'], false)).toBe('comma');
    expect(decimalStyleOf(['1,500,000', '1,234'], false)).toBe('point');
    expect(decimalStyleOf(['1,234.56', '12,5'], false)).toBe('point');
    expect(decimalStyleOf(['1,234'], true)).toBe('comma');
  });
});

describe('dates as people write them', () => {
  it.each([['2026-12-01'], ['2026.12.01'], ['2026. 12. 1.'], ['2026/12/01'], ['2026년 12월 1일'], ['20261201'], ['46357'], ['２０２６-１２-０１']])(
    '%s is 2026-12-01',
    (text) => {
      const parsed = parseDayText(text);
      expect(parsed.ok ? formatDay(parsed.day) : parsed.problem).toBe('2026-12-01');
    },
  );

  it('reads Excel serials from 1900-03-01, past the 1900 leap-year bug', () => {
    const read = (text: string) => {
      const parsed = parseDayText(text);
      return parsed.ok ? formatDay(parsed.day) : parsed.problem;
    };
    expect(read('45658')).toBe('2025-01-01');
    expect(read('61')).toBe('1900-03-01');
  });

  it('reads 12/01/2026 only when told the order', () => {
    expect(parseDayText('12/01/2026')).toMatchObject({ ok: false, problem: 'could be day/month or month/day' });
    const dmy = parseDayText('12/01/2026', 'DMY');
    const mdy = parseDayText('12/01/2026', 'MDY');
    expect(dmy.ok && formatDay(dmy.day)).toBe('2026-01-12');
    expect(mdy.ok && formatDay(mdy.day)).toBe('2026-12-01');
  });

  it.each([
    ['2026-02-30', 'is not a day of the calendar'],
    ['2026.13.01', 'is not a day of the calendar'],
    ['31/02/2026', 'is not a day of the calendar'],
    ['04/05/2026', 'could be day/month or month/day'],
    ['next friday', 'is not a date'],
    ['12', 'is not a date'],
  ])('%s is refused: %s', (text, problem) => {
    expect(parseDayText(text)).toMatchObject({ ok: false, problem });
  });
});

describe('Korean tax on invoices', () => {
  const rate = (text: string) => {
    const parsed = parseRate(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.rate;
  };

  it('withholds 3 % + 0.3 %, each truncated to 10 won: 1,234,567 → 37,030 + 3,700 → 1,193,837 received', () => {
    expect(withhold(minor(1_234_567), minor(1_234_567), rate('3.3'), KRW)).toEqual({ withheld: 40_730, received: 1_193_837 });
    expect(withhold(minor(1_000_000), minor(1_000_000), rate('3.3 %'), KRW)).toEqual({ withheld: 33_000, received: 967_000 });
  });

  it('reads 3.3 %, 3.3 and 0.033 as the same rate, and refuses nonsense', () => {
    expect(rate('3.3 %')).toEqual({ num: 33n, den: 1000n });
    expect(rate('3.3')).toEqual({ num: 33n, den: 1000n });
    expect(rate('0.033')).toEqual({ num: 33n, den: 1000n });
    expect(parseRate('60')).toMatchObject({ ok: false, problem: 'is above 50 %' });
    expect(parseRate('three')).toMatchObject({ ok: false, problem: 'is not a rate' });
  });

  it('rounds other currencies to the minor unit', () => {
    expect(withhold(minor(123_457), minor(123_457), rate('3.3'), USD)).toEqual({ withheld: 4074, received: 119_383 });
  });

  it('received + withheld = gross, always (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 0, max: 500 }), fc.boolean(), (gross, tenths, korean) => {
        const result = withhold(minor(gross), minor(gross), { num: BigInt(tenths), den: 1000n }, korean ? KRW : USD);
        expect(result.received + result.withheld).toBe(gross);
        expect(result.withheld).toBeGreaterThanOrEqual(0);
        if (korean) expect(result.withheld % 10).toBe(0);
      }),
    );
  });

  it('takes the VAT out of a taxable gross and pays it on 25 July or 25 January', () => {
    expect(vatIncluded(minor(1_100_000))).toBe(100_000);
    expect(formatDay(vatDeadline(d('2026-03-10')))).toBe('2026-07-25');
    expect(formatDay(vatDeadline(d('2026-06-30')))).toBe('2026-07-25');
    expect(formatDay(vatDeadline(d('2026-07-01')))).toBe('2027-01-25');
    expect(formatDay(vatDeadline(d('2026-12-31')))).toBe('2027-01-25');
  });
});

describe('day arithmetic without Date', () => {
  const MS = 86_400_000;
  it('gives the parts and the text Date gives, for every day of years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_468, max: 2_932_896 }), (day) => {
        const date = new Date(day * MS);
        expect(partsOf(dayOf(day))).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() });
        expect(formatDay(dayOf(day))).toBe(date.toISOString().slice(0, 10));
      }),
      { numRuns: 20_000 },
    );
    expect(formatDay(dayOf(0))).toBe('1970-01-01');
    expect(formatDay(dayOf(-719_468))).toBe('0000-03-01');
    expect(partsOf(dayOf(20_513))).toEqual({ year: 2026, month: 3, dayOfMonth: 1 });
  });

  it('finds the day of a date as Date.UTC does, and refuses days the calendar lacks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, dayOfMonth) => {
        const utc = Date.UTC(year, month - 1, dayOfMonth) / MS;
        const real = new Date(utc * MS).getUTCDate() === dayOfMonth;
        expect(dayFromParts(year, month, dayOfMonth)).toBe(real ? utc : undefined);
      }),
      { numRuns: 20_000 },
    );
    expect(dayFromParts(2028, 2, 29)).toBe(Date.UTC(2028, 1, 29) / MS);
    expect(dayFromParts(2100, 2, 29)).toBeUndefined();
    expect(dayFromParts(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / MS);
  });
});
