import type { Ratio } from '../ratio.js';
import type { SourcedFigure } from './sourced-figure.js';

/**
 * 지역가입자 건강보험료 and 국민연금 figures, each with its source. Statute text read from legalize-kr
 * (국민건강보험법 시행령 as amended 2025-12-23; 국민연금법 with 부칙 <법률 제20903호, 2025.4.2.>); 고시 figures and
 * 노인장기요양보험법 시행령 (not in that collection) are from secondary sources and unconfirmed.
 */
export const HEALTH_2026 = {
  rate: {
    id: 'kr-health-2026-rate',
    value: { num: 719n, den: 10_000n } satisfies Ratio,
    source: '국민건강보험법 시행령 제44조제1항: 지역가입자의 보험료율은 1만분의 719 <개정 2025.12.23>',
    confirmed: true,
  },
  longTermCareRate: {
    id: 'kr-health-2026-long-term-care-rate',
    value: { num: 9_448n, den: 1_000_000n } satisfies Ratio,
    // 노인장기요양보험법 제9조제1항: 장기요양보험료 = 건강보험료 × 장기요양보험료율 ÷ 건강보험료율.
    source: '노인장기요양보험법 시행령 제4조: 100만분의 9,448 (reported by third-party calculators; text not read)',
    confirmed: false,
  },
  incomeBasis: {
    id: 'kr-health-2026-income-basis',
    value: { newBasisMonth: 11 },
    source: '국민건강보험법 시행령 제41조제3항: 1월–10월은 부과 연도의 전전년도, 11월·12월은 전년도 소득 자료',
    confirmed: true,
  },
  monthlyCap: {
    id: 'kr-health-2026-monthly-cap',
    value: 4_591_740,
    source: '보건복지부 고시 제2025-222호 제2조: 지역가입자 월별 보험료액 상한 (reported; text not read)',
    confirmed: false,
  },
  truncation: {
    id: 'kr-health-2026-truncation',
    value: 10,
    source: '국민건강보험법 제107조 (10원 미만 끝수, 국고금관리법 준용; reported, text not read)',
    confirmed: false,
  },
  dueDay: {
    id: 'kr-health-2026-due-day',
    value: 10,
    source: '국민건강보험법 제78조제1항: 그 달의 보험료를 그 다음 달 10일까지 납부 (reported, text not read; 국민연금법 제89조제1항 has the same rule)',
    confirmed: false,
  },
} as const;

/** The 지역가입자 연금보험료율 of a calendar year (changes each January). */
export interface PensionRateYear extends SourcedFigure<Ratio> {
  readonly year: number;
}

const PENSION_RATE_SOURCE = '국민연금법 부칙 <법률 제20903호, 2025.4.2.> 제4조제2항: 지역가입자 연금보험료';

/** 9.5 % in 2026 rising 0.5 %p each January to 12.5 % in 2032; the 본칙 13 % from 2033 (제88조제4항). */
export const PENSION_RATES: readonly PensionRateYear[] = [95n, 100n, 105n, 110n, 115n, 120n, 125n].map((perMille, index) => ({
  id: `kr-pension-${2026 + index}-rate`,
  year: 2026 + index,
  value: { num: perMille, den: 1000n },
  source: `${PENSION_RATE_SOURCE} ${2026 + index}년은 1천분의 ${perMille}`,
  confirmed: true,
}));

export const PENSION_FINAL_RATE: SourcedFigure<Ratio> = {
  id: 'kr-pension-2033-rate',
  value: { num: 130n, den: 1000n },
  source: '국민연금법 제88조제4항: 기준소득월액의 1천분의 130 (부칙 제4조가 끝나는 2033년부터; 조문은 부칙의 인용으로 확인)',
  confirmed: true,
};

/** The 기준소득월액 floor and cap, set by 보건복지부 고시 for July to June. */
export interface PensionBaseLimits extends SourcedFigure<{ readonly floor: number; readonly cap: number }> {
  /** The year whose July starts the period. */
  readonly fromJulyOf: number;
}

export const PENSION_BASE_LIMITS: readonly PensionBaseLimits[] = [
  {
    id: 'kr-pension-base-limits-2025-07',
    fromJulyOf: 2025,
    value: { floor: 400_000, cap: 6_370_000 },
    source: '보건복지부 고시 (2025.7.–2026.6.): 하한 40만원, 상한 637만원 (reported; 고시 text not read)',
    confirmed: false,
  },
  {
    id: 'kr-pension-base-limits-2026-07',
    fromJulyOf: 2026,
    value: { floor: 410_000, cap: 6_590_000 },
    source: '보건복지부 고시 제2026-31호 (2026.7.–2027.6.): 하한 41만원, 상한 659만원 (reported by several calculators; 고시 text not read)',
    confirmed: false,
  },
];

export const PENSION_2026 = {
  baseTruncation: {
    id: 'kr-pension-2026-base-truncation',
    value: 1000,
    source: '국민연금법 시행령 제5조: 기준소득월액은 천원 미만 절사 (reported, text not read)',
    confirmed: false,
  },
  truncation: {
    id: 'kr-pension-2026-truncation',
    value: 10,
    source: '국민연금법 제117조: 연금보험료에 10원 미만의 단수가 있으면 「국고금관리법」을 준용 (끝수는 버림)',
    confirmed: true,
  },
  incomeBasis: {
    id: 'kr-pension-2026-income-basis',
    value: { newBasisMonth: 7 },
    source: 'the 공단 re-bases a 지역가입자 on the income filed in May from July (assumed; not found in statute text)',
    confirmed: false,
  },
  dueDay: {
    id: 'kr-pension-2026-due-day',
    value: 10,
    source: '국민연금법 제89조제1항: 연금보험료는 납부 의무자가 다음 달 10일까지 내야 한다',
    confirmed: true,
  },
} as const;
