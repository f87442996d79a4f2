import type { Ratio } from '../ratio.js';
import type { SourcedFigure } from './sourced-figure.js';

/** A day of the year a return or notice is due, before business-day rolling. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/**
 * The VAT (부가가치세) figures for 2026, each with its source. Statute text read from the 부가가치세법 as in force
 * from 2026-01-02 (법률 제21065호, law.go.kr via legalize-kr); 시행령 figures not read there are unconfirmed.
 * Next year's change is a new file beside this one.
 */
export const VAT_2026 = {
  year: 2026,
  // 일반과세자 (general taxpayer): 예정고지 and 확정신고.
  preliminaryShare: {
    id: 'kr-vat-2026-preliminary-share',
    value: { num: 1n, den: 2n } satisfies Ratio,
    source: '부가가치세법 제48조제3항: 직전 과세기간 납부세액의 50퍼센트로 결정하여 징수',
    confirmed: true,
  },
  preliminaryTruncation: {
    id: 'kr-vat-2026-preliminary-truncation',
    value: 1000,
    source: '부가가치세법 제48조제3항: 1천원 미만인 단수가 있을 때에는 그 단수금액은 버린다',
    confirmed: true,
  },
  preliminaryMinimum: {
    id: 'kr-vat-2026-preliminary-minimum',
    value: 500_000,
    source: '부가가치세법 제48조제3항제1호: 징수하여야 할 금액이 50만원 미만인 경우 징수하지 아니한다',
    confirmed: true,
  },
  preliminaryDue: {
    id: 'kr-vat-2026-preliminary-due',
    value: [
      { month: 4, day: 25 },
      { month: 10, day: 25 },
    ] as readonly [MonthDay, MonthDay],
    source: '부가가치세법 제48조제1항·제3항: 예정신고기간(1.1.–3.31., 7.1.–9.30.)이 끝난 후 25일까지 징수',
    confirmed: true,
  },
  finalDue: {
    id: 'kr-vat-2026-final-due',
    value: [
      { month: 7, day: 25 },
      { month: 1, day: 25 },
    ] as readonly [MonthDay, MonthDay],
    source: '부가가치세법 제49조제1항: 과세기간이 끝난 후 25일 이내 확정신고·납부; 제2항제2호: 예정고지 징수액은 뺀다',
    confirmed: true,
  },
  inputCredit: {
    id: 'kr-vat-2026-input-credit',
    value: true,
    source:
      '부가가치세법 제37조제2항: 납부세액 = 매출세액 − 제38조의 매입세액, 초과분은 환급세액; 제38조제2항: 공급받는 시기가 속하는 과세기간에 공제 (제39조의 불공제 매입세액은 사용자가 표시하지 않는다)',
    confirmed: true,
  },
  refundDays: {
    id: 'kr-vat-2026-refund-days',
    value: 30,
    source: '부가가치세법 제59조제1항: 확정신고기한이 지난 후 30일 이내에 환급 (the forecast takes the 30th day)',
    confirmed: true,
  },
  // 간이과세자 (simplified taxpayer): annual return and 예정부과.
  simplifiedAnnualDue: {
    id: 'kr-vat-2026-simplified-annual-due',
    value: { month: 1, day: 25 } satisfies MonthDay,
    source: '부가가치세법 제5조제1항제1호 (과세기간 1.1.–12.31.), 제67조제1항 (끝난 후 25일 이내), 제67조제2항 (예정부과 납부액 공제)',
    confirmed: true,
  },
  simplifiedPrepaymentDue: {
    id: 'kr-vat-2026-simplified-prepayment-due',
    value: { month: 7, day: 25 } satisfies MonthDay,
    source: '부가가치세법 제66조제1항: 예정부과기간(1.1.–6.30.)이 끝난 후 25일 이내 징수',
    confirmed: true,
  },
  simplifiedPrepaymentShare: {
    id: 'kr-vat-2026-simplified-prepayment-share',
    value: { num: 1n, den: 2n } satisfies Ratio,
    source: '부가가치세법 제66조제1항: 직전 과세기간에 대한 납부세액의 50퍼센트',
    confirmed: true,
  },
  simplifiedPrepaymentTruncation: {
    id: 'kr-vat-2026-simplified-prepayment-truncation',
    value: 1000,
    source: '부가가치세법 제66조제1항: 1천원 미만의 단수가 있을 때에는 그 단수금액은 버린다',
    confirmed: true,
  },
  simplifiedPrepaymentMinimum: {
    id: 'kr-vat-2026-simplified-prepayment-minimum',
    value: 500_000,
    source: '부가가치세법 제66조제1항제1호: 징수하여야 할 금액이 50만원 미만인 경우 징수하지 아니한다',
    confirmed: true,
  },
  simplifiedExemption: {
    id: 'kr-vat-2026-simplified-exemption',
    value: 48_000_000,
    source: '부가가치세법 제69조제1항: 해당 과세기간 공급대가의 합계액이 4천800만원 미만이면 납부의무를 면제',
    confirmed: true,
  },
  simplifiedTaxRate: {
    id: 'kr-vat-2026-simplified-tax-rate',
    value: { num: 10n, den: 100n } satisfies Ratio,
    source: '부가가치세법 제63조제2항: 납부세액 = 과세표준(공급대가) × 업종별 부가가치율 × 10퍼센트',
    confirmed: true,
  },
  simplifiedTaxTruncation: {
    id: 'kr-vat-2026-simplified-tax-truncation',
    value: 1,
    source: '원 미만 절사 (third-party calculators; 부가가치세법 text names no rounding for 제63조제2항)',
    confirmed: false,
  },
  simplifiedInputCredit: {
    id: 'kr-vat-2026-simplified-input-credit',
    value: { num: 5n, den: 1000n } satisfies Ratio,
    source: '부가가치세법 제63조제3항제1호: 세금계산서등을 발급받은 재화와 용역의 공급대가에 0.5퍼센트; 제6항: 납부세액 초과분은 없는 것으로 본다',
    confirmed: true,
  },
  simplifiedRefundDays: {
    id: 'kr-vat-2026-simplified-refund-days',
    value: 30,
    source: "assumed like 부가가치세법 제59조제1항 (30일 이내 환급) for a 간이과세자 whose 예정부과 exceeds the year's tax",
    confirmed: false,
  },
} as const;

/** 업종별 부가가치율 for 간이과세자 (부가가치세법 시행령 제111조제2항, supplies from 2021-07-01). */
export interface ValueAddedRate extends SourcedFigure<Ratio> {
  readonly industry: string;
}

const VALUE_ADDED_SOURCE =
  '부가가치세법 시행령 제111조제2항 (2021.7.1. 이후 공급분), as reported by several third-party calculators; the 시행령 text was not read';

function valueAdded(key: string, industry: string, percent: bigint): ValueAddedRate {
  return { id: `kr-vat-2026-value-added-${key}`, industry, value: { num: percent, den: 100n }, source: VALUE_ADDED_SOURCE, confirmed: false };
}

/**
 * The 부가가치율 by industry group, keyed by the name `industryCode` may give. 인적용역 supplied as a taxable
 * business falls in 전문·과학 및 기술서비스업 (40 %) for most freelancers (design, translation, consulting) or
 * 그 밖의 서비스업 (30 %): `professional` is the default because it is the larger payment.
 */
export const VALUE_ADDED_RATES_2026: Readonly<Record<string, ValueAddedRate>> = {
  retail: valueAdded('retail', '소매업, 재생용 재료수집 및 판매업, 음식점업', 15n),
  manufacturing: valueAdded('manufacturing', '제조업, 농업·임업 및 어업, 소화물 전문 운송업', 20n),
  lodging: valueAdded('lodging', '숙박업', 25n),
  construction: valueAdded('construction', '건설업, 운수 및 창고업(소화물 전문 운송업 제외), 정보통신업', 30n),
  'other-services': valueAdded('other-services', '그 밖의 서비스업 (인물사진 및 행사용 영상 촬영업 포함)', 30n),
  professional: valueAdded(
    'professional',
    '금융 및 보험 관련 서비스업, 전문·과학 및 기술서비스업, 사업시설관리·사업지원 및 임대서비스업, 부동산 관련 서비스업',
    40n,
  ),
  'real-estate-rental': valueAdded('real-estate-rental', '부동산임대업', 40n),
};

export const DEFAULT_VALUE_ADDED_INDUSTRY = 'professional';
