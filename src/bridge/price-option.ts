import { euYearsBetween } from '../domain/calendar-interval.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import type { Currency } from '../domain/currency.js';
import { mulDiv, ratioOf, simpleInterest } from '../domain/ratio.js';
import type { BridgeOption, Charge } from '../read/catalogue-schema.js';
import type { LinkableInvoice, Need } from './need.js';
import { capStatus, installmentsCapStatus } from './legal-cap.js';
import type { Quote, Repayment } from './quote.js';
import { repaymentDays } from './repay-day.js';
import { appendixJApr, effectiveAnnualRate, euAprc, simpleApr } from './true-cost.js';

/** What a quote depends on besides the option and the need. */
export interface PricingContext {
  readonly currency: Currency;
  /** The open invoice an invoice-linked option draws on. */
  readonly invoice?: LinkableInvoice | undefined;
  /** Of the option's limit, what earlier windows' plans still hold on the need's first day. */
  readonly alreadyDrawn?: Minor | undefined;
}

/** money × rate, rounded half up (fees are quoted to the minor unit). */
function pctOf(amount: Minor, rate: number): Minor {
  const { num, den } = ratioOf(rate);
  return Number(mulDiv(BigInt(amount), num, den, 'round'));
}

/** The most the option can supply now: its max, less what its capacity and earlier plans have used. */
export function headroom(option: BridgeOption, context: PricingContext): Minor {
  const capacity = option.amount.capacity;
  const fromCapacity = capacity === undefined ? Infinity : capacity.limit - capacity.used;
  return Math.max(0, Math.min(option.amount.max, fromCapacity) - (context.alreadyDrawn ?? 0));
}

function isDeducted(charge: Charge): boolean {
  return ('timing' in charge && (charge.timing === 'deduct_at_draw' || charge.timing === 'pay_at_draw'))
    || charge.type === 'haircut' || charge.type === 'discount';
}

/**
 * Every charge of the option for principal (or face) `x` over `days`, in minor units, and the cash that lands.
 * `area` is the drawn balance summed over days, for interest on a revolving line; otherwise x × days.
 */
function chargesFor(option: BridgeOption, x: Minor, days: number, area: bigint): { cash: Minor; charge: Minor } {
  const advanceRate = option.proceeds?.advanceRate === undefined ? undefined : ratioOf(option.proceeds.advanceRate);
  const advance = advanceRate === undefined ? x : Number(mulDiv(BigInt(x), advanceRate.num, advanceRate.den, 'floor'));
  let deducted = 0;
  let other = 0;
  const fees: Minor[] = [];
  for (const charge of option.charges) {
    let amount = 0;
    switch (charge.type) {
      case 'pct_fee': {
        const base = charge.of === 'cash' ? advance : x;
        amount = Math.min(charge.max ?? Infinity, Math.max(charge.min ?? 0, pctOf(base, charge.pct)));
        break;
      }
      case 'flat_fee': amount = charge.amount; break;
      case 'block_fee': amount = pctOf(x, charge.pct) * Math.ceil(days / charge.blockDays); break;
      case 'haircut':
      case 'discount': amount = pctOf(x, charge.pct); break;
      case 'late_fee': {
        const chargeable = Math.max(0, days - (charge.graceDays ?? 0) - (charge.dayCount === 'exclusive_end' ? 1 : 0));
        amount = (charge.flat ?? 0) + pctOf(x, charge.once ?? 0) + pctOf(x * chargeable, charge.daily ?? 0)
          + pctOf(x * Math.ceil(chargeable / 30), charge.monthly ?? 0);
        if (charge.cap !== undefined) amount = Math.min(amount, pctOf(x, charge.cap));
        break;
      }
      case 'prepayment_fee':
        amount = charge.waivedAfterDays === undefined || days < charge.waivedAfterDays ? pctOf(x, charge.pct) : 0;
        break;
      case 'interest': continue;
    }
    if (isDeducted(charge)) deducted += amount;
    else other += amount;
    fees.push(amount);
  }
  const feesTotal = fees.reduce((sum, fee) => sum + fee, 0);
  for (const charge of option.charges) {
    if (charge.type !== 'interest') continue;
    const base = charge.on === 'principal_plus_fees' ? area + BigInt(feesTotal) * BigInt(days) : area;
    const rounding = charge.rounding;
    if (charge.compounding === 'simple') {
      other += Number(simpleInterest(base, ratioOf(charge.annualRate), 1n, BigInt(charge.dayBasis), rounding));
    } else {
      // Daily compounding has no exact integer form; the double is rounded once, as named.
      const principal = Number(base) / days;
      const interest = principal * ((1 + charge.annualRate / charge.dayBasis) ** days - 1);
      other += Number(mulDiv(BigInt(Math.round(interest * 1e6)), 1n, 1_000_000n, rounding));
    }
  }
  return { cash: advance - deducted, charge: deducted + other };
}

function leadTimeProblem(option: BridgeOption, need: Need): string | undefined {
  const ready = need.asOf + option.availability.leadTimeDays;
  return ready > need.start
    ? `needs ${option.availability.leadTimeDays} days to arrange; the window starts in ${need.start - need.asOf}`
    : undefined;
}

/** The amounts an option may be drawn in, smallest first, up to `limit` (lumps, or min + steps). */
function admissible(option: BridgeOption, limit: Minor, invoice: LinkableInvoice | undefined): { lo: Minor; hi: Minor; step: Minor } | Minor[] {
  if (invoice !== undefined) return invoice.amount <= limit ? [invoice.amount] : [];
  if (option.amount.lump !== undefined) return option.amount.lump.filter((lump) => lump <= limit).sort((a, b) => a - b);
  const step = option.amount.step;
  const lo = Math.ceil(option.amount.min / step) * step;
  return { lo, hi: Math.floor(limit / step) * step, step };
}

/**
 * Prices a bridge that delivers its cash on the need's first day and holds it until its repayment day:
 * the smallest admissible principal whose cash covers `cashNeeded`, with its full true cost.
 */
export function priceLump(option: BridgeOption, cashNeeded: Minor, need: Need, context: PricingContext): Quote {
  const fail = (reason: string): Quote => ({ feasible: false, option, reason, ...(context.invoice ? { invoiceId: context.invoice.id } : {}) });
  const late = leadTimeProblem(option, need);
  if (late !== undefined) return fail(late);
  const repayDays = repaymentDays(option.term, need, context.invoice);
  if (typeof repayDays === 'string') return fail(repayDays);
  const repayDate = repayDays[repayDays.length - 1]!;
  const days = repayDays[0]! - need.start;
  const limit = headroom(option, context);
  const cashAt = (x: Minor) => chargesFor(option, x, days, BigInt(x) * BigInt(days)).cash;

  const amounts = admissible(option, limit, context.invoice);
  let principal: Minor | undefined;
  if (Array.isArray(amounts)) {
    principal = amounts.find((x) => cashAt(x) >= cashNeeded);
  } else if (amounts.hi >= amounts.lo) {
    // Cash grows with principal, so binary-search the multiples of the step.
    let lo = 0;
    let hi = (amounts.hi - amounts.lo) / amounts.step;
    if (cashAt(amounts.lo + hi * amounts.step) >= cashNeeded) {
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (cashAt(amounts.lo + mid * amounts.step) >= cashNeeded) hi = mid;
        else lo = mid + 1;
      }
      principal = amounts.lo + lo * amounts.step;
    }
  }
  if (principal === undefined) {
    // The most cash any admissible amount yields, to say how far the option falls short.
    const largest = Array.isArray(amounts) ? amounts[amounts.length - 1] : amounts.hi >= amounts.lo ? amounts.hi : undefined;
    const most = largest === undefined ? 0 : Math.max(0, cashAt(largest));
    return fail(`over the limit: at most ${formatMoney(most, context.currency)} of cash is available`);
  }
  const { cash, charge } = chargesFor(option, principal, days, BigInt(principal) * BigInt(days));
  if (cash <= 0) return fail('the fees take all of the cash');

  if (option.term.kind === 'installments') return priceInstallments(option, principal, cash, repayDays, need, context);
  const repayments: Repayment[] = [{ date: repayDate, amount: cash + charge }];
  const apr = simpleApr(charge, cash, days);
  return {
    feasible: true, option, principal, cashReceived: cash, drawDate: need.start, repayDate, repayments, cost: charge,
    apr, ear: effectiveAnnualRate(charge, cash, days), cap: capStatus(option, { charge, balanceDays: BigInt(cash) * BigInt(days) }),
    ...(context.invoice ? { invoiceId: context.invoice.id } : {}),
  };
}

/** An amortising loan: equal payments on the outstanding balance; true APR by Reg Z App J, EAR as the EU APRC. */
function priceInstallments(
  option: BridgeOption, principal: Minor, cash: Minor, days: readonly number[], need: Need, context: PricingContext,
): Quote {
  const term = option.term as Extract<BridgeOption['term'], { kind: 'installments' }>;
  const interest = option.charges.find((charge) => charge.type === 'interest');
  const periodRate = interest === undefined ? 0 : (interest.annualRate * term.everyMonths) / 12;
  // Without interest the principal is allocated: equal shares, the remainder one minor unit each to the first payments.
  const payments = Array.from({ length: term.count }, (_, index) => (periodRate === 0
    ? Math.floor(principal / term.count) + (index < principal % term.count ? 1 : 0)
    : Math.round((principal * periodRate) / (1 - (1 + periodRate) ** -term.count))));
  const added = option.charges.filter((charge) => 'timing' in charge && charge.timing === 'add_at_repay')
    .reduce((sum, charge) => sum + (charge.type === 'flat_fee' ? charge.amount : charge.type === 'pct_fee' ? pctOf(principal, charge.pct) : 0), 0);
  const repayments = days.map((date, index) => ({ date, amount: payments[index]! + (index === days.length - 1 ? added : 0) }));
  const repaid = repayments.reduce((sum, repayment) => sum + repayment.amount, 0);
  const cost = repaid - cash;
  // Nothing paid for the money has no positive rate for the solvers to find: it is 0.
  const apr = cost === 0 ? 0 : appendixJApr(cash, repayments.map((repayment, index) => ({ amount: repayment.amount, periods: index + 1, fraction: 0 })), 12 / term.everyMonths);
  const ear = cost === 0 ? 0 : euAprc([{ amount: cash, time: 0 }], repayments.map((repayment) => ({ amount: repayment.amount, time: euYearsBetween(need.start, repayment.date) })));
  return {
    feasible: true, option, principal, cashReceived: cash, drawDate: need.start, repayDate: days[days.length - 1]!, repayments, cost,
    apr, ear, cap: installmentsCapStatus(option, cash, repayments, term.everyMonths), ...(context.invoice ? { invoiceId: context.invoice.id } : {}),
  };
}

/**
 * Prices a revolving line drawn day by day: `drawn[i]` on day need.start + i, interest on the drawn balance
 * (the area under the curve), repaid the day after the window.
 */
export function priceRevolving(option: BridgeOption, drawn: readonly Minor[], need: Need, context: PricingContext): Quote {
  const fail = (reason: string): Quote => ({ feasible: false, option, reason });
  const late = leadTimeProblem(option, need);
  if (late !== undefined) return fail(late);
  const repayDays = repaymentDays(option.term, need, undefined);
  if (typeof repayDays === 'string') return fail(repayDays);
  const peak = Math.max(0, ...drawn);
  const limit = headroom(option, context);
  if (peak > limit) return fail(`over the limit: at most ${formatMoney(limit, context.currency)} can be drawn`);
  const first = drawn.findIndex((amount) => amount > 0);
  const repayDate = repayDays[0]!;
  if (first < 0) {
    return { feasible: true, option, principal: 0, cashReceived: 0, drawDate: need.start, repayDate, repayments: [], cost: 0, apr: 0, ear: 0, cap: capStatus(option, { charge: 0, balanceDays: 0n }), drawn, drawnStart: need.start };
  }
  const area = drawn.reduce((sum, amount) => sum + BigInt(amount), 0n);
  const days = repayDate - (need.start + first);
  const { charge } = chargesFor(option, peak, days, area);
  // The cash outstanding on average is area ÷ days; rates are per that balance, so the simple APR of a
  // pure daily-interest line is its quoted rate (brief A4).
  const average = Number(area) / days;
  const apr = simpleApr(charge, average, days);
  return {
    feasible: true, option, principal: peak, cashReceived: peak, drawDate: need.start + first, repayDate,
    repayments: [{ date: repayDate, amount: charge }], cost: charge, apr, ear: effectiveAnnualRate(charge, average, days),
    cap: capStatus(option, { charge, balanceDays: area }), drawn, drawnStart: need.start,
  };
}

/**
 * The smallest face value whose cash covers `cash` when held `days`: sizes the invoice of a what-if quote
 * for factoring or an early-payment offer, where no real invoice is at hand.
 */
export function faceForCash(option: BridgeOption, cash: Minor, days: number): Minor {
  let lo = cash;
  let hi = cash;
  const cashAt = (face: Minor) => chargesFor(option, face, days, BigInt(face) * BigInt(days)).cash;
  while (cashAt(hi) < cash && hi < Number.MAX_SAFE_INTEGER / 4) hi *= 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cashAt(mid) >= cash) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Any option priced alone against the whole need: a revolving line follows the gaps, the rest bring the peak. */
export function priceAlone(option: BridgeOption, need: Need, context: PricingContext): Quote {
  return option.category === 'revolving_line'
    ? priceRevolving(option, need.gaps, need, context)
    : priceLump(option, need.peak, need, context);
}
