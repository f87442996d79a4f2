import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/read/config.js';

const read = (tax: unknown) => parseConfig(JSON.stringify({ tax }), 'cashflow.config.json');

describe('the "tax" profile of cashflow.config.json', () => {
  it('reads every key, income as a list, absent keys absent', () => {
    // Every key given: the profile reads back as written.
    const full = {
      income: ['business', 'other'],
      vat: 'general',
      expenseMethod: 'simple',
      expenseRate: 0.641,
      expenseRateAbove: 0.523,
      industryCode: '940909',
      dependents: 2,
      lastYearIncomeTax: 1_200_000,
      interimPaid: 600_000,
      healthInsurance: 198_000,
      pension: 'estimate',
      instalments: true,
      override: { 'income-tax': -300_000, 'interim-prepayment': 700_000 },
    };
    const { values, issues } = read(full);
    expect(issues).toEqual([]);
    expect(values?.tax).toEqual(full);
  });

  it('takes one income kind as a string, with defaults for the rest', () => {
    expect(read({ income: 'other' }).values?.tax).toEqual({ income: ['other'], vat: 'none', dependents: 0, instalments: false, override: {} });
  });

  it.each([
    [{ expenseRate: 64.1 }, 'tax.expenseRate', 'must be at most 1'],
    [{ vat: 'exempt' }, 'tax.vat', 'must be "none", "general" or "simplified"'],
    [{ income: 'wages' }, 'tax.income', 'must be "business" (사업소득 3.3 %), "other" (기타소득 8.8 %) or a list of them'],
    [{ income: ['wages'] }, 'tax.income', 'or a list of them such as ["business", "other"]'],
    [{ income: [] }, 'tax.income', 'or a list of them such as ["business", "other"]'],
    [{ dependents: 1.5 }, 'tax.dependents', 'whole number'],
    [{ override: { 'interim-prepayment': -5 } }, 'tax.override.interim-prepayment', '0 or more'],
    [{ override: { 'vat-refund': 5 } }, 'tax.override', 'is not a tax event kind'],
    [{ healthInsurance: 'guess' }, 'tax.healthInsurance', 'monthly amount in won or "estimate"'],
    [{ industryCode: '94090' }, 'tax.industryCode', 'six-digit'],
  ])('refuses %j: the key and why', (tax, path, problem) => {
    const { values, issues } = read(tax);
    expect(values).toBeUndefined();
    expect(issues[0]).toMatchObject({ path: expect.stringContaining(path), problem: expect.stringContaining(problem) });
  });
});
