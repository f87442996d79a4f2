import type { Day } from '../../domain/day.js';
import { daysFromCivil, partsOf } from '../../domain/day.js';
import { VAT_2026 } from '../../domain/kr-tax-rates/vat-2026.js';
import type { TaxCalendarEvent } from '../../domain/tax-calendar.js';
import { taxWord } from '../../domain/tax-words.js';
import { named } from '../../i18n/messages/tax-events.js';
import type { EventDraft } from './calendar-event.js';
import { calendarEvent, eventsWithin, sumWon } from './calendar-event.js';
import { noticeAmount } from './notice-amount.js';
import type { VatCalendarInput, VatPurchase, VatSupply } from './vat-inputs.js';
import { isTaxablePurchase } from './vat-inputs.js';

const RATES = VAT_2026;

/** A 과세기간 of an 일반과세자: January–June (1기) or July–December (2기). */
interface HalfYear {
  readonly year: number;
  readonly half: 1 | 2;
}

/**
 * The VAT calendar of an 일반과세자 dated `from … to`: the 예정고지 on 25 April and 25 October (half of the
 * previous period's 납부세액, cut to 1,000 won, none under 500,000 — 부가가치세법 제48조제3항) and the 확정 payment
 * on 25 July / 25 January: the period's output VAT less input VAT on taxable expenses less the 예정고지 (제49조).
 * A final that comes out negative is a refund 30 days after the return (제59조). With no 예정고지 and no input VAT
 * the finals are the existing VAT reserve, to the won: one payment of the period's invoice VAT per deadline.
 */
export function generalVatEvents(input: VatCalendarInput): TaxCalendarEvent[] {
  const payable = (period: HalfYear) => periodPayable(period, input.supplies, input.purchases);
  const drafts: EventDraft[] = [];
  for (const period of halvesAround(input.from, input.to)) {
    const previous = previousHalf(period);
    const notice = preliminaryDraft(period, previous, payable(previous).payable, input);
    if (notice !== undefined) drafts.push(notice);
    const final = finalDraft(period, payable(period), -(notice?.amount ?? 0n), input);
    if (final !== undefined) drafts.push(final);
  }
  return eventsWithin(
    drafts.map((draft) => calendarEvent(draft, input.nextBusinessDay)),
    input.from,
    input.to,
  );
}

interface Payable {
  readonly outputVat: bigint;
  readonly inputVat: bigint;
  readonly payable: bigint;
  readonly supplyValue: bigint;
  readonly ids: string[];
}

function periodPayable(period: HalfYear, supplies: readonly VatSupply[], purchases: readonly VatPurchase[]): Payable {
  const sold = supplies.filter((supply) => supply.taxable && supply.vat !== 0 && inHalf(supply.issued, period));
  const bought = purchases.filter((purchase) => isTaxablePurchase(purchase) && inHalf(purchase.date, period));
  const outputVat = sumWon(sold, (supply) => supply.vat);
  const inputVat = sumWon(bought, (purchase) => purchase.inputVat ?? 0);
  return {
    outputVat,
    inputVat,
    payable: outputVat - inputVat,
    supplyValue: sumWon(sold, (supply) => supply.gross - supply.vat),
    ids: sold.flatMap((supply) => (supply.id === undefined ? [] : [supply.id])),
  };
}

function preliminaryDraft(period: HalfYear, previous: HalfYear, basis: bigint, input: VatCalendarInput): EventDraft | undefined {
  const override = input.override?.['vat-preliminary'];
  const amount = override === undefined ? noticeAmount(basis, rule()) : BigInt(override);
  if (amount <= 0n) return undefined;
  const due = RATES.preliminaryDue.value[period.half - 1]!;
  return {
    taxKind: 'vat-preliminary',
    statutoryDue: daysFromCivil(period.year, due.month, due.day),
    amount: -amount,
    ...named(taxWord('vatPreliminary', period.year, period.half)),
    working: {
      period: periodName(period),
      basisPeriod: periodName(previous),
      basis: Number(basis),
      share: '50 %',
      truncatedTo: 1000,
      minimum: 500_000,
      ...(override === undefined ? {} : { override: true }),
    },
    used: [RATES.preliminaryShare, RATES.preliminaryTruncation, RATES.preliminaryMinimum, RATES.preliminaryDue],
  };
}

function rule() {
  return { share: RATES.preliminaryShare.value, truncation: RATES.preliminaryTruncation.value, minimum: RATES.preliminaryMinimum.value };
}

function finalDraft(period: HalfYear, owed: Payable, preliminaryPaid: bigint, input: VatCalendarInput): EventDraft | undefined {
  const override = input.override?.['vat-final'];
  const due = override === undefined ? owed.payable - preliminaryPaid : BigInt(override);
  if (due === 0n) return undefined;
  const deadline = RATES.finalDue.value[period.half - 1]!;
  const refund = due < 0n;
  return {
    taxKind: 'vat-final',
    statutoryDue: daysFromCivil(period.half === 1 ? period.year : period.year + 1, deadline.month, deadline.day),
    amount: -due,
    // The reserve's own wording, so the reports and fixtures of a forecast without 예정고지 stay as they were.
    ...named(taxWord(refund ? 'vatRefund' : 'vat', period.year, period.half)),
    working: {
      period: periodName(period),
      taxable: Number(owed.supplyValue),
      outputVat: Number(owed.outputVat),
      inputVat: Number(owed.inputVat),
      preliminaryPaid: Number(preliminaryPaid),
      payable: Number(owed.payable),
      invoices: owed.ids,
      ...(override === undefined ? {} : { override: true }),
    },
    used: [RATES.finalDue, ...(owed.inputVat === 0n ? [] : [RATES.inputCredit]), ...(refund ? [RATES.refundDays] : [])],
    ...(refund ? { refundAfterDays: RATES.refundDays.value } : {}),
  };
}

/** Every half-year whose notice or final can fall in `from … to`: from the year before `from` to the year of `to`. */
function halvesAround(from: Day, to: Day): HalfYear[] {
  const halves: HalfYear[] = [];
  for (let year = partsOf(from).year - 1; year <= partsOf(to).year; year++) halves.push({ year, half: 1 }, { year, half: 2 });
  return halves;
}

function previousHalf({ year, half }: HalfYear): HalfYear {
  return half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 };
}

function inHalf(day: Day, { year, half }: HalfYear): boolean {
  const parts = partsOf(day);
  return parts.year === year && (parts.month <= 6 ? 1 : 2) === half;
}

/** "2026 H1", as the reserve names a period (vatPeriodName). */
function periodName({ year, half }: HalfYear): string {
  return `${year} H${half}`;
}
