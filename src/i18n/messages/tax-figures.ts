import type { Catalogue } from '../catalogue.js';

/**
 * The figures of the tax tables (src/domain/kr-tax-rates) a tax estimate rests on, as the 세금 추정 lines name those
 * not confirmed from an official source. English prints the id, as the JSON's `unconfirmed` does; Korean names the
 * figure, and prints the id of one it does not know.
 */
export interface TaxFigureMessages {
  figure(id: string): string;
}

const KOREAN: Readonly<Record<string, string>> = {
  'basic-deduction': '기본공제',
  'brackets-2025': '2025년 종합소득세율',
  'brackets-2026': '2026년 종합소득세율',
  'instalment-half': '분납 한도(절반)',
  'instalment-months': '분납 기한(2개월)',
  'instalment-threshold': '분납 기준 금액',
  'interim-due': '중간예납 기한',
  'interim-minimum': '중간예납 최소 금액',
  'local-interim': '지방소득세 중간예납분(중간예납의 10 %로 봄)',
  'local-tax': '지방소득세율',
  'other-income-expenses': '기타소득 필요경비율',
  'other-income-separate': '기타소득 분리과세 기준',
  'refund-date': '환급일',
  'settlement-due': '종합소득세 신고 기한',
  'simple-rate-excess': '단순경비율 초과율 기준',
  'simple-rate-limit': '단순경비율 적용 수입 한도',
  'standard-credit': '표준세액공제',
  'kr-health-2026-due-day': '건강보험료 납부일',
  'kr-health-2026-income-basis': '건강보험료 소득 기준 연도',
  'kr-health-2026-long-term-care-rate': '장기요양보험료율',
  'kr-health-2026-monthly-cap': '건강보험료 월 상한',
  'kr-health-2026-rate': '건강보험료율',
  'kr-health-2026-truncation': '건강보험료 절사 단위',
  'kr-insurance-income-year-substituted': '보험료 산정 소득 연도(가까운 해로 대체)',
  'kr-pension-2026-base-truncation': '국민연금 기준소득월액 절사 단위',
  'kr-pension-2026-due-day': '국민연금 납부일',
  'kr-pension-2026-income-basis': '국민연금 소득 기준 연도',
  'kr-pension-2026-truncation': '국민연금 절사 단위',
  'kr-pension-base-limits-2025-07': '국민연금 기준소득월액 상·하한(2025년 7월)',
  'kr-pension-base-limits-2026-07': '국민연금 기준소득월액 상·하한(2026년 7월)',
  'kr-pension-base-limits-extrapolated': '국민연금 기준소득월액 상·하한(추정)',
  'kr-vat-2026-final-due': '부가세 확정신고 기한',
  'kr-vat-2026-input-credit': '부가세 매입세액공제',
  'kr-vat-2026-preliminary-due': '부가세 예정고지 기한',
  'kr-vat-2026-preliminary-minimum': '부가세 예정고지 최소 금액',
  'kr-vat-2026-preliminary-share': '부가세 예정고지 비율',
  'kr-vat-2026-preliminary-truncation': '부가세 예정고지 절사 단위',
  'kr-vat-2026-refund-days': '부가세 환급 기간',
  'kr-vat-2026-simplified-annual-due': '간이과세 신고 기한',
  'kr-vat-2026-simplified-exemption': '간이과세 납부면제 기준',
  'kr-vat-2026-simplified-input-credit': '간이과세 매입세액공제',
  'kr-vat-2026-simplified-prepayment-due': '간이과세 예정부과 기한',
  'kr-vat-2026-simplified-prepayment-minimum': '간이과세 예정부과 최소 금액',
  'kr-vat-2026-simplified-prepayment-share': '간이과세 예정부과 비율',
  'kr-vat-2026-simplified-prepayment-truncation': '간이과세 예정부과 절사 단위',
  'kr-vat-2026-simplified-refund-days': '간이과세 환급 기간',
  'kr-vat-2026-simplified-tax-rate': '간이과세 세율',
  'kr-vat-2026-simplified-tax-truncation': '간이과세 세액 절사 단위',
};

/** The Korean name of a figure: from the table, or from the ids made per year or industry. */
function koreanFigure(id: string): string {
  const known = KOREAN[id];
  if (known !== undefined) return known;
  const rates = /^rates-(\d{4})$/.exec(id);
  if (rates !== null) return `${rates[1]}년 세율표(가까운 해의 표로 대체)`;
  const pension = /^kr-pension-(\d{4})-rate$/.exec(id);
  if (pension !== null) return `${pension[1]}년 국민연금 보험료율`;
  const valueAdded = /^kr-vat-2026-value-added-(.+)$/.exec(id);
  if (valueAdded !== null) return `업종별 부가가치율(${valueAdded[1]})`;
  return id;
}

export const TAX_FIGURES = {
  en: { figure: (id) => id },
  ko: { figure: koreanFigure },
} satisfies Catalogue<TaxFigureMessages>;
