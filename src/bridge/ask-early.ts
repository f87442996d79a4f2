import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import type { LinkableInvoice } from './need.js';

/** An open invoice worth offering an early-payment discount on, and what that discount costs a year. */
export interface EarlyPaymentTarget {
  readonly invoice: LinkableInvoice;
  /** Days from the window's start to the day the client would really pay (its learned delay shows here). */
  readonly daysSooner: number;
  /** Simple annual cost of the discount: d / (1 − d) × 365 / daysSooner. */
  readonly apr: number;
}

/**
 * Which clients to ask to pay early for a window: the invoices expected after the window, cheapest first. The
 * later a client would really pay, the more days a discount buys, so the lower its yearly cost to you (and the
 * higher the yearly return the client earns by taking it).
 */
export function earlyPaymentTargets(invoices: readonly LinkableInvoice[], windowStart: Day, windowEnd: Day, catalogue: Catalogue): EarlyPaymentTarget[] {
  const discount = catalogue.options
    .find((option) => option.category === 'early_payment_discount' && option.enabled)
    ?.charges.find((charge) => charge.type === 'discount');
  if (discount === undefined || discount.type !== 'discount') return [];
  const d = discount.pct;
  return invoices
    .filter((invoice) => invoice.expected > windowEnd && invoice.issued <= windowStart)
    .map((invoice) => {
      const daysSooner = invoice.expected - windowStart;
      return { invoice, daysSooner, apr: ((d / (1 - d)) * 365) / daysSooner };
    })
    .sort((a, b) => a.apr - b.apr || compareText(a.invoice.id, b.invoice.id));
}
