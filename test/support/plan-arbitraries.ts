import fc from 'fast-check';
import type { BridgeOption } from '../../src/read/catalogue-schema.js';
import { bridgeOption, interest } from './options.js';

// Random catalogue options for the optimiser's property tests (one window: optimiser-oracle; several: optimiser-windows):
// lump loans with odd minimums, steps, lump amounts and fees, revolving lines and invoice-linked offers. Each is a
// function of its id.

const term = fc.oneof(
  fc.constant({ kind: 'flexible' as const }),
  fc.integer({ min: 8, max: 40 }).map((days) => ({ kind: 'fixed_days' as const, days })),
  fc.integer({ min: 10, max: 30 }).map((minDays) => ({ kind: 'flexible' as const, minDays })),
);
const fees = fc.array(
  fc.oneof(
    fc.record({
      type: fc.constant('flat_fee' as const),
      amount: fc.constantFrom(500, 1000, 3000),
      timing: fc.constantFrom('add_at_repay' as const, 'deduct_at_draw' as const),
    }),
    fc.record({
      type: fc.constant('pct_fee' as const),
      pct: fc.constantFrom(0.01, 0.03),
      of: fc.constant('principal' as const),
      min: fc.constantFrom(1000, 2000),
      timing: fc.constantFrom('add_at_repay' as const, 'deduct_at_draw' as const),
    }),
  ),
  { maxLength: 1 },
);
const cap = fc.option(fc.constant({ annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: 'x' }), { nil: undefined });

export const lumpLoan = fc
  .record({
    category: fc.constantFrom('single_payment_loan' as const, 'card_cash_advance' as const),
    min: fc.constantFrom(10_000, 15_000, 50_000, 100_000, 250_000),
    step: fc.constantFrom(1000, 10_000, 50_000, 100_000),
    count: fc.integer({ min: 1, max: 5 }),
    lumps: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    rate: fc.integer({ min: 0, max: 300 }).map((permille) => permille / 1000),
    rounding: fc.constantFrom('round' as const, 'floor' as const),
    fees,
    term,
    cap,
    risk: fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
    lead: fc.constantFrom(0, 0, 0, 1, 2),
    shared: fc.boolean(),
  })
  .map((spec) => (id: string): BridgeOption => {
    const lo = Math.ceil(spec.min / spec.step) * spec.step;
    const max = lo + (spec.count - 1) * spec.step;
    return bridgeOption({
      id,
      category: spec.category,
      amount: {
        basis: 'cash',
        min: spec.min,
        max,
        step: spec.step,
        ...(spec.lumps === undefined ? {} : { lump: spec.lumps.map((k) => Math.min(max, lo + k * spec.step)) }),
        ...(spec.shared ? { sharedLimitId: 'card' } : {}),
      },
      term: spec.term,
      charges: [interest(spec.rate, spec.rounding), ...spec.fees],
      ...(spec.cap === undefined ? {} : { regulatoryCap: spec.cap }),
      risk: { level: spec.risk, flags: [] },
      availability: { leadTimeDays: spec.lead, requiresApproval: false },
    });
  });

export const line = fc
  .record({
    max: fc.integer({ min: 20_000, max: 500_000 }),
    rate: fc.integer({ min: 10, max: 250 }).map((permille) => permille / 1000),
    // Card interest is often truncated, to the won or to the ten: another order of the lines can then be cheaper.
    rounding: fc.constantFrom('round' as const, 'round' as const, 'floor' as const, 'floor10' as const),
    risk: fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
    shared: fc.boolean(),
  })
  .map(
    (spec) =>
      (id: string): BridgeOption =>
        bridgeOption({
          id,
          category: 'revolving_line',
          amount: { basis: 'cash', min: 10_000, max: spec.max, step: 10_000, ...(spec.shared ? { sharedLimitId: 'card' } : {}) },
          charges: [{ ...interest(spec.rate), rounding: spec.rounding }],
          risk: { level: spec.risk, flags: [] },
        }),
  );

export const linked = fc.oneof(
  fc.constantFrom(0.01, 0.02, 0.03).map(
    (pct) => (id: string) =>
      bridgeOption({
        id,
        category: 'early_payment_discount',
        amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
        term: { kind: 'until_invoice_paid' },
        charges: [{ type: 'discount', pct, of: 'invoice_gross' }],
      }),
  ),
  fc.constantFrom(0.01, 0.015).map(
    (pct) => (id: string) =>
      bridgeOption({
        id,
        category: 'receivable_finance',
        amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
        proceeds: { advanceRate: 0.8 },
        term: { kind: 'until_invoice_paid' },
        charges: [{ type: 'block_fee', pct, of: 'face', blockDays: 30, timing: 'deduct_from_reserve' }],
      }),
  ),
);

/**
 * How much dearer one more option or a higher limit may make one window's plan: the lines' rounding spreads (1 a
 * charge, 10 for floor10). Unrounded, the lines' fill is a linear programme that more room never makes dearer; each
 * line's charge then rounds within its spread, and a line drawn in whole layers cannot split as a rounding would like
 * (README, "The plan"). Measured: every case of the one-window oracle holds with it, and 1 of its 2,000 needs it.
 */
export function roundingSlack(options: readonly BridgeOption[]): number {
  const spread = (option: BridgeOption) =>
    option.charges.reduce((sum, charge) => sum + (charge.type !== 'interest' ? 0 : charge.rounding === 'floor10' ? 10 : 1), 0);
  return options.filter((option) => option.category === 'revolving_line').reduce((sum, option) => sum + spread(option), 0);
}
