import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain/compare-text.js';
import { currencyOf, icuMinorDigits, SYMBOLS } from '../../src/domain/currency.js';
import { groupThousands } from '../../src/domain/money.js';
import { percentText } from '../../src/render/bridge-table.js';

// Start-up avoids ICU (its number formatter and collator cost ~40 ms to load); these tests hold the replacements
// to ICU's own answers, so the output is what it was.
describe('formatting without ICU', () => {
  it('knows the minor digits ICU gives for every currency with a sign', () => {
    for (const code of Object.keys(SYMBOLS)) {
      expect([code, currencyOf(code)!.decimals]).toEqual([code, icuMinorDigits(code)]);
    }
  });

  it('still asks ICU for any other ISO 4217 code and refuses non-codes', () => {
    expect(currencyOf('KWD')!.decimals).toBe(3);
    expect(currencyOf('chf')!).toEqual({ code: 'CHF', decimals: 2, symbol: 'CHF ' });
    expect(currencyOf('XYZ')).toBeUndefined();
    expect(currencyOf('won')).toBeUndefined();
  });

  it('groups digits as en-US does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (value) => {
        expect(groupThousands(value.toString())).toBe(value.toLocaleString('en-US'));
      }),
    );
  });

  it('writes rates as ICU did, rounding included', () => {
    expect(percentText(0.065)).toBe('6.50 %');
    expect(percentText(0.179)).toBe('17.9 %');
    expect(percentText(14.1)).toBe('1,410 %');
    expect(percentText(1000)).toBe('> 99,999 %');
    expect(percentText(999.99)).toBe('99,999 %');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 999, noNaN: true }), (rate) => {
        const percent = rate * 100;
        const digits = percent >= 100 ? 0 : percent >= 10 ? 1 : 2;
        expect(percentText(rate)).toBe(`${percent.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders ids by code unit, the same everywhere', () => {
    expect(['b', 'B', 'a', 'A', 'a'].sort(compareText)).toEqual(['A', 'B', 'a', 'a', 'b']);
    expect(compareText('INV-10', 'INV-9')).toBe(-1);
    expect(compareText('x', 'x')).toBe(0);
  });
});
