import type { TaxEventWords, TaxWord } from '../../domain/tax-words.js';
import type { Catalogue } from '../catalogue.js';
import { say } from '../catalogue.js';
import type { Lang } from '../lang.js';

/** A month of a year as the English names have always written it: `2026-04`. */
function isoMonth(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Won with thousands separators, as the English warnings have always written them (no currency sign). */
function grouped(amount: number): string {
  return amount.toLocaleString('en-US');
}

/**
 * The tax calendar's event names and warnings. English is word for word what `description` and the working's
 * `warnings` have always carried (the JSON, CSV and ledger keep it); Korean is what 홈택스 and the 공단 call them:
 * 귀속 year for a return, 1기/2기 for a VAT half-year, 4월분 for a premium month.
 */
export const TAX_EVENTS = {
  en: {
    incomeTax: (year) => `종합소득세 ${year}`,
    incomeTaxInstalment: (year, part) => `종합소득세 ${year} 분납 ${part}/2`,
    incomeTaxRefund: (year) => `종합소득세 refund ${year}`,
    interim: (year) => `중간예납 ${year}`,
    healthInsurance: (year, month) => `건강보험료 ${isoMonth(year, month)}`,
    pension: (year, month) => `국민연금 ${isoMonth(year, month)}`,
    vatPreliminary: (year, half) => `VAT 예정고지 for ${year} H${half}`,
    vat: (year, half) => `VAT for ${year} H${half}`,
    vatRefund: (year, half) => `VAT refund for ${year} H${half}`,
    vatSimplifiedPreliminary: (year) => `VAT 예정부과 for ${year} H1`,
    vatSimplified: (year) => `VAT for ${year} (간이과세)`,
    vatSimplifiedRefund: (year) => `VAT refund for ${year} (간이과세)`,
    noExpenseRate: () => 'no expenseRate in the tax profile: expenses taken as 0',
    simpleRateLimit: (limit, previousYear, previousRevenue) =>
      `단순경비율 is for revenue below ${grouped(limit)} in the year before (인적용역); ${previousYear}'s invoices are ${grouped(previousRevenue)}: the given rate is still used`,
  },
  ko: {
    incomeTax: (year) => `${year}년 귀속 종합소득세`,
    incomeTaxInstalment: (year, part) => `${year}년 귀속 종합소득세 분납 ${part}/2`,
    incomeTaxRefund: (year) => `${year}년 귀속 종합소득세 환급`,
    interim: (year) => `${year}년 종합소득세 중간예납`,
    healthInsurance: (year, month) => `건강보험료 ${year}년 ${month}월분`,
    pension: (year, month) => `국민연금 ${year}년 ${month}월분`,
    vatPreliminary: (year, half) => `${year}년 ${half}기 부가세 예정고지`,
    vat: (year, half) => `${year}년 ${half}기 부가세`,
    vatRefund: (year, half) => `${year}년 ${half}기 부가세 환급`,
    vatSimplifiedPreliminary: (year) => `${year}년 부가세 예정부과`,
    vatSimplified: (year) => `${year}년 부가세(간이과세)`,
    vatSimplifiedRefund: (year) => `${year}년 부가세 환급(간이과세)`,
    noExpenseRate: () => '세금 프로필에 경비율(expenseRate)이 없어 경비를 0원으로 계산했습니다',
    simpleRateLimit: (limit, previousYear, previousRevenue) =>
      `단순경비율은 직전 연도 수입금액이 ${grouped(limit)}원 미만일 때 적용됩니다(인적용역). ${previousYear}년 청구액이 ${grouped(previousRevenue)}원이지만 입력한 경비율을 그대로 썼습니다`,
  },
} satisfies Catalogue<TaxEventWords>;

/** An event's name as the estimators set it: the id for each language, and its English `description`. */
export function named(name: TaxWord): { readonly description: string; readonly name: TaxWord } {
  return { description: say(TAX_EVENTS, 'en', name), name };
}

/** A name or warning in one language; the English text where an event carries none (a user's own row). */
export function taxWordText(lang: Lang, word: TaxWord | undefined, english: string): string {
  return word === undefined ? english : say(TAX_EVENTS, lang, word);
}
