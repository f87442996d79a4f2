import type { Day } from '../../domain/day.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxProfile } from '../../domain/tax-calendar.js';
import type { CoverageResult, CoveringRow } from './double-count.js';
import { dropCovered } from './double-count.js';
import { insuranceEvents } from './insurance.js';
import { generalVatEvents } from './vat-general.js';
import type { VatPurchase, VatSupply } from './vat-inputs.js';
import { simplifiedVatEvents } from './vat-simplified.js';

export interface VatAndInsuranceInput<R extends CoveringRow> {
  readonly profile: TaxProfile;
  readonly from: Day;
  readonly to: Day;
  /** Every taxable or exempt supply, retainers expanded, paid ones included, from the year before `from` on. */
  readonly supplies: readonly VatSupply[];
  /** Every expense occurrence with its `inputVat`, from the year before `from` on. */
  readonly purchases: readonly VatPurchase[];
  /** The 사업소득금액 of each tax year (the income-tax estimate's `income`), for the insurance estimates. */
  readonly incomeByYear?: ReadonlyMap<number, number>;
  /** The expenses occurrences of `from … to`, which may already stand for an event. */
  readonly rows: readonly R[];
  readonly nextBusinessDay: NextBusinessDay;
}

/**
 * The VAT and insurance events of a profile dated `from … to`, in date order, less those an expenses row already
 * stands for (reported in `covered`). `vat: "none"` has no VAT events: the freelancer's supplies are exempt.
 */
export function vatAndInsuranceEvents<R extends CoveringRow>(input: VatAndInsuranceInput<R>): CoverageResult<R> {
  const { profile } = input;
  const vatInput = {
    from: input.from,
    to: input.to,
    supplies: input.supplies,
    purchases: input.purchases,
    nextBusinessDay: input.nextBusinessDay,
    override: profile.override,
  };
  const vat: TaxCalendarEvent[] =
    profile.vat === 'general'
      ? generalVatEvents(vatInput)
      : profile.vat === 'simplified'
        ? simplifiedVatEvents({ ...vatInput, ...(profile.industryCode === undefined ? {} : { industryCode: profile.industryCode }) })
        : [];
  const insurance = insuranceEvents({
    from: input.from,
    to: input.to,
    ...(profile.healthInsurance === undefined ? {} : { healthInsurance: profile.healthInsurance }),
    ...(profile.pension === undefined ? {} : { pension: profile.pension }),
    ...(input.incomeByYear === undefined ? {} : { incomeByYear: input.incomeByYear }),
    nextBusinessDay: input.nextBusinessDay,
    override: profile.override,
  });
  // Array.prototype.sort is stable: same-day events keep VAT before insurance.
  return dropCovered(
    [...vat, ...insurance].sort((a, b) => a.date - b.date),
    input.rows,
  );
}
