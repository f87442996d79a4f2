import type { KrIncomeTaxRates } from './types.js';

const LAW = 'https://www.law.go.kr/법령/소득세법';

/**
 * Tax year 2026 (returns filed May 2027). Figures marked confirmed were read from 소득세법 as law.go.kr publishes
 * it (법률 제21901호 text, mirrored in legalize-kr); the others are from memory or secondary sources and say so.
 */
export const KR_INCOME_TAX_2026: KrIncomeTaxRates = {
  year: 2026,
  brackets: {
    id: 'brackets-2026',
    // 1,400만 이하 6 %; 84만 + 15 % over 1,400만; 624만 + 24 % over 5,000만; 1,536만 + 35 % over 8,800만;
    // 3,706만 + 38 % over 1.5억; 9,406만 + 40 % over 3억; 1억7,406만 + 42 % over 5억; 3억8,406만 + 45 % over 10억.
    value: [
      { upTo: 14_000_000, ratePercent: 6, progressiveDeduction: 0 },
      { upTo: 50_000_000, ratePercent: 15, progressiveDeduction: 1_260_000 },
      { upTo: 88_000_000, ratePercent: 24, progressiveDeduction: 5_760_000 },
      { upTo: 150_000_000, ratePercent: 35, progressiveDeduction: 15_440_000 },
      { upTo: 300_000_000, ratePercent: 38, progressiveDeduction: 19_940_000 },
      { upTo: 500_000_000, ratePercent: 40, progressiveDeduction: 25_940_000 },
      { upTo: 1_000_000_000, ratePercent: 42, progressiveDeduction: 35_940_000 },
      { upTo: undefined, ratePercent: 45, progressiveDeduction: 65_940_000 },
    ],
    source: `소득세법 제55조① (${LAW})`,
    confirmed: true,
  },
  basicDeduction: { id: 'basic-deduction', value: 1_500_000, source: '소득세법 제50조① (연 150만원)', confirmed: false },
  standardTaxCredit: { id: 'standard-credit', value: 70_000, source: `소득세법 제59조의4⑨2호나목 (${LAW})`, confirmed: true },
  localTaxPercent: { id: 'local-tax', value: 10, source: '지방세법 제103조의19 (개인지방소득세, 소득세의 10 % 상당)', confirmed: false },
  interimMinimum: { id: 'interim-minimum', value: 500_000, source: '소득세법 제86조 (소액 부징수: 중간예납세액 50만원 미만)', confirmed: false },
  instalmentThreshold: { id: 'instalment-threshold', value: 10_000_000, source: `소득세법 제77조 (1천만원 초과, ${LAW})`, confirmed: true },
  instalmentHalfAbove: {
    id: 'instalment-half',
    value: 20_000_000,
    source: '소득세법 시행령 제140조 (2천만원 이하: 1천만원 초과분; 초과: 50 % 이하)',
    confirmed: false,
  },
  instalmentMonths: { id: 'instalment-months', value: 2, source: `소득세법 제77조 (납부기한이 지난 후 2개월 이내, ${LAW})`, confirmed: true },
  simpleRateRevenueLimit: { id: 'simple-rate-limit', value: 36_000_000, source: '소득세법 시행령 제143조④ (인적용역 3,600만원)', confirmed: false },
  simpleRateExcessAbove: { id: 'simple-rate-excess', value: 40_000_000, source: '국세청 경비율 고시 (인적용역 4,000만원 초과분 초과율)', confirmed: false },
  otherIncomeExpensePercent: {
    id: 'other-income-expenses',
    value: 60,
    source: '소득세법 시행령 제87조 1의2호 (인적용역 기타소득: 수입금액의 100분의 60을 필요경비로)',
    confirmed: false,
  },
  otherIncomeSeparateUpTo: {
    id: 'other-income-separate',
    value: 3_000_000,
    source: '소득세법 제14조③8호 (기타소득금액 300만원 이하 분리과세 선택)',
    confirmed: false,
  },
  settlementDue: { id: 'settlement-due', value: { month: 5, day: 31 }, source: `소득세법 제70조①, 제76조 (${LAW})`, confirmed: true },
  refundExpected: {
    id: 'refund-date',
    value: { month: 6, day: 30 },
    source: 'assumption: 국세청 pays most May-return refunds by the end of June (no statutory date)',
    confirmed: false,
  },
  interimDue: { id: 'interim-due', value: { month: 11, day: 30 }, source: `소득세법 제65조① (${LAW})`, confirmed: true },
};
