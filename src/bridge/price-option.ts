import { euYearsBetween } from '../domain/calendar-interval.js';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { day } from '../domain/day.js';
// Prices are worked out on plain integers of minor units (the catalogue's numbers); feasibleQuote brands the result.
import { minor } from '../domain/money.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { BridgeReason } from './bridge-reason.js';
import { because } from './bridge-reason.js';
import type { Holding } from './charges.js';
import { chargesFor } from './charges.js';
import { pricedFor } from './expense-levers.js';
import type { CapBasis } from './legal-cap.js';
import { capStatus, installmentsCapStatus } from './legal-cap.js';
import type { LinkableExpense, LinkableInvoice, Need } from './need.js';
import type { Quote } from './quote.js';
import { feasibleQuote } from './quote.js';
import { repaymentDays } from './repay-day.js';
import { appendixJApr, effectiveAnnualRate, euAprc, simpleApr } from './true-cost.js';

/** What a quote depends on besides the option and the need. */
export interface PricingContext {
  readonly currency: Currency;
  /** The open invoice an invoice-linked option draws on. */
  readonly invoice?: LinkableInvoice | undefined;
  /** Of the option's limit, what earlier windows' plans still hold on the need's first day. */
  readonly alreadyDrawn?: number | undefined;
  /** What the shared limit the option draws on has left (its limit, less what is used and what earlier plans hold). */
  readonly sharedHeadroom?: number | undefined;
  /** The payment an expense deferral puts off: at most all of it, from its due day. */
  readonly expense?: LinkableExpense | undefined;
}

/** The most the option can supply now: its max, less what its capacity and earlier plans have used, within its shared limit. */
export function headroom(option: BridgeOption, context: PricingContext): number {
  const capacity = option.amount.capacity;
  const fromCapacity = capacity === undefined ? Infinity : capacity.limit - capacity.used;
  const own = Math.min(option.amount.max, fromCapacity) - (context.alreadyDrawn ?? 0);
  return Math.max(0, Math.min(own, context.sharedHeadroom ?? Infinity, context.expense?.amount ?? Infinity));
}

function leadTimeProblem(option: BridgeOption, need: Need): BridgeReason | undefined {
  const ready = need.asOf + option.availability.leadTimeDays;
  return ready > need.start ? because('leadTime', option.availability.leadTimeDays, need.start - need.asOf) : undefined;
}

/** The amounts a lump option may be drawn in: its lump amounts (or its invoice), or the multiples of its step from its min to `hi`. */
export type Amounts = { readonly lo: number; readonly hi: number; readonly step: number } | readonly number[];

export function isAmountList(amounts: Amounts): amounts is readonly number[] {
  return Array.isArray(amounts);
}

/**
 * The amounts the option may be drawn in now, smallest first, within its headroom. A `min` that is not a multiple of
 * `step` rounds up to the next multiple: amounts are always whole steps (min 15,000, step 10,000 → 20,000, 30,000 …).
 */
export function amountsOf(option: BridgeOption, context: PricingContext): Amounts {
  const limit = headroom(option, context);
  // An invoice is sold or discounted whole, and only when it is at least the option's min (step does not apply).
  const invoice = context.invoice;
  if (invoice !== undefined) return invoice.amount >= option.amount.min && invoice.amount <= limit ? [invoice.amount] : [];
  if (option.amount.lump !== undefined) return option.amount.lump.filter((lump) => lump <= limit).sort((a, b) => a - b);
  const step = option.amount.step;
  const lo = Math.ceil(option.amount.min / step) * step;
  return { lo, hi: Math.floor(limit / step) * step, step };
}

/** How a lump drawn on the need's first day is held: its repayment days, or why its term cannot serve the need. */
function lumpHolding(option: BridgeOption, need: Need, context: PricingContext): { repayDays: Day[]; days: number; early: boolean } | BridgeReason {
  const invoice = context.invoice;
  const late = leadTimeProblem(option, need);
  if (late !== undefined) return late;
  // Not paying on its due day frees cash from that day only: the days of the window before it stay short.
  const due = context.expense?.due;
  if (due !== undefined && due !== need.start) return because('dueAfterStart', due, need.start, need.asOf);
  const billed = repaymentDays(option.term, need, invoice);
  if (!Array.isArray(billed)) return billed;
  // Only a flexible loan, or a card advance the catalogue says may be prepaid (선결제), is repaid before its own end:
  // the day after the window. The other terms are repaid on their due dates.
  const prepaid = option.term.kind === 'billing_cycle' && option.term.prepayable === true;
  const repayDays = prepaid ? [Math.min(billed[0]!, need.end + 1) as Day] : billed;
  return { repayDays, days: repayDays[0]! - need.start, early: option.term.kind === 'flexible' };
}

const held = (x: number, holding: { days: number; early: boolean }): Holding => ({
  days: holding.days,
  area: BigInt(x) * BigInt(holding.days),
  early: holding.early,
});

/** Why no admissible amount within the headroom gives `cashNeeded`, naming what is really left. */
function overLimit(option: BridgeOption, amounts: Amounts, cashAt: (x: number) => number, context: PricingContext): BridgeReason {
  const { currency } = context;
  const limit = headroom(option, context);
  const largest = isAmountList(amounts) ? amounts[amounts.length - 1] : amounts.hi >= amounts.lo ? amounts.hi : undefined;
  if (largest !== undefined) return because('cashAvailable', Math.max(0, cashAt(largest)), currency);
  if (context.invoice !== undefined && context.invoice.amount < option.amount.min) {
    return because('invoiceBelowMin', context.invoice.amount, option.amount.min, currency);
  }
  if (context.invoice !== undefined) return because('invoiceAboveLeft', context.invoice.amount, limit, currency);
  const smallest = option.amount.lump === undefined ? Math.ceil(option.amount.min / option.amount.step) * option.amount.step : Math.min(...option.amount.lump);
  return because('belowSmallest', limit, smallest, currency);
}

/**
 * Prices a bridge that delivers its cash on the need's first day and holds it until its repayment day:
 * the smallest admissible principal whose cash covers `cashNeeded`, with its full true cost.
 */
export function priceLump(option: BridgeOption, cashNeeded: number, need: Need, context: PricingContext): Quote {
  const holding = lumpHolding(option, need, context);
  if (!('repayDays' in holding)) return failed(option, holding, context);
  const cashAt = (x: number) => chargesFor(pricedFor(option, context.expense), x, held(x, holding)).cash;
  const amounts = amountsOf(option, context);
  const principal = smallestCovering(amounts, cashAt, cashNeeded);
  if (principal === undefined) return failed(option, overLimit(option, amounts, cashAt, context), context);
  return priceAt(option, principal, need, context);
}

/** The smallest admissible amount whose cash reaches `cashNeeded` (cash grows with principal, so a binary search). */
export function smallestCovering(amounts: Amounts, cashAt: (x: number) => number, cashNeeded: number): number | undefined {
  if (isAmountList(amounts)) return amounts.find((x) => cashAt(x) >= cashNeeded);
  const { lo: first, hi: last, step } = amounts;
  if (last < first || cashAt(last) < cashNeeded) return undefined;
  let lo = 0;
  let hi = (last - first) / step;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cashAt(first + mid * step) >= cashNeeded) hi = mid;
    else lo = mid + 1;
  }
  return first + lo * step;
}

function failed(option: BridgeOption, reason: BridgeReason, context: PricingContext): Quote {
  return { feasible: false, option, reason, ...linksOf(context) };
}

/** The invoice or payment a quote draws on, as the quote names it. */
function linksOf(context: PricingContext): { invoiceId?: string; expense?: LinkableExpense } {
  return { ...(context.invoice ? { invoiceId: context.invoice.id } : {}), ...(context.expense ? { expense: context.expense } : {}) };
}

/** Prices the option drawn at exactly `principal` (an admissible amount) on the need's first day. */
export function priceAt(option: BridgeOption, principal: number, need: Need, context: PricingContext): Quote {
  const holding = lumpHolding(option, need, context);
  if (!('repayDays' in holding)) return failed(option, holding, context);
  const totals = chargesFor(pricedFor(option, context.expense), principal, held(principal, holding));
  const { cash, charge } = totals;
  if (cash <= 0) return failed(option, because('feesTakeAll'), context);
  const { repayDays, days } = holding;
  if (option.term.kind === 'installments') return priceInstallments(option, principal, cash, totals.addedAtRepay, repayDays, need, context);
  const repayDate = repayDays[repayDays.length - 1]!;
  const repayments = [{ date: repayDate, amount: cash + charge }];
  const apr = simpleApr(charge, cash, days);
  return feasibleQuote({
    feasible: true,
    option,
    principal,
    cashReceived: cash,
    drawDate: need.start,
    repayDate,
    repayments,
    cost: charge,
    apr,
    ear: effectiveAnnualRate(charge, cash, days),
    cap: capStatus(option, capBasis(option, principal, totals, days)),
    ...linksOf(context),
  });
}

/** A cap that leaves fees out is judged on the interest on the balance owed; one that includes them on all on the cash. */
function capBasis(option: BridgeOption, principal: number, totals: { cash: number; charge: number; interest: number }, days: number): CapBasis {
  return option.regulatoryCap?.includesFees === false
    ? { charge: totals.interest, balanceDays: BigInt(principal) * BigInt(days) }
    : { charge: totals.charge, balanceDays: BigInt(totals.cash) * BigInt(days) };
}

/** What the plan search needs of one amount of a lump option: priceAt's cash and cost, and whether it is within any legal cap. */
export interface LumpTerms {
  readonly cash: number;
  readonly cost: number;
  readonly withinCap: boolean;
}

/**
 * priceAt without its rates and schedule, for the thousands of amounts the plan search weighs (it prices the few it
 * chooses in full); undefined where priceAt is infeasible.
 */
export function lumpTerms(option: BridgeOption, principal: number, need: Need, context: PricingContext): LumpTerms | undefined {
  const holding = option.term.kind === 'installments' ? undefined : lumpHolding(option, need, context);
  if (holding === undefined) {
    const quote = priceAt(option, principal, need, context);
    return quote.feasible ? { cash: quote.cashReceived, cost: quote.cost, withinCap: quote.cap === 'ok' || quote.cap === 'none' } : undefined;
  }
  if (!('repayDays' in holding)) return undefined;
  const totals = chargesFor(pricedFor(option, context.expense), principal, held(principal, holding));
  if (totals.cash <= 0) return undefined;
  const cap = capStatus(option, capBasis(option, principal, totals, holding.days));
  return { cash: totals.cash, cost: totals.charge, withinCap: cap === 'ok' || cap === 'none' };
}

/** An amortising loan: equal payments on the outstanding balance; true APR by Reg Z App J, EAR as the EU APRC. */
function priceInstallments(
  option: BridgeOption,
  principal: number,
  cash: number,
  added: number,
  days: readonly number[],
  need: Need,
  context: PricingContext,
): Quote {
  const term = option.term as Extract<BridgeOption['term'], { kind: 'installments' }>;
  const interest = option.charges.find((charge) => charge.type === 'interest');
  const periodRate = interest === undefined ? 0 : (interest.annualRate * term.everyMonths) / 12;
  // Without interest the principal is allocated: equal shares, the remainder one minor unit each to the first payments.
  const payments = Array.from({ length: term.count }, (_, index) =>
    periodRate === 0
      ? Math.floor(principal / term.count) + (index < principal % term.count ? 1 : 0)
      : Math.round((principal * periodRate) / (1 - (1 + periodRate) ** -term.count)),
  );
  // Fees added at repayment (with their min and max, as for any loan) are paid with the last instalment.
  const repayments = days.map((date, index) => ({ date: day(date), amount: minor(payments[index]! + (index === days.length - 1 ? added : 0)) }));
  const repaid = repayments.reduce((sum, repayment) => sum + repayment.amount, 0);
  const cost = repaid - cash;
  // Nothing paid for the money has no positive rate for the solvers to find: it is 0.
  const apr =
    cost === 0
      ? 0
      : appendixJApr(
          cash,
          repayments.map((repayment, index) => ({ amount: repayment.amount, periods: index + 1, fraction: 0 })),
          12 / term.everyMonths,
        );
  const ear =
    cost === 0
      ? 0
      : euAprc(
          [{ amount: cash, time: 0 }],
          repayments.map((repayment) => ({ amount: repayment.amount, time: euYearsBetween(need.start, repayment.date) })),
        );
  const cap =
    option.regulatoryCap?.includesFees === false
      ? installmentsCapStatus(
          option,
          minor(principal),
          days.map((date, index) => ({ date: day(date), amount: minor(payments[index]!) })),
          term.everyMonths,
        )
      : installmentsCapStatus(option, minor(cash), repayments, term.everyMonths);
  return feasibleQuote({
    feasible: true,
    option,
    principal,
    cashReceived: cash,
    drawDate: need.start,
    repayDate: days[days.length - 1]!,
    repayments,
    cost,
    apr,
    ear,
    cap,
    ...linksOf(context),
  });
}

/**
 * Prices a revolving line drawn day by day: `drawn[i]` on day need.start + i, interest on the drawn balance
 * (the area under the curve), repaid the day after the window.
 */
export function priceRevolving(option: BridgeOption, drawn: readonly number[], need: Need, context: PricingContext): Quote {
  const fail = (reason: BridgeReason): Quote => ({ feasible: false, option, reason });
  const late = leadTimeProblem(option, need);
  if (late !== undefined) return fail(late);
  const repayDays = repaymentDays(option.term, need, undefined);
  if (!Array.isArray(repayDays)) return fail(repayDays);
  const peak = Math.max(0, ...drawn);
  const limit = headroom(option, context);
  if (peak > limit) return fail(because('drawLimit', limit, context.currency));
  const first = drawn.findIndex((amount) => amount > 0);
  const repayDate = repayDays[0]!;
  if (first < 0) {
    return feasibleQuote({
      feasible: true,
      option,
      principal: 0,
      cashReceived: 0,
      drawDate: need.start,
      repayDate,
      repayments: [],
      cost: 0,
      apr: 0,
      ear: 0,
      cap: capStatus(option, { charge: 0, balanceDays: 0n }),
      drawn,
      drawnStart: need.start,
    });
  }
  // Summed as doubles while every partial sum is an exact integer (always, for real balances); BigInt past that.
  const exact = Math.max(...drawn.map(Math.abs)) * drawn.length <= Number.MAX_SAFE_INTEGER;
  const area = exact ? BigInt(drawn.reduce((total, amount) => total + amount, 0)) : drawn.reduce((total, amount) => total + BigInt(amount), 0n);
  const days = repayDate - (need.start + first);
  const { charge, interest } = chargesFor(option, peak, { days, area, early: option.term.kind === 'flexible' });
  // The cash outstanding on average is area ÷ days; rates are per that balance, so the simple APR of a
  // pure daily-interest line is its quoted rate (brief A4).
  const average = Number(area) / days;
  const apr = simpleApr(charge, average, days);
  return feasibleQuote({
    feasible: true,
    option,
    principal: peak,
    cashReceived: peak,
    drawDate: need.start + first,
    repayDate,
    repayments: [{ date: repayDate, amount: charge }],
    cost: charge,
    apr,
    ear: effectiveAnnualRate(charge, average, days),
    cap: capStatus(option, { charge: option.regulatoryCap?.includesFees === false ? interest : charge, balanceDays: area }),
    drawn,
    drawnStart: need.start,
  });
}

/**
 * The smallest face value whose cash covers `cash` when held `days`: sizes the invoice of a what-if quote
 * for factoring or an early-payment offer, where no real invoice is at hand.
 */
export function faceForCash(option: BridgeOption, cash: number, days: number): number {
  let lo = cash;
  let hi = cash;
  const cashAt = (face: number) => chargesFor(option, face, { days, area: BigInt(face) * BigInt(days), early: false }).cash;
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
  return option.category === 'revolving_line' ? priceRevolving(option, need.gaps, need, context) : priceLump(option, need.peak, need, context);
}
