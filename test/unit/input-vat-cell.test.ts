import { describe, expect, it } from 'vitest';
import { minor } from '../../src/domain/money.js';
import { parseInputVatCell } from '../../src/read/input-vat-cell.js';
import { KRW } from '../support/factories.js';

describe('the inputVat (매입세액) cell of an expense', () => {
  it.each([
    ['', 110_000, undefined],
    ['no', 110_000, undefined],
    ['면세', 110_000, undefined],
    // 110,000 × 10/110 = 10,000; 100,001 × 10/110 = 9,091.009… → 9,091 (half up, as an invoice's VAT).
    ['yes', 110_000, 10_000],
    ['과세', 100_001, 9_091],
    ['9,091', 100_000, 9_091],
    ['0', 100_000, undefined],
  ])('"%s" on an expense of %i is %s', (text, amount, inputVat) => {
    expect(parseInputVatCell(text, minor(amount), KRW)).toEqual({ ok: true, inputVat });
  });

  it('is a problem when it is more than the expense, or not an amount', () => {
    expect(parseInputVatCell('200,000', minor(110_000), KRW)).toMatchObject({ ok: false, problem: "is not between 0 and the expense's amount" });
    expect(parseInputVatCell('maybe', minor(110_000), KRW)).toMatchObject({ ok: false });
  });
});
