import { describe, expect, it } from 'vitest';
import { chooseCatalogue, defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { defaultCatalogueInput, KOREAN_CATALOGUE } from '../../src/bridge/default-catalogues.js';
import { currencyOf } from '../../src/domain/currency.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { KRW, USD } from '../support/factories.js';

describe('the default catalogues', () => {
  it('are complete and valid: read as a user file is, they come back unchanged and without a warning', () => {
    // A run uses the built-in catalogue without validating it (see defaultCatalogue); this is that validation.
    for (const code of ['KRW', 'USD', 'EUR', 'JPY', 'KWD', 'GBP']) {
      const builtIn = defaultCatalogueInput(currencyOf(code)!);
      const read = parseCatalogue(JSON.stringify(builtIn), `built-in ${code}`);
      expect(read.issues, code).toEqual([]);
      expect(read.values, code).toEqual(builtIn);
      expect(read.values!.options.length, code).toBeGreaterThan(3);
    }
  });

  it('are handed out as copies that a run cannot change for the next', () => {
    const first = defaultCatalogue(KRW);
    first.options[0]!.amount.max = 1;
    expect(defaultCatalogue(KRW).options[0]!.amount.max).toBe(KOREAN_CATALOGUE.options[0]!.amount.max);
    expect(KOREAN_CATALOGUE.options[0]!.amount.max).toBeGreaterThan(1);
  });

  it('are valid, mark every figure as typical with its source, and never make an illegal option recommendable', () => {
    for (const currency of [KRW, USD]) {
      const catalogue = defaultCatalogue(currency);
      expect(catalogue.currency).toBe(currency.code);
      for (const option of catalogue.options) {
        expect(option.typical, option.id).toBe(true);
        expect(option.sources.length, option.id).toBeGreaterThan(0);
        if (option.legal.status.startsWith('illegal')) expect(option.recommendable).toBe(false);
      }
    }
    expect(defaultCatalogue(KRW).options.map((option) => option.category)).toEqual(
      expect.arrayContaining([
        'revolving_line',
        'card_cash_advance',
        'single_payment_loan',
        'receivable_finance',
        'early_payment_discount',
        'expense_deferral',
        'micropayment_cashout',
      ]),
    );
  });

  it('scale the generic amounts to the currency: a $10 minimum is 1,000 cents', () => {
    const line = defaultCatalogue(USD).options.find((option) => option.id === 'line-of-credit')!;
    expect(line.amount.min).toBe(1000);
  });
});

describe('parseCatalogue', () => {
  it('warns about fields it does not know, and keeps going', () => {
    const text = JSON.stringify({ ...KOREAN_CATALOGUE, comment: 'mine', options: [{ ...KOREAN_CATALOGUE.options[0], colour: 'blue' }] });
    const read = parseCatalogue(text, 'b.json');
    expect(read.values?.options).toHaveLength(1);
    expect(read.issues.map(formatIssue)).toEqual([
      'warning: b.json: comment: is not a field cashflow knows; it is ignored; check its spelling',
      'warning: b.json: options[0].colour: is not a field cashflow knows; it is ignored; check its spelling',
    ]);
  });

  it('reports every problem with its JSON path', () => {
    const broken = { ...KOREAN_CATALOGUE, options: [{ ...KOREAN_CATALOGUE.options[0], id: 'Bad Id', amount: { basis: 'cash', min: 500, max: 100, step: 0 } }] };
    const problems = parseCatalogue(JSON.stringify(broken), 'b.json').issues.map((issue) => `${issue.path}: ${issue.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining(['options[0].id: "Bad Id" must be 3–64 lower-case letters, digits or hyphens', 'options[0].amount.step: 0 must be at least 1']),
    );
  });

  it('says when the file is not JSON', () => {
    expect(parseCatalogue('{ nope', 'b.json').issues[0]?.problem).toMatch(/^is not valid JSON/);
  });
});

describe('chooseCatalogue', () => {
  it('extends the defaults by id only when asked', () => {
    const user = defaultCatalogue(KRW);
    const own = { ...user, options: [user.options[0]!] };
    expect(chooseCatalogue(KRW, own).options).toHaveLength(1);
    expect(chooseCatalogue(KRW, { ...own, extends: 'defaults' }).options).toHaveLength(user.options.length);
  });
});

describe('exact money in the catalogue (issue 11)', () => {
  it('rejects rounding "none": charges are whole minor units, so it cannot be honoured', () => {
    const option = { ...KOREAN_CATALOGUE.options[0]!, charges: [{ type: 'interest', annualRate: 0.065, rounding: 'none' }] };
    const problems = parseCatalogue(JSON.stringify({ ...KOREAN_CATALOGUE, options: [option] }), 'b.json').issues.map(
      (issue) => `${issue.path}: ${issue.problem}`,
    );
    expect(problems).toEqual([
      'options[0].charges[0].rounding: "none" cannot be honoured: charges are whole minor units; use round (half up), floor or floor10',
    ]);
  });

  it('scales the generic amounts by what the currency is worth, not only by its minor digits', () => {
    const maxOf = (code: string) => defaultCatalogue(currencyOf(code)!).options.find((option) => option.id === 'line-of-credit')!.amount.max;
    expect(maxOf('USD')).toBe(200_000); // $2,000.00 in cents
    expect(maxOf('EUR')).toBe(200_000);
    expect(maxOf('JPY')).toBe(200_000); // ¥200,000, not ¥2,000
    expect(maxOf('VND')).toBe(20_000_000);
    expect(maxOf('KWD')).toBe(2_000_000); // 3 minor digits: 2,000.000
  });
});
