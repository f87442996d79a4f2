import type { Minor } from '../domain/money.js';
import { ratioOf } from '../domain/ratio.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { CapStatus, Repayment } from './quote.js';

/**
 * What a legal cap is judged on: `charge` paid for the use of `balanceDays` (balance × days, in minor-unit days).
 * The simple annual rate is charge × 365 ÷ balanceDays; with `includesFees: false` the caller passes the interest alone.
 */
export interface CapBasis {
  readonly charge: number;
  readonly balanceDays: bigint;
}

/** Whether charge × 365 ÷ balanceDays exceeds `rate`, decided in integers (no floating tolerance). */
function above(basis: CapBasis, rate: number): boolean {
  if (basis.balanceDays <= 0n) return basis.charge > 0;
  const { num, den } = ratioOf(rate);
  return BigInt(basis.charge) * 365n * den > num * basis.balanceDays;
}

/** A single-payment quote (or a revolving line on its drawn area) against the option's legal cap. */
export function capStatus(option: BridgeOption, basis: CapBasis): CapStatus {
  const cap = option.regulatoryCap;
  if (cap === undefined) return 'none';
  if (cap.voidAbove !== undefined && above(basis, cap.voidAbove)) return 'void';
  return above(basis, cap.annualSimpleRate) ? 'above_cap' : 'ok';
}

/**
 * Whether a loan of `advance` repaid by monthly `payments` (one every `everyMonths` months) has an App J APR above
 * `rate`: the APR is above the rate exactly when the payments, discounted at the rate's periodic share, are worth more
 * than the advance. With i = a/b: Σ P_j (b+a)^(n−j) b^j > A (b+a)^n, all in bigint.
 */
function installmentsAbove(advance: Minor, payments: readonly Minor[], everyMonths: number, rate: number): boolean {
  const { num, den } = ratioOf(rate);
  const a = num * BigInt(everyMonths);
  const b = den * 12n;
  const n = payments.length;
  let worth = 0n;
  payments.forEach((payment, index) => {
    const j = BigInt(index + 1);
    worth += BigInt(payment) * (b + a) ** (BigInt(n) - j) * b ** j;
  });
  return worth > BigInt(advance) * (b + a) ** BigInt(n);
}

/** An instalment loan against the option's legal cap, by the App J rate it is disclosed with. */
export function installmentsCapStatus(option: BridgeOption, advance: Minor, repayments: readonly Repayment[], everyMonths: number): CapStatus {
  const cap = option.regulatoryCap;
  if (cap === undefined) return 'none';
  const payments = repayments.map((repayment) => repayment.amount);
  if (cap.voidAbove !== undefined && installmentsAbove(advance, payments, everyMonths, cap.voidAbove)) return 'void';
  return installmentsAbove(advance, payments, everyMonths, cap.annualSimpleRate) ? 'above_cap' : 'ok';
}
