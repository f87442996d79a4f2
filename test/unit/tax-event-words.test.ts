import { describe, expect, it } from 'vitest';
import type { TaxWord } from '../../src/domain/tax-words.js';
import { taxWord } from '../../src/domain/tax-words.js';
import { say } from '../../src/i18n/catalogue.js';
import { named, TAX_EVENTS, taxWordText } from '../../src/i18n/messages/tax-events.js';

// Every name and warning of the tax calendar in both languages, written out by hand. The English is what the
// estimators' `description` and `warnings` carried before they became ids (the JSON keeps it: test/e2e/
// tax-calendar-cli.test.ts pins `종합소득세 refund 2025`); the Korean is how 홈택스 and the 공단 name them.
const CASES: ReadonlyArray<readonly [TaxWord, string, string]> = [
  [taxWord('incomeTax', 2025), '종합소득세 2025', '2025년 귀속 종합소득세'],
  [taxWord('incomeTaxInstalment', 2025, 1), '종합소득세 2025 분납 1/2', '2025년 귀속 종합소득세 분납 1/2'],
  [taxWord('incomeTaxInstalment', 2025, 2), '종합소득세 2025 분납 2/2', '2025년 귀속 종합소득세 분납 2/2'],
  [taxWord('incomeTaxRefund', 2025), '종합소득세 refund 2025', '2025년 귀속 종합소득세 환급'],
  [taxWord('interim', 2026), '중간예납 2026', '2026년 종합소득세 중간예납'],
  [taxWord('healthInsurance', 2026, 4), '건강보험료 2026-04', '건강보험료 2026년 4월분'],
  [taxWord('pension', 2026, 12), '국민연금 2026-12', '국민연금 2026년 12월분'],
  [taxWord('vatPreliminary', 2026, 1), 'VAT 예정고지 for 2026 H1', '2026년 1기 부가세 예정고지'],
  [taxWord('vat', 2026, 2), 'VAT for 2026 H2', '2026년 2기 부가세'],
  [taxWord('vatRefund', 2026, 1), 'VAT refund for 2026 H1', '2026년 1기 부가세 환급'],
  [taxWord('vatSimplifiedPreliminary', 2026), 'VAT 예정부과 for 2026 H1', '2026년 부가세 예정부과'],
  [taxWord('vatSimplified', 2026), 'VAT for 2026 (간이과세)', '2026년 부가세(간이과세)'],
  [taxWord('vatSimplifiedRefund', 2026), 'VAT refund for 2026 (간이과세)', '2026년 부가세 환급(간이과세)'],
  [taxWord('noExpenseRate'), 'no expenseRate in the tax profile: expenses taken as 0', '세금 프로필에 경비율(expenseRate)이 없어 경비를 0원으로 계산했습니다'],
  [
    taxWord('simpleRateLimit', 75_000_000, 2025, 80_000_000),
    "단순경비율 is for revenue below 75,000,000 in the year before (인적용역); 2025's invoices are 80,000,000: the given rate is still used",
    '단순경비율은 직전 연도 수입금액이 75,000,000원 미만일 때 적용됩니다(인적용역). 2025년 청구액이 80,000,000원이지만 입력한 경비율을 그대로 썼습니다',
  ],
];

describe('the tax calendar’s names and warnings', () => {
  it.each(CASES)('%j reads as written in English and Korean', (word, english, korean) => {
    expect(say(TAX_EVENTS, 'en', word)).toBe(english);
    expect(say(TAX_EVENTS, 'ko', word)).toBe(korean);
  });

  it('covers every id of the catalogue', () => {
    expect(new Set(CASES.map(([word]) => word.id))).toEqual(new Set(Object.keys(TAX_EVENTS.en)));
  });

  it('gives an event its English description beside the id', () => {
    expect(named(taxWord('interim', 2026))).toEqual({ description: '중간예납 2026', name: { id: 'interim', params: [2026] } });
  });

  it('keeps the English an event carries when it has no id', () => {
    expect(taxWordText('ko', undefined, '종합소득세 (my row)')).toBe('종합소득세 (my row)');
  });
});
