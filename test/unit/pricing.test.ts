import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/bridge/bridge-reason.js';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { needOf } from '../../src/bridge/need.js';
import { priceAlone, priceLump, priceRevolving } from '../../src/bridge/price-option.js';
import type { FeasibleQuote, Quote } from '../../src/bridge/quote.js';
import { simulatedLines } from '../../src/bridge/simulated-lines.js';
import { priceWhatIf } from '../../src/bridge/what-if.js';
import { formatDay } from '../../src/domain/day.js';
import { minor } from '../../src/domain/money.js';
import type { BridgeOption, Catalogue } from '../../src/read/catalogue-schema.js';
import { d, KRW, linkable, USD } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

const feasible = (quote: Quote): FeasibleQuote => {
  if (!quote.feasible) throw new Error(`infeasible: ${reasonText(quote.reason, 'en')}`);
  return quote;
};
const pct = (rate: number, places = 2) => Number((rate * 100).toFixed(places));
const flat = (start: string, amount: number, days: number, asOf = start) => needOf(d(start), new Array(days).fill(amount), d(asOf));

describe('pricing one option (brief A7 vectors)', () => {
  it('TV-10 phone-bill cashing: 20 % haircut on 500,000 face, bill paid 47 days later: 194.15 % APR, 465.72 % EAR', () => {
    const option = bridgeOption({
      id: 'cashout',
      category: 'micropayment_cashout',
      recommendable: false,
      legal: { status: 'illegal_for_provider', refs: [] },
      amount: { basis: 'face', min: 10_000, max: 1_000_000, step: 10_000 },
      term: { kind: 'billing_cycle', closeDay: 'last', dueDay: 21, dueMonthOffset: 1 },
      charges: [{ type: 'haircut', pct: 0.2 }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: 'x' },
    });
    const quote = feasible(priceLump(option, 400_000, flat('2025-03-05', 400_000, 10), { currency: KRW }));
    expect(quote).toMatchObject({ principal: 500_000, cashReceived: 400_000, cost: 100_000, cap: 'void' });
    expect(formatDay(quote.repayDate)).toBe('2025-04-21');
    expect(quote.repayDate - quote.drawDate).toBe(47);
    expect(pct(quote.apr, 4)).toBe(194.1489);
    expect(pct(quote.ear, 4)).toBe(465.7167);
  });

  it('TV-11 Korean card cash advance: 1,000,000 at 18 % for 35 days to the billing date, truncated: 17,260', () => {
    const option = bridgeOption({
      id: 'cash-advance',
      category: 'card_cash_advance',
      term: { kind: 'billing_cycle', closeDay: 'last', dueDay: 14, dueMonthOffset: 1 },
      charges: [interest(0.18, 'floor')],
    });
    const quote = feasible(priceLump(option, 1_000_000, flat('2025-03-10', 1_000_000, 20), { currency: KRW }));
    expect(formatDay(quote.repayDate)).toBe('2025-04-14');
    expect(quote.cost).toBe(17_260);
    expect(pct(quote.apr, 4)).toBe(17.9997);
    expect(pct(quote.ear, 4)).toBe(19.5377);
  });

  it('TV-12 US card cash advance: $1,000, 5 % fee (min $10) + 29.99 % from day 0, 30 days: $74.65, 90.82 % APR', () => {
    const option = bridgeOption({
      id: 'us-advance',
      category: 'card_cash_advance',
      amount: { basis: 'cash', min: 2000, max: 500_000, step: 2000 },
      charges: [{ type: 'pct_fee', pct: 0.05, of: 'principal', min: 1000, timing: 'add_at_repay' }, interest(0.2999)],
    });
    const quote = feasible(priceLump(option, 100_000, flat('2026-01-01', 100_000, 30), { currency: USD }));
    expect(quote.cost).toBe(7465);
    expect(pct(quote.apr, 1)).toBe(90.8);
    expect(pct(quote.ear, 0)).toBe(140);
  });

  it('TV-14 factoring: $50,000 at 85 %, 5 % fee + $25 wire, paid in 45 days: 48.22 % APR, 59.74 % EAR', () => {
    const option = bridgeOption({
      id: 'factoring',
      category: 'receivable_finance',
      amount: { basis: 'face', min: 100, max: 100_000_000, step: 1 },
      proceeds: { advanceRate: 0.85 },
      term: { kind: 'until_invoice_paid' },
      charges: [
        { type: 'pct_fee', pct: 0.05, of: 'face', timing: 'add_at_repay' },
        { type: 'flat_fee', amount: 2500, timing: 'deduct_at_draw' },
      ],
    });
    const invoice = linkable({ id: 'INV-9', client: 'Acme', amount: 5_000_000, issued: d('2025-12-01'), expected: d('2026-01-01') + 45 });
    const quote = feasible(priceLump(option, 4_000_000, flat('2026-01-01', 4_000_000, 30), { currency: USD, invoice }));
    expect(quote).toMatchObject({ cashReceived: 4_247_500, cost: 252_500, invoiceId: 'INV-9' });
    expect(pct(quote.apr)).toBe(48.22);
    expect(pct(quote.ear)).toBe(59.74);
  });

  it('TV-15 tiered KRW factoring: 1.5 % of face per started 30 days, paid on day 52: 26.32 % APR', () => {
    const option = bridgeOption({
      id: 'kr-factoring',
      category: 'receivable_finance',
      amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
      proceeds: { advanceRate: 0.8 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'block_fee', pct: 0.015, of: 'face', blockDays: 30, timing: 'deduct_from_reserve' }],
    });
    const invoice = linkable({ id: 'I', client: 'C', amount: 3_000_000, issued: d('2025-12-01'), expected: d('2026-01-01') + 52 });
    const quote = feasible(priceLump(option, 2_400_000, flat('2026-01-01', 2_400_000, 10), { currency: KRW, invoice }));
    expect(quote).toMatchObject({ cashReceived: 2_400_000, cost: 90_000 });
    expect(pct(quote.apr, 4)).toBe(26.3221);
    expect(pct(quote.ear, 4)).toBe(29.4864);
  });

  it('TV-16 early-payment discount: 2 % for paying on day 10 instead of the expected day 60 costs 14.90 %', () => {
    const option = bridgeOption({
      id: 'early',
      category: 'early_payment_discount',
      amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
    });
    const invoice = linkable({ id: 'I', client: 'C', amount: 1_000_000, issued: d('2025-12-01'), expected: d('2026-01-10') + 50 });
    const quote = feasible(priceLump(option, 500_000, flat('2026-01-10', 500_000, 20), { currency: KRW, invoice }));
    expect(quote).toMatchObject({ principal: 1_000_000, cashReceived: 980_000, cost: 20_000 });
    expect(pct(quote.apr, 4)).toBe(14.898);
    expect(pct(quote.ear, 4)).toBe(15.891);
  });

  it('TV-17 revolving line: interest on the area under the deficit curve, 3,205 won', () => {
    const option = bridgeOption({ id: 'overdraft', category: 'revolving_line', charges: [interest(0.065)] });
    const need = needOf(d('2026-01-01'), [...new Array(10).fill(1_000_000), ...new Array(20).fill(400_000)], d('2026-01-01'));
    const quote = feasible(priceRevolving(option, need.gaps, need, { currency: KRW }));
    expect(quote.cost).toBe(3205);
    expect(quote.cashReceived).toBe(1_000_000);
    expect(pct(quote.apr, 2)).toBe(6.5);
    // Charging the peak for the whole window would have cost 5,342: the daily balance is the honest base.
    expect(Math.round((1_000_000 * 0.065 * 30) / 365)).toBe(5342);
  });

  it('TV-13 instalment loan: 3,000,000 at 15 % over 12 months with a 3 % fee: App J 20.87 %, EU APRC 22.98 %', () => {
    const option = bridgeOption({
      id: 'instalment',
      category: 'installment_loan',
      amount: { basis: 'cash', min: 100_000, max: 10_000_000, step: 100_000 },
      term: { kind: 'installments', count: 12, everyMonths: 1 },
      charges: [interest(0.15), { type: 'pct_fee', pct: 0.03, of: 'principal', timing: 'deduct_at_draw' }],
    });
    const quote = feasible(priceLump(option, 2_910_000, flat('2026-01-05', 2_000_000, 20), { currency: KRW }));
    expect(quote.principal).toBe(3_000_000);
    expect(quote.cashReceived).toBe(2_910_000);
    expect(quote.repayments.map((r) => r.amount)).toEqual(new Array(12).fill(270_775));
    expect(quote.cost).toBe(12 * 270_775 - 2_910_000);
    expect(pct(quote.apr, 2)).toBe(20.87);
    expect(pct(quote.ear, 2)).toBe(22.98);
  });
});

describe('terms', () => {
  it('a loan with a minimum term and an origination fee is charged for the minimum even on a short window', () => {
    const option = bridgeOption({
      id: 'min-term',
      category: 'single_payment_loan',
      term: { kind: 'flexible', minDays: 30 },
      charges: [interest(0.12, 'floor'), { type: 'pct_fee', pct: 0.01, of: 'principal', timing: 'deduct_at_draw' }],
    });
    const quote = feasible(priceLump(option, 990_000, flat('2026-03-01', 990_000, 10), { currency: KRW }));
    expect(quote.repayDate - quote.drawDate).toBe(30);
    // 1,000,000 borrowed, 10,000 fee deducted, 9,863 interest for 30 days (floored): 19,863 on 990,000 received.
    expect(quote).toMatchObject({ principal: 1_000_000, cashReceived: 990_000, cost: 19_863 });
    expect(pct(quote.apr, 2)).toBe(24.41);
  });
});

describe('infeasible options say why', () => {
  const need = flat('2026-03-10', 500_000, 10, '2026-03-09');
  it.each([
    [
      bridgeOption({
        id: 'small',
        category: 'single_payment_loan',
        amount: { basis: 'cash', min: 10_000, max: 300_000, step: 10_000 },
        charges: [interest(0.1)],
      }),
      'over the limit: at most ₩300,000 of cash is available',
    ],
    [
      bridgeOption({ id: 'slow', category: 'single_payment_loan', availability: { leadTimeDays: 3, requiresApproval: true }, charges: [interest(0.1)] }),
      'needs 3 days to arrange; the window starts in 1',
    ],
    [
      bridgeOption({ id: 'short', category: 'single_payment_loan', term: { kind: 'fixed_days', days: 7 }, charges: [interest(0.1)] }),
      'repayment on 2026-03-17 would fall inside the window',
    ],
    [
      bridgeOption({
        id: 'early',
        category: 'early_payment_discount',
        term: { kind: 'until_invoice_paid' },
        charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
      }),
      'needs an open invoice to draw on',
    ],
  ])('%s', (option, reason) => {
    const quote = priceAlone(option, need, { currency: KRW });
    expect(quote.feasible).toBe(false);
    expect(quote.feasible ? '' : reasonText(quote.reason, 'en')).toBe(reason);
  });

  // A 2 % early-payment discount on the invoice's face, for the two timing rules below.
  const earlyDiscount = () =>
    bridgeOption({
      id: 'early',
      category: 'early_payment_discount',
      term: { kind: 'until_invoice_paid' },
      amount: { basis: 'face', min: 1, max: 10_000_000, step: 1 },
      charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
    });

  it('an invoice not issued yet cannot be paid early', () => {
    const quote = priceAlone(earlyDiscount(), need, {
      currency: KRW,
      invoice: linkable({ id: 'I', client: 'C', amount: 900_000, issued: d('2026-03-20'), expected: d('2026-04-20') }),
    });
    expect(quote.feasible ? '' : reasonText(quote.reason, 'en')).toBe('the invoice is only issued on 2026-03-20, after the window starts');
  });

  it('an invoice expected inside the window cannot bridge it', () => {
    const quote = priceAlone(earlyDiscount(), need, {
      currency: KRW,
      invoice: linkable({ id: 'I', client: 'C', amount: 900_000, issued: d('2026-01-01'), expected: d('2026-03-15') }),
    });
    expect(quote.feasible ? '' : reasonText(quote.reason, 'en')).toBe('the invoice is expected on 2026-03-15, inside the window');
  });
});

describe('exact money in pricing (issue 11)', () => {
  // A year's loan of 10,000,000,000,000 with a flat fee: 20 % a year is 2,000,000,000,000 of fee exactly.
  const yearLoan = (fee: number) =>
    bridgeOption({
      id: 'year-loan',
      category: 'single_payment_loan',
      amount: { basis: 'cash', min: 1, max: 10_000_000_000_000, step: 1 },
      term: { kind: 'fixed_days', days: 365 },
      charges: [{ type: 'flat_fee', amount: fee, timing: 'add_at_repay' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: 'x' },
    });
  const need = flat('2026-03-01', 10_000_000_000_000, 10);

  it('judges the legal cap exactly: 20 % on the nose is within it, one won more is above it', () => {
    expect(feasible(priceLump(yearLoan(2_000_000_000_000), 10_000_000_000_000, need, { currency: KRW })).cap).toBe('ok');
    // apr − cap = 1e-13 here, inside the old 1e-12 tolerance.
    expect(feasible(priceLump(yearLoan(2_000_000_000_001), 10_000_000_000_000, need, { currency: KRW })).cap).toBe('above_cap');
  });

  it('splits an interest-free instalment loan so the payments sum to the principal', () => {
    const option = bridgeOption({
      id: 'free-instalments',
      category: 'installment_loan',
      amount: { basis: 'cash', min: 1, max: 10_000_000, step: 1 },
      term: { kind: 'installments', count: 3, everyMonths: 1 },
      charges: [],
    });
    const quote = feasible(priceLump(option, 1_000_000, flat('2026-01-05', 1_000_000, 20), { currency: KRW }));
    expect(quote.repayments.map((r) => r.amount)).toEqual([333_334, 333_333, 333_333]);
    expect(quote.cost).toBe(0);
  });
});

describe('pricing fixes (issue 12)', () => {
  it('a percentage fee added at repayment keeps its minimum on an instalment loan', () => {
    const option = bridgeOption({
      id: 'instalment-fee',
      category: 'installment_loan',
      amount: { basis: 'cash', min: 1, max: 10_000_000, step: 1 },
      term: { kind: 'installments', count: 2, everyMonths: 1 },
      charges: [{ type: 'pct_fee', pct: 0.01, of: 'principal', min: 5000, timing: 'add_at_repay' }],
    });
    const quote = feasible(priceLump(option, 100_000, flat('2026-01-05', 100_000, 20), { currency: KRW }));
    expect(quote.repayments.map((r) => r.amount)).toEqual([50_000, 55_000]);
    expect(quote.cost).toBe(5000);
  });

  it('a cap with includesFees: false is judged on the interest alone', () => {
    const option = (includesFees: boolean) =>
      bridgeOption({
        id: 'fee-heavy',
        category: 'single_payment_loan',
        term: { kind: 'fixed_days', days: 30 },
        charges: [interest(0.19), { type: 'flat_fee', amount: 10_000, timing: 'add_at_repay' }],
        regulatoryCap: { annualSimpleRate: 0.2, includesFees, ref: 'x' },
      });
    const need = flat('2026-03-01', 1_000_000, 10);
    expect(feasible(priceLump(option(true), 1_000_000, need, { currency: KRW })).cap).toBe('above_cap');
    expect(feasible(priceLump(option(false), 1_000_000, need, { currency: KRW })).cap).toBe('ok');
  });

  it('a what-if option over its limit names the cash it can really give', () => {
    const factoring = priceWhatIf(defaultCatalogue(KRW), minor(100_000_000), 30, d('2026-03-01'), KRW).find(
      (alternative) => alternative.quote.option.id === 'kr-receivable-factoring',
    )!.quote;
    expect(factoring.feasible ? '' : reasonText(factoring.reason, 'en')).toBe('over the limit: at most ₩40,000,000 of cash is available');
  });

  it('an invoice-linked option takes no invoice below its min; the calculator prices it on an invoice of the min', () => {
    // The typical factoring takes invoices of ₩1,000,000 or more (80 % advanced, 1.5 % of face a started 30 days).
    const factoring = defaultCatalogue(KRW).options.find((option) => option.id === 'kr-receivable-factoring')!;
    const need = flat('2026-12-10', 400_000, 10, '2026-12-01');
    const small = priceLump(factoring, 400_000, need, {
      currency: KRW,
      invoice: linkable({ id: 'S1', client: 'S', amount: 600_000, issued: d('2026-11-01'), expected: d('2026-12-30') }),
    });
    expect(small.feasible ? '' : reasonText(small.reason, 'en')).toBe("the invoice's ₩600,000 is below the smallest it takes, ₩1,000,000");
    const large = feasible(
      priceLump(factoring, 400_000, need, {
        currency: KRW,
        invoice: linkable({ id: 'S2', client: 'S', amount: 1_000_000, issued: d('2026-11-01'), expected: d('2026-12-30') }),
      }),
    );
    expect([large.principal, large.cashReceived, large.cost]).toEqual([1_000_000, 800_000, 15_000]);
    // ₩10,000 for a day would need a ₩12,533 invoice; the smallest the option takes is ₩1,000,000: 1.5 % of it, ₩15,000.
    const whatIf = priceWhatIf({ ...defaultCatalogue(KRW), options: [{ ...factoring, enabled: true }] }, minor(10_000), 1, d('2026-12-01'), KRW)[0]!.quote;
    expect(whatIf.feasible && [whatIf.principal, whatIf.cost]).toEqual([1_000_000, 15_000]);
  });

  it('late national tax counts from the day after the due date to the day of payment (국세기본법 §47의4)', () => {
    const tax = defaultCatalogue(KRW).options.find((option) => option.id === 'kr-tax-late-payment')!;
    expect(feasible(priceLump(tax, 1_000_000, flat('2025-05-31', 1_000_000, 30), { currency: KRW })).cost).toBe(6600);
    expect(feasible(priceLump(tax, 1_000_000, flat('2025-05-31', 1_000_000, 1), { currency: KRW })).cost).toBe(220);
  });
});

describe('rules the brief leaves open (README, "How each option is priced")', () => {
  const factoring = (pct: number) =>
    bridgeOption({
      id: 'blocks',
      category: 'receivable_finance',
      amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
      proceeds: { advanceRate: 0.8 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'block_fee', pct, of: 'face', blockDays: 30, timing: 'deduct_from_reserve' }],
    });

  it('a block fee is rounded once on all its blocks: 1.5 % × 2 blocks of 100,033 is 3,001, not 2 × 1,500', () => {
    const invoice = linkable({ id: 'I', client: 'C', amount: 100_033, issued: d('2026-01-01'), expected: d('2026-03-01') + 45 });
    expect(feasible(priceLump(factoring(0.015), 50_000, flat('2026-03-01', 50_000, 10), { currency: KRW, invoice })).cost).toBe(3001);
  });

  it('a minimum that is not a multiple of the step rounds up to the next whole step', () => {
    const option = bridgeOption({
      id: 'odd-min',
      category: 'single_payment_loan',
      amount: { basis: 'cash', min: 15_000, max: 100_000, step: 10_000 },
      charges: [interest(0.1)],
    });
    expect(feasible(priceLump(option, 12_000, flat('2026-03-01', 12_000, 10), { currency: KRW })).principal).toBe(20_000);
  });

  it('a prepayment fee is paid by a flexible loan repaid early, not by a loan repaid on its due date', () => {
    const withFee = (term: BridgeOption['term']) =>
      bridgeOption({ id: 'prepay', category: 'single_payment_loan', term, charges: [{ type: 'prepayment_fee', pct: 0.01 }] });
    const need = flat('2026-03-01', 100_000, 10);
    expect(feasible(priceLump(withFee({ kind: 'flexible', maxDays: 365 }), 100_000, need, { currency: KRW })).cost).toBe(1000);
    expect(feasible(priceLump(withFee({ kind: 'fixed_days', days: 30 }), 100_000, need, { currency: KRW })).cost).toBe(0);
  });

  it('an instalment loan whose first payment falls inside the window cannot bridge it', () => {
    const option = bridgeOption({
      id: 'monthly',
      category: 'installment_loan',
      term: { kind: 'installments', count: 6, everyMonths: 1 },
      charges: [interest(0.1)],
    });
    const quote = priceLump(option, 100_000, flat('2026-03-01', 100_000, 40), { currency: KRW });
    expect(quote.feasible ? '' : reasonText(quote.reason, 'en')).toBe('repayment on 2026-04-01 would fall inside the window');
  });
});

describe('the simulation prices lines within their shared limit', () => {
  it('two lines on one limit share what it has left, the cheaper first', () => {
    const line = (id: string, rate: number) =>
      bridgeOption({
        id,
        category: 'revolving_line',
        amount: { basis: 'cash', min: 0, max: 1_000_000, step: 1, sharedLimitId: 'card' },
        charges: [interest(rate)],
      });
    const catalogue: Catalogue = {
      schemaVersion: 1,
      currency: 'KRW',
      jurisdiction: 'KR',
      sharedLimits: [{ id: 'card', limit: 2_000_000, used: 1_300_000 }],
      options: [line('dear', 0.15), line('cheap', 0.05)],
    };
    expect(simulatedLines(catalogue, KRW)).toEqual([
      { annualRate: 0.05, headroom: 700_000 },
      { annualRate: 0.15, headroom: 0 },
    ]);
  });
});
