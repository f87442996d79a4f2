import type { Day } from '../../domain/day.js';
import type { NextBusinessDay, TaxProfile } from '../../domain/tax-calendar.js';

/**
 * One supply the freelancer made: an invoice, or one occurrence of a retainer (the schedule expands retainers,
 * as vatPayments does, before calling the VAT calendar). Paid invoices count: their VAT still has to go.
 */
export interface VatSupply {
  readonly issued: Day;
  /** The invoiced total (공급대가), VAT included when taxable. */
  readonly gross: number;
  /** The VAT inside `gross` (0 when exempt). */
  readonly vat: number;
  readonly taxable: boolean;
  /** The invoice id (`RET-01@2026-12-05` for a retainer's occurrence), listed in the event's working. */
  readonly id?: string;
}

/** One expense occurrence; `inputVat` (the expenses column) marks a taxable purchase with a 세금계산서. */
export interface VatPurchase {
  readonly date: Day;
  /** What was paid, VAT included (공급대가). */
  readonly amount: number;
  /** The VAT inside `amount` that may be deducted (매입세액); absent or 0 for none. */
  readonly inputVat?: number;
}

export interface VatCalendarInput {
  /** The events dated from … to (both included) are returned. */
  readonly from: Day;
  readonly to: Day;
  readonly supplies: readonly VatSupply[];
  readonly purchases: readonly VatPurchase[];
  readonly nextBusinessDay: NextBusinessDay;
  /** The profile's overrides: `vat-preliminary` replaces each notice, `vat-final` each return (negative: a refund). */
  readonly override?: TaxProfile['override'];
}

/** A purchase that carries deductible VAT. */
export function isTaxablePurchase(purchase: VatPurchase): boolean {
  return (purchase.inputVat ?? 0) > 0;
}
