import { daysFromCivil, partsOf } from '../../domain/day.js';
import type { ValueAddedRate } from '../../domain/kr-tax-rates/vat-2026.js';
import { DEFAULT_VALUE_ADDED_INDUSTRY, VALUE_ADDED_RATES_2026, VAT_2026 } from '../../domain/kr-tax-rates/vat-2026.js';
import { mulDiv } from '../../domain/ratio.js';
import type { TaxCalendarEvent } from '../../domain/tax-calendar.js';
import { taxWord } from '../../domain/tax-words.js';
import { named } from '../../i18n/messages/tax-events.js';
import type { EventDraft } from './calendar-event.js';
import { calendarEvent, eventsWithin, sumWon } from './calendar-event.js';
import { noticeAmount } from './notice-amount.js';
import type { VatCalendarInput } from './vat-inputs.js';
import { isTaxablePurchase } from './vat-inputs.js';
import { bigMin } from './won-math.js';

const RATES = VAT_2026;

export interface SimplifiedVatInput extends VatCalendarInput {
  /** The profile's `industryCode`: a key of VALUE_ADDED_RATES_2026; anything else takes the default (40 %). */
  readonly industryCode?: string;
}

/**
 * The VAT calendar of a 간이과세자 dated `from … to`: the annual return on 25 January for the calendar year before
 * (공급대가 × 업종별 부가가치율 × 10 %, less 0.5 % of the 공급대가 of purchases with a 세금계산서 — 부가가치세법 제63조),
 * less the 예정부과 paid on 25 July (half of last year's tax, cut to 1,000 won, none under 500,000 — 제66조).
 * A year whose 공급대가 is under 48,000,000 owes nothing (제69조): no return event, and no 예정부과 follows from it.
 */
export function simplifiedVatEvents(input: SimplifiedVatInput): TaxCalendarEvent[] {
  const valueAdded = valueAddedRate(input.industryCode);
  const drafts: EventDraft[] = [];
  for (let year = partsOf(input.from).year - 1; year <= partsOf(input.to).year; year++) {
    const prepayment = prepaymentDraft(year, yearTax(year - 1, input, valueAdded), input);
    if (prepayment !== undefined) drafts.push(prepayment);
    const annual = annualDraft(yearTax(year, input, valueAdded), -(prepayment?.amount ?? 0n), input);
    if (annual !== undefined) drafts.push(annual);
  }
  return eventsWithin(
    drafts.map((draft) => calendarEvent(draft, input.nextBusinessDay)),
    input.from,
    input.to,
  );
}

function valueAddedRate(industryCode: string | undefined): ValueAddedRate & { readonly key: string; readonly assumed: boolean } {
  const known = industryCode === undefined ? undefined : VALUE_ADDED_RATES_2026[industryCode];
  const key = known === undefined ? DEFAULT_VALUE_ADDED_INDUSTRY : industryCode!;
  return { ...VALUE_ADDED_RATES_2026[key]!, key, assumed: known === undefined };
}

interface YearTax {
  readonly year: number;
  readonly supplyTotal: bigint;
  readonly exempt: boolean;
  readonly grossTax: bigint;
  readonly purchaseCredit: bigint;
  /** The year's 납부세액 (0 when exempt). */
  readonly tax: bigint;
  readonly valueAdded: ReturnType<typeof valueAddedRate>;
  readonly ids: string[];
}

function yearTax(year: number, input: SimplifiedVatInput, valueAdded: ReturnType<typeof valueAddedRate>): YearTax {
  const sold = input.supplies.filter((supply) => supply.taxable && partsOf(supply.issued).year === year);
  const bought = input.purchases.filter((purchase) => isTaxablePurchase(purchase) && partsOf(purchase.date).year === year);
  const supplyTotal = sumWon(sold, (supply) => supply.gross);
  const exempt = supplyTotal < BigInt(RATES.simplifiedExemption.value);
  const rate = RATES.simplifiedTaxRate.value;
  // 공급대가 × 부가가치율 × 10 %, one rounding (down to the won) at the end.
  const grossTax = mulDiv(supplyTotal, valueAdded.value.num * rate.num, valueAdded.value.den * rate.den, 'floor');
  const credit = RATES.simplifiedInputCredit.value;
  const purchaseCredit = bigMin(
    mulDiv(
      sumWon(bought, (purchase) => purchase.amount),
      credit.num,
      credit.den,
      'floor',
    ),
    grossTax,
  );
  return {
    year,
    supplyTotal,
    exempt,
    grossTax,
    purchaseCredit,
    tax: exempt ? 0n : grossTax - purchaseCredit,
    valueAdded,
    ids: sold.flatMap((supply) => (supply.id === undefined ? [] : [supply.id])),
  };
}

function prepaymentDraft(year: number, last: YearTax, input: SimplifiedVatInput): EventDraft | undefined {
  const override = input.override?.['vat-preliminary'];
  const rule = {
    share: RATES.simplifiedPrepaymentShare.value,
    truncation: RATES.simplifiedPrepaymentTruncation.value,
    minimum: RATES.simplifiedPrepaymentMinimum.value,
  };
  const amount = override === undefined ? noticeAmount(last.tax, rule) : BigInt(override);
  if (amount <= 0n) return undefined;
  const due = RATES.simplifiedPrepaymentDue.value;
  return {
    taxKind: 'vat-preliminary',
    statutoryDue: daysFromCivil(year, due.month, due.day),
    amount: -amount,
    ...named(taxWord('vatSimplifiedPreliminary', year)),
    working: {
      basisYear: last.year,
      basis: Number(last.tax),
      share: '50 %',
      truncatedTo: 1000,
      minimum: 500_000,
      ...(override === undefined ? {} : { override: true }),
    },
    used: [
      RATES.simplifiedPrepaymentShare,
      RATES.simplifiedPrepaymentTruncation,
      RATES.simplifiedPrepaymentMinimum,
      RATES.simplifiedPrepaymentDue,
      ...taxFigures(last),
    ],
  };
}

function annualDraft(owed: YearTax, prepaid: bigint, input: SimplifiedVatInput): EventDraft | undefined {
  const override = input.override?.['vat-final'];
  const due = override === undefined ? owed.tax - prepaid : BigInt(override);
  if (due === 0n) return undefined;
  const deadline = RATES.simplifiedAnnualDue.value;
  const refund = due < 0n;
  return {
    taxKind: 'vat-final',
    statutoryDue: daysFromCivil(owed.year + 1, deadline.month, deadline.day),
    amount: -due,
    ...named(taxWord(refund ? 'vatSimplifiedRefund' : 'vatSimplified', owed.year)),
    working: {
      year: owed.year,
      taxable: Number(owed.supplyTotal),
      exempt: owed.exempt,
      industry: owed.valueAdded.key,
      valueAddedRate: `${owed.valueAdded.value.num} %`,
      industryAssumed: owed.valueAdded.assumed,
      grossTax: Number(owed.grossTax),
      purchaseCredit: Number(owed.purchaseCredit),
      prepaid: Number(prepaid),
      invoices: owed.ids,
      ...(override === undefined ? {} : { override: true }),
    },
    used: [RATES.simplifiedAnnualDue, ...taxFigures(owed), ...(refund ? [RATES.simplifiedRefundDays] : [])],
    ...(refund ? { refundAfterDays: RATES.simplifiedRefundDays.value } : {}),
  };
}

/** The figures a year's tax rests on: the exemption always; the rates only when it was not exempt. */
function taxFigures(owed: YearTax) {
  const rates = [owed.valueAdded, RATES.simplifiedTaxRate, RATES.simplifiedTaxTruncation, ...(owed.purchaseCredit === 0n ? [] : [RATES.simplifiedInputCredit])];
  return [RATES.simplifiedExemption, ...(owed.exempt ? [] : rates)];
}
