import type { Minor } from '../domain/money.js';
import type { Alternative } from './bridge-forecast.js';
import type { LinkableInvoice, Need } from './need.js';
import type { Plan } from './optimiser.js';
import type { FeasibleQuote } from './quote.js';

/** An open invoice worth offering an early-payment discount on: what the discount costs, in money and a year. */
export interface EarlyPaymentTarget {
  readonly invoice: LinkableInvoice;
  /** Days from the window's start to the day the client would really pay (its learned delay shows here). */
  readonly daysSooner: number;
  /** The discount's share of the invoice (0.02 for 2 %). */
  readonly pct: number;
  /** The money the discount costs: the share of the invoice given up. */
  readonly cost: Minor;
  /** Simple annual cost of the discount: d / (1 − d) × 365 / daysSooner. */
  readonly apr: number;
  /** Whether the window's plan already takes it (then it is the offer to make, not an extra idea). */
  readonly inPlan: boolean;
}

/**
 * Days after the window's start within which a client's payment is too near to be worth a discount: paying a client
 * a share of an invoice due within the week to pay a few days sooner is dearer than any line, and rewards a client
 * who was going to pay anyway.
 */
export const TOO_NEAR_DAYS = 7;

function targetOf(quote: FeasibleQuote, invoices: readonly LinkableInvoice[], need: Need, inPlan: boolean): EarlyPaymentTarget[] {
  const invoice = invoices.find((candidate) => candidate.id === quote.invoiceId);
  const discount = quote.option.charges.find((charge) => charge.type === 'discount');
  if (invoice === undefined || discount === undefined || discount.type !== 'discount') return [];
  const d = discount.pct;
  const daysSooner = invoice.expected - need.start;
  return [{ invoice, daysSooner, pct: d, cost: quote.cost, apr: ((d / (1 - d)) * 365) / daysSooner, inPlan }];
}

const isDiscount = (quote: FeasibleQuote) => quote.option.category === 'early_payment_discount';

/**
 * Which client to ask to pay early for a window, on the same invoice choice as the plan and "Next best" (issue 15,
 * item 3): the plan's own discounts when it takes one; otherwise the cheapest discount in money of the options priced
 * alone — the one "Next best" would name — and only when it is cheaper than the plan or the plan cannot get through,
 * and never on an invoice expected within TOO_NEAR_DAYS days of the window's start.
 */
export function earlyPaymentTargets(invoices: readonly LinkableInvoice[], need: Need, plan: Plan, alternatives: readonly Alternative[]): EarlyPaymentTarget[] {
  const planned = plan.parts.filter(isDiscount);
  if (planned.length > 0) return planned.flatMap((part) => targetOf(part, invoices, need, true));
  const cheapest = alternatives
    .map((alternative) => alternative.quote)
    .find((quote): quote is FeasibleQuote => quote.feasible && isDiscount(quote) && quote.option.enabled);
  if (cheapest === undefined) return [];
  const [target] = targetOf(cheapest, invoices, need, false);
  if (target === undefined || target.daysSooner <= TOO_NEAR_DAYS) return [];
  const helps = cheapest.cost < plan.totalCost || plan.residualGap > 0;
  return helps ? [target] : [];
}
