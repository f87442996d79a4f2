import type { Day } from '../../domain/day.js';
import { daysFromCivil, partsOf } from '../../domain/day.js';
import type { PensionBaseLimits } from '../../domain/kr-tax-rates/insurance-2026.js';
import { HEALTH_2026, PENSION_2026, PENSION_BASE_LIMITS, PENSION_FINAL_RATE, PENSION_RATES } from '../../domain/kr-tax-rates/insurance-2026.js';
import type { SourcedFigure } from '../../domain/kr-tax-rates/sourced-figure.js';
import type { Ratio } from '../../domain/ratio.js';
import { mulDiv } from '../../domain/ratio.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxProfile } from '../../domain/tax-calendar.js';
import { taxWord } from '../../domain/tax-words.js';
import { named } from '../../i18n/messages/tax-events.js';
import type { EventDraft } from './calendar-event.js';
import { calendarEvent, eventsWithin } from './calendar-event.js';
import { bigMax, bigMin, floorTo } from './won-math.js';

export interface InsuranceInput {
  /** The events dated from … to (both included) are returned. */
  readonly from: Day;
  readonly to: Day;
  /** The profile's keys: a monthly amount from the user's own 고지서, `"estimate"`, or absent (not modelled). */
  readonly healthInsurance?: TaxProfile['healthInsurance'];
  readonly pension?: TaxProfile['pension'];
  /**
   * The 사업소득금액 (income after expenses, as the May return has it) of each tax year the estimates may need;
   * the income-tax estimate's `income` for the years the forecast computes. Needed only for `"estimate"`.
   */
  readonly incomeByYear?: ReadonlyMap<number, number>;
  readonly nextBusinessDay: NextBusinessDay;
  /** The profile's overrides: `health-insurance` / `pension` replace the monthly amount. */
  readonly override?: TaxProfile['override'];
}

/**
 * 지역가입자 건강보험료 (with 장기요양) and 국민연금, one payment each per month on the 10th (rolled) for the month
 * before: the user's own amount, or an estimate from the income of the year the agencies use. 건강보험 re-rates
 * the November premium (paid 10 December) from the last filed income (시행령 제41조제3항); 국민연금 changes rate with
 * the January premium and base with the July premium.
 */
export function insuranceEvents(input: InsuranceInput): TaxCalendarEvent[] {
  const drafts: EventDraft[] = [];
  for (const { year, month } of monthsAround(input.from, input.to)) {
    const health = healthDraft(year, month, input);
    if (health !== undefined) drafts.push(health);
    const pension = pensionDraft(year, month, input);
    if (pension !== undefined) drafts.push(pension);
  }
  return eventsWithin(
    drafts.map((draft) => calendarEvent(draft, input.nextBusinessDay)),
    input.from,
    input.to,
  );
}

/** The draft of the premium of `month` of `year`, due on the 10th of the next month. */
function healthDraft(year: number, month: number, input: InsuranceInput): EventDraft | undefined {
  const base = {
    taxKind: 'health-insurance' as const,
    statutoryDue: dueInNextMonth(year, month, HEALTH_2026.dueDay.value),
    ...named(taxWord('healthInsurance', year, month)),
  };
  const own = input.override?.['health-insurance'] ?? (typeof input.healthInsurance === 'number' ? input.healthInsurance : undefined);
  if (own !== undefined) return ownDraft(base, own, HEALTH_2026.dueDay, monthName(year, month));
  if (input.healthInsurance !== 'estimate') return undefined;
  const income = incomeFor(basisYear(year, month, HEALTH_2026.incomeBasis.value.newBasisMonth), input.incomeByYear);
  if (income === undefined) return undefined;
  const monthlyIncome = BigInt(Math.max(0, Math.floor(income.income / 12)));
  const premium = bigMin(
    floorTo(mulDiv(monthlyIncome, HEALTH_2026.rate.value.num, HEALTH_2026.rate.value.den, 'floor'), HEALTH_2026.truncation.value),
    BigInt(HEALTH_2026.monthlyCap.value),
  );
  // 노인장기요양보험법 제9조제1항: the premium × 장기요양보험료율 ÷ 건강보험료율.
  const care = floorTo(
    mulDiv(
      premium,
      HEALTH_2026.longTermCareRate.value.num * HEALTH_2026.rate.value.den,
      HEALTH_2026.longTermCareRate.value.den * HEALTH_2026.rate.value.num,
      'floor',
    ),
    HEALTH_2026.truncation.value,
  );
  if (premium + care === 0n) return undefined;
  return {
    ...base,
    amount: -(premium + care),
    working: {
      premiumMonth: monthName(year, month),
      ...income.working,
      monthlyIncome: Number(monthlyIncome),
      rate: '7.19 %',
      healthInsurance: Number(premium),
      longTermCare: Number(care),
      estimate: true,
    },
    used: [
      HEALTH_2026.dueDay,
      HEALTH_2026.incomeBasis,
      HEALTH_2026.rate,
      HEALTH_2026.longTermCareRate,
      HEALTH_2026.truncation,
      ...(premium === BigInt(HEALTH_2026.monthlyCap.value) ? [HEALTH_2026.monthlyCap] : []),
      ...income.used,
    ],
  };
}

/** The draft of the premium of `month` of `year`, due on the 10th of the next month. */
function pensionDraft(year: number, month: number, input: InsuranceInput): EventDraft | undefined {
  const base = {
    taxKind: 'pension' as const,
    statutoryDue: dueInNextMonth(year, month, PENSION_2026.dueDay.value),
    ...named(taxWord('pension', year, month)),
  };
  const own = input.override?.pension ?? (typeof input.pension === 'number' ? input.pension : undefined);
  if (own !== undefined) return ownDraft(base, own, PENSION_2026.dueDay, monthName(year, month));
  if (input.pension !== 'estimate') return undefined;
  const income = incomeFor(basisYear(year, month, PENSION_2026.incomeBasis.value.newBasisMonth), input.incomeByYear);
  if (income === undefined) return undefined;
  const limits = baseLimits(month >= 7 ? year : year - 1);
  const rate = pensionRate(year);
  const monthly = floorTo(BigInt(Math.max(0, Math.floor(income.income / 12))), PENSION_2026.baseTruncation.value);
  const insuredBase = bigMax(BigInt(limits.figure.value.floor), bigMin(monthly, BigInt(limits.figure.value.cap)));
  const premium = floorTo(mulDiv(insuredBase, rate.value.num, rate.value.den, 'floor'), PENSION_2026.truncation.value);
  return {
    ...base,
    amount: -premium,
    working: {
      premiumMonth: monthName(year, month),
      ...income.working,
      monthlyIncome: Number(monthly),
      insuredBase: Number(insuredBase),
      rate: percent(rate.value),
      premium: Number(premium),
      estimate: true,
    },
    used: [
      PENSION_2026.dueDay,
      PENSION_2026.incomeBasis,
      PENSION_2026.baseTruncation,
      limits.figure,
      ...limits.extra,
      rate,
      PENSION_2026.truncation,
      ...income.used,
    ],
  };
}

function ownDraft(
  base: Pick<EventDraft, 'taxKind' | 'statutoryDue' | 'description' | 'name'>,
  monthly: number,
  dueDay: SourcedFigure<number>,
  premiumMonth: string,
): EventDraft {
  return { ...base, amount: -BigInt(monthly), working: { premiumMonth, monthly, estimate: false }, used: [dueDay] };
}

function dueInNextMonth(year: number, month: number, dayOfMonth: number): Day {
  return month === 12 ? daysFromCivil(year + 1, 1, dayOfMonth) : daysFromCivil(year, month + 1, dayOfMonth);
}

/** The tax year whose income sets month `month` of `year`: the year before from `newBasisMonth` on, else two before. */
function basisYear(year: number, month: number, newBasisMonth: number): number {
  return month >= newBasisMonth ? year - 1 : year - 2;
}

const INCOME_SUBSTITUTED: SourcedFigure<string> = {
  id: 'kr-insurance-income-year-substituted',
  value: 'the nearest year with a known income',
  source: 'no income known for the year the agency uses; the estimate takes the nearest earlier year, else the nearest later one',
  confirmed: false,
};

/** The income of `year`, or of the nearest earlier year known, else the nearest later one (marked as such). */
function incomeFor(year: number, incomes: ReadonlyMap<number, number> | undefined) {
  if (incomes === undefined || incomes.size === 0) return undefined;
  const years = [...incomes.keys()].sort((a, b) => a - b);
  const used = incomes.has(year) ? year : ([...years].reverse().find((known) => known < year) ?? years.find((known) => known > year)!);
  return {
    income: incomes.get(used)!,
    working: { income: incomes.get(used)!, basisYear: year, ...(used === year ? {} : { incomeYear: used }) },
    used: used === year ? [] : [INCOME_SUBSTITUTED],
  };
}

const LIMITS_EXTRAPOLATED: SourcedFigure<string> = {
  id: 'kr-pension-base-limits-extrapolated',
  value: 'the nearest 고시 in the table',
  source: "the 기준소득월액 limits of this July–June period are not in the table yet; the nearest period's are used",
  confirmed: false,
};

function baseLimits(fromJulyOf: number): { figure: PensionBaseLimits; extra: SourcedFigure<string>[] } {
  const exact = PENSION_BASE_LIMITS.find((limits) => limits.fromJulyOf === fromJulyOf);
  if (exact !== undefined) return { figure: exact, extra: [] };
  const earlier = PENSION_BASE_LIMITS.filter((limits) => limits.fromJulyOf < fromJulyOf).at(-1);
  return { figure: earlier ?? PENSION_BASE_LIMITS[0]!, extra: [LIMITS_EXTRAPOLATED] };
}

function pensionRate(year: number): SourcedFigure<Ratio> {
  if (year > PENSION_RATES.at(-1)!.year) return PENSION_FINAL_RATE;
  return PENSION_RATES.find((rate) => rate.year === year) ?? PENSION_RATES[0]!;
}

/** Every premium month whose payment, rolled, can fall in `from … to`: two months before `from` to the one before `to`. */
function monthsAround(from: Day, to: Day): { year: number; month: number }[] {
  const start = partsOf(from);
  const end = partsOf(to);
  const months: { year: number; month: number }[] = [];
  for (let index = start.year * 12 + start.month - 3; index <= end.year * 12 + end.month - 2; index++) {
    months.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return months;
}

function monthName(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

function percent(rate: Ratio): string {
  return `${Number((rate.num * 1000n) / rate.den) / 10} %`;
}
