import type { Day } from '../../domain/day.js';
import { daysFromCivil, formatDay, partsOf } from '../../domain/day.js';
import type { KrIncomeTaxRates, MonthDay, Sourced } from '../../domain/kr-tax-rates/types.js';
import { minor } from '../../domain/money.js';
import type { Ratio } from '../../domain/ratio.js';
import { mulDiv, ratioOf } from '../../domain/ratio.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxPair, TaxProfile } from '../../domain/tax-calendar.js';
import type { TaxWord } from '../../domain/tax-words.js';
import { taxWord } from '../../domain/tax-words.js';
import { say } from '../../i18n/catalogue.js';
import { named, TAX_EVENTS } from '../../i18n/messages/tax-events.js';
import type { YearIncome } from './books.js';

/** Everything the May return of one tax year is estimated from, besides the profile. */
export interface SettlementInput {
  readonly profile: TaxProfile;
  /** The tax year (the return is filed in May of the year after). */
  readonly year: number;
  readonly rates: KrIncomeTaxRates;
  /** False when `rates` is another year's table: the estimate then lists `rates-YEAR` as unconfirmed. */
  readonly ratesOwnYear: boolean;
  readonly income: YearIncome;
  /**
   * The revenue of the year before the tax year, which decides whether 단순경비율 may be used (소득세법 시행령
   * 제143조④: the previous year's revenue); undefined when the books do not reach back so far.
   */
  readonly previousIncome?: number | undefined;
  /** 국민연금 paid in the tax year (연금보험료공제, 소득세법 제51조의3), 0 when not modelled. */
  readonly pensionPaid: number;
  /** 중간예납 paid in the tax year (national), 0 when none. */
  readonly interimPaid: number;
  readonly nextBusinessDay: NextBusinessDay;
}

/** The computed return, before it becomes dated events: each step of the working. */
export interface SettlementWorking {
  readonly income: number;
  readonly method: 'simple' | 'standard' | 'actual';
  readonly expenseRate: number | undefined;
  readonly expenses: number;
  readonly deductions: number;
  readonly taxable: number;
  readonly computedTax: number;
  readonly credit: number;
  readonly tax: TaxPair;
  readonly withheld: TaxPair;
  readonly interimPaid: TaxPair;
  /** Tax due (positive) or to be refunded (negative), each part truncated to 10 won. */
  readonly balance: TaxPair;
  readonly warnings: readonly string[];
  /** the same warnings by id, for each language to word */
  readonly warningWords: readonly TaxWord[];
  readonly unconfirmed: readonly string[];
  /** 기타소득, when the tax year has any: its revenue, its 기타소득금액 (40 %), and whether it is on the return. */
  readonly other?: { readonly income: number; readonly amount: number; readonly taxation: 'combined' | 'separate' };
}

const floor = (amount: number, ratio: Ratio) => Number(mulDiv(BigInt(amount), ratio.num, ratio.den, 'floor'));
const percent = (amount: number, rate: number) => Number(mulDiv(BigInt(amount), BigInt(rate), 100n, 'floor'));
// 국고금 관리법 제47조: amounts paid or refunded drop the part below 10 won.
const floor10 = (amount: number) => Math.sign(amount) * Number(mulDiv(BigInt(Math.abs(amount)), 1n, 1n, 'floor10'));

/** 산출세액 of 소득세법 제55조①: taxable × rate − 누진공제 of the bracket it falls in, truncated to the won. */
export function progressiveTax(taxable: number, rates: KrIncomeTaxRates): number {
  if (taxable <= 0) return 0;
  const bracket = rates.brackets.value.find((b) => b.upTo === undefined || taxable <= b.upTo)!;
  return percent(taxable, bracket.ratePercent) - bracket.progressiveDeduction;
}

/**
 * The working of the May return: income → expenses → deductions → tax → credits → less what was prepaid. 기타소득
 * (invoices withheld at 8.8 %) counts 40 % of its revenue (60 % 필요경비, 시행령 제87조 1의2호) on the return; when
 * that 기타소득금액 is at most 3,000,000 it may instead be taxed apart, its withholding final (제14조③8호): the
 * estimate takes whichever leaves less to pay, and says which.
 */
export function settlementWorking(input: SettlementInput): SettlementWorking {
  const other = input.income.other;
  const combined = workingWith(input, 'combined');
  if (other.income === 0) return combined;
  const otherAmount = other.income - floor(other.income, { num: BigInt(input.rates.otherIncomeExpensePercent.value), den: 100n });
  if (otherAmount > input.rates.otherIncomeSeparateUpTo.value) return combined;
  const separate = workingWith(input, 'separate');
  const owed = (working: SettlementWorking) => working.balance.national + working.balance.local;
  return owed(separate) < owed(combined) ? separate : combined;
}

function workingWith(input: SettlementInput, otherTaxation: 'combined' | 'separate'): SettlementWorking {
  const { profile, rates } = input;
  const used: Array<Sourced<unknown>> = [rates.brackets, rates.basicDeduction, rates.standardTaxCredit, rates.localTaxPercent];
  const warningWords: TaxWord[] = [];
  const unconfirmed: string[] = input.ratesOwnYear ? [] : [`rates-${input.year}`];
  // 사업소득 revenue: the invoices not withheld as 기타소득. The expense method applies to it alone.
  const other = input.income.other;
  const income = input.income.income - other.income;
  const otherAmount = other.income - floor(other.income, { num: BigInt(rates.otherIncomeExpensePercent.value), den: 100n });
  const otherCounted = otherTaxation === 'combined' ? otherAmount : 0;
  if (other.income > 0) used.push(rates.otherIncomeExpensePercent);
  if (otherTaxation === 'separate') used.push(rates.otherIncomeSeparateUpTo);
  const method = profile.expenseMethod ?? 'simple';
  let expenses = 0;
  if (profile.expenseRate === undefined) {
    warningWords.push(taxWord('noExpenseRate'));
  } else if (method === 'simple' && profile.expenseRateAbove !== undefined && income > rates.simpleRateExcessAbove.value) {
    // 단순경비율 up to the threshold, the lower 초과율 on the rest.
    const above = rates.simpleRateExcessAbove.value;
    expenses = floor(above, ratioOf(profile.expenseRate)) + floor(income - above, ratioOf(profile.expenseRateAbove));
    used.push(rates.simpleRateExcessAbove);
  } else {
    expenses = floor(income, ratioOf(profile.expenseRate));
  }
  const previous = input.previousIncome;
  if (method === 'simple' && previous !== undefined && previous >= rates.simpleRateRevenueLimit.value) {
    used.push(rates.simpleRateRevenueLimit);
    warningWords.push(taxWord('simpleRateLimit', rates.simpleRateRevenueLimit.value, input.year - 1, previous));
  }
  const people = 1 + profile.dependents;
  const deductions = people * rates.basicDeduction.value + input.pensionPaid;
  const taxable = Math.max(0, income - expenses + otherCounted - deductions);
  const computedTax = progressiveTax(taxable, rates);
  // 표준세액공제 never makes the tax negative (제61조: credits above the computed tax are lost).
  const credit = Math.min(computedTax, rates.standardTaxCredit.value);
  const national = computedTax - credit;
  const local = percent(national, rates.localTaxPercent.value);
  const interimLocal = percent(input.interimPaid, rates.localTaxPercent.value);
  // Taxed apart, the 기타소득's withholding is final: it is neither income nor prepaid tax of the return.
  const all = input.income.withheld;
  const withheld = otherTaxation === 'combined' ? all : { national: all.national - other.withheld.national, local: all.local - other.withheld.local };
  const balance = {
    national: floor10(national - withheld.national - input.interimPaid),
    local: floor10(local - withheld.local - interimLocal),
  };
  if (input.interimPaid > 0) unconfirmed.push('local-interim');
  for (const figure of used) if (!figure.confirmed) unconfirmed.push(figure.id);
  return {
    income,
    method,
    expenseRate: profile.expenseRate,
    expenses,
    deductions,
    taxable,
    computedTax,
    credit,
    tax: { national, local },
    withheld,
    interimPaid: { national: input.interimPaid, local: interimLocal },
    balance,
    warnings: warningWords.map((word) => say(TAX_EVENTS, 'en', word)),
    warningWords,
    unconfirmed,
    ...(other.income > 0 ? { other: { income: other.income, amount: otherAmount, taxation: otherTaxation } } : {}),
  };
}

function dayOf(year: number, monthDay: MonthDay): Day {
  return daysFromCivil(year, monthDay.month, monthDay.day);
}

/**
 * The May return of `input.year` as dated events: one payment on 31 May of the next year (or the next business
 * day); with 분납 allowed and national tax due above 10,000,000, the deferrable part (소득세법 제77조: the part over
 * 10,000,000 up to 20,000,000 due, up to half above it; 지방소득세 is not split) two months later; or a refund,
 * expected on 30 June (an assumption: the refund date is not statutory). `override["income-tax"]` replaces the
 * amount: positive a payment, negative a refund; `override["income-tax-refund"]` a refund.
 */
export function incomeTaxSettlement(input: SettlementInput): TaxCalendarEvent[] {
  const working = settlementWorking(input);
  const { rates, year, profile } = input;
  const filed = year + 1;
  const statutoryDue = dayOf(filed, rates.settlementDue.value);
  const dueDate = input.nextBusinessDay(statutoryDue);
  const unconfirmed = working.unconfirmed;
  const details = {
    income: working.income,
    expenseRate: working.expenseRate,
    taxable: working.taxable,
    tax: working.tax,
    withheld: working.withheld,
    expenseMethod: working.method,
    expenses: working.expenses,
    deductions: working.deductions,
    computedTax: working.computedTax,
    credit: working.credit,
    interimPaid: working.interimPaid,
    balance: working.balance,
    taxYear: year,
    ...(working.other === undefined ? {} : { otherIncome: working.other }),
    warnings: working.warnings,
    // The day the law names, before business-day rolling: an expenses row dated 31 May stands for a return due 1 June.
    statutoryDue: formatDay(statutoryDue),
  };
  // What the return settles: due (positive) or refunded (negative); the user's own figure wins.
  const refundOverride = profile.override['income-tax-refund'];
  const overridden = profile.override['income-tax'] ?? (refundOverride === undefined ? undefined : -refundOverride);
  const due = overridden ?? working.balance.national + working.balance.local;
  if (due === 0) return [];
  if (due < 0) {
    const refundDay = input.nextBusinessDay(dayOf(filed, rates.refundExpected.value));
    return [
      {
        taxKind: 'income-tax-refund',
        date: refundDay,
        dueDate,
        amount: minor(-due),
        ...named(taxWord('incomeTaxRefund', year)),
        warningWords: working.warningWords,
        working: { ...details, overridden: overridden !== undefined },
        unconfirmed: [...unconfirmed, rates.refundExpected.id],
      },
    ];
  }
  const total = due;
  // 분납 is on the national tax due: the estimate's, or the user's own figure (taken as national tax, the local tax
  // being part of it we cannot split) when the profile allows instalments.
  const deferred = profile.instalments ? deferrable(overridden === undefined ? working.balance.national : total, rates) : 0;
  const events: TaxCalendarEvent[] = [
    {
      taxKind: 'income-tax',
      date: dueDate,
      dueDate,
      amount: minor(-(total - deferred)),
      ...named(deferred > 0 ? taxWord('incomeTaxInstalment', year, 1) : taxWord('incomeTax', year)),
      warningWords: working.warningWords,
      working: { ...details, deferred, overridden: overridden !== undefined },
      unconfirmed: deferred > 0 ? [...unconfirmed, rates.instalmentHalfAbove.id] : unconfirmed,
    },
  ];
  if (deferred > 0) {
    // 소득세법 제77조: two months after the 납부기한, which is the deadline already rolled to a business day
    // (국세기본법 제5조): 31 May 2026 is a Sunday → 1 June, so the limit is 1 August, a Saturday → 3 August.
    const rolled = partsOf(dueDate);
    const secondStatutory = daysFromCivil(rolled.year, rolled.month + rates.instalmentMonths.value, rolled.dayOfMonth);
    const second = input.nextBusinessDay(secondStatutory);
    events.push({
      taxKind: 'income-tax',
      date: second,
      dueDate: second,
      amount: minor(-deferred),
      ...named(taxWord('incomeTaxInstalment', year, 2)),
      warningWords: working.warningWords,
      working: { ...details, deferred, overridden: overridden !== undefined, statutoryDue: formatDay(secondStatutory) },
      unconfirmed: [...unconfirmed, rates.instalmentHalfAbove.id],
    });
  }
  return events;
}

/** 분납 (소득세법 제77조, 시행령 제140조): how much of the national tax due may wait two months. */
export function deferrable(nationalDue: number, rates: KrIncomeTaxRates): number {
  const threshold = rates.instalmentThreshold.value;
  if (nationalDue <= threshold) return 0;
  if (nationalDue <= rates.instalmentHalfAbove.value) return nationalDue - threshold;
  return floor10(Math.floor(nationalDue / 2));
}
