// Charges are computed on plain integers of minor units (the catalogue's numbers); callers brand what they return as Minor.
import { mulDiv, ratioOf, simpleInterest } from '../domain/ratio.js';
import type { BridgeOption, Charge } from '../read/catalogue-schema.js';

/** money × rate, rounded half up (fees are quoted to the minor unit). */
export function pctOf(amount: number, rate: number): number {
  const { num, den } = ratioOf(rate);
  return Number(mulDiv(BigInt(amount), num, den, 'round'));
}

function isDeducted(charge: Charge): boolean {
  return (
    ('timing' in charge && (charge.timing === 'deduct_at_draw' || charge.timing === 'pay_at_draw')) || charge.type === 'haircut' || charge.type === 'discount'
  );
}

/** What the charges of one draw come to. */
export interface ChargeTotals {
  /** Cash that lands: the advance less every fee deducted or paid at the draw. */
  readonly cash: number;
  /** Everything paid for the money: fees and interest. */
  readonly charge: number;
  /** The interest alone (what a legal cap with `includesFees: false` is judged on). */
  readonly interest: number;
  /** Fees added to the repayment (paid with the last instalment of an instalment loan). */
  readonly addedAtRepay: number;
}

/** How a draw is held, for the charges that depend on it. */
export interface Holding {
  readonly days: number;
  /** The drawn balance summed over days, for interest: x × days for a lump, the area under the curve for a line. */
  readonly area: bigint;
  /** Repaid before the term's own end (a flexible loan paid back early), when a prepayment fee applies. */
  readonly early: boolean;
}

/**
 * One fee for principal (or face) `x`, `advance` the cash before fees. Each fee is computed exactly and rounded once,
 * half up: a block fee on all its started blocks together, a late fee on all its chargeable days together.
 */
function feeOf(charge: Exclude<Charge, { type: 'interest' }>, x: number, advance: number, holding: Holding): number {
  switch (charge.type) {
    case 'pct_fee':
      return Math.min(charge.max ?? Infinity, Math.max(charge.min ?? 0, pctOf(charge.of === 'cash' ? advance : x, charge.pct)));
    case 'flat_fee':
      return charge.amount;
    case 'block_fee':
      return pctOf(x * Math.ceil(holding.days / charge.blockDays), charge.pct);
    case 'haircut':
    case 'discount':
      return pctOf(x, charge.pct);
    case 'late_fee': {
      const chargeable = Math.max(0, holding.days - (charge.graceDays ?? 0) - (charge.dayCount === 'exclusive_end' ? 1 : 0));
      const amount =
        (charge.flat ?? 0) + pctOf(x, charge.once ?? 0) + pctOf(x * chargeable, charge.daily ?? 0) + pctOf(x * Math.ceil(chargeable / 30), charge.monthly ?? 0);
      return charge.cap === undefined ? amount : Math.min(amount, pctOf(x, charge.cap));
    }
    case 'prepayment_fee':
      return holding.early && (charge.waivedAfterDays === undefined || holding.days < charge.waivedAfterDays) ? pctOf(x, charge.pct) : 0;
  }
}

/** Every charge of the option for principal (or face) `x` held as `holding`, in minor units, and the cash that lands. */
export function chargesFor(option: BridgeOption, x: number, holding: Holding): ChargeTotals {
  const advanceRate = option.proceeds?.advanceRate === undefined ? undefined : ratioOf(option.proceeds.advanceRate);
  const advance = advanceRate === undefined ? x : Number(mulDiv(BigInt(x), advanceRate.num, advanceRate.den, 'floor'));
  let deducted = 0;
  let added = 0;
  for (const charge of option.charges) {
    if (charge.type === 'interest') continue;
    const amount = feeOf(charge, x, advance, holding);
    if (isDeducted(charge)) deducted += amount;
    else added += amount;
  }
  let interest = 0;
  for (const charge of option.charges) {
    if (charge.type !== 'interest') continue;
    const base = charge.on === 'principal_plus_fees' ? holding.area + BigInt(deducted + added) * BigInt(holding.days) : holding.area;
    if (charge.compounding === 'simple') {
      interest += Number(simpleInterest(base, ratioOf(charge.annualRate), 1n, BigInt(charge.dayBasis), charge.rounding));
    } else {
      // Daily compounding has no exact integer form; the double is rounded once, as named.
      const principal = Number(base) / holding.days;
      const amount = principal * ((1 + charge.annualRate / charge.dayBasis) ** holding.days - 1);
      interest += Number(mulDiv(BigInt(Math.round(amount * 1e6)), 1n, 1_000_000n, charge.rounding));
    }
  }
  return { cash: advance - deducted, charge: deducted + added + interest, interest, addedAtRepay: added };
}
