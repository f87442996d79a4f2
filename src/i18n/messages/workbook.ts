import type { Catalogue } from '../catalogue.js';

/**
 * The xlsx workbook's sheet names, column headings and the few words in its cells. Scripts and formulas read a
 * workbook by sheet and heading, so it follows `style.headingLang`: English unless --lang or the config's "lang"
 * chose one. Values that are data (an event's kind, an invoice's basis) stay as the CSV and JSON have them.
 */
export interface WorkbookMessages {
  daysSheet(): string;
  eventsSheet(): string;
  windowsSheet(): string;
  daysHeadings(): readonly string[];
  eventsHeadings(): readonly string[];
  windowsHeadings(): readonly string[];
  planPart(): string;
  nextBest(): string;
  noPlan(): string;
  /** A structural window's cell: no loan proposed, and why (the open-window note, or that income falls short). */
  structural(note: string | undefined): string;
}

export const WORKBOOK = {
  en: {
    daysSheet: () => 'Days',
    eventsSheet: () => 'Events',
    windowsSheet: () => 'Windows',
    daysHeadings: () => ['date', 'opening', 'inflow', 'outflow', 'closing', 'shortfall', 'below buffer', 'below zero'],
    eventsHeadings: () => [
      'date',
      'kind',
      'id / description',
      'client',
      'category',
      'amount',
      'balance after',
      'gross',
      'withheld',
      'VAT',
      'original amount',
      'original currency',
      'overdue',
      'expected by: basis',
      'expected by: days',
      'expected by: paid invoices',
      'source',
    ],
    windowsHeadings: () => [
      'start',
      'end',
      'days',
      'lowest balance',
      'lowest on',
      'need',
      'need until',
      'structural',
      'plan cost',
      'residual gap',
      'row',
      'option',
      'name',
      'invoice',
      'amount',
      'cash received',
      'draw',
      'repay',
      'cost',
      'APR',
      'EAR',
    ],
    planPart: () => 'plan part',
    nextBest: () => 'next best',
    noPlan: () => 'no plan',
    structural: (note) => `structural, no loan proposed: ${note ?? 'income does not cover spending'}`,
  },
  ko: {
    daysSheet: () => '일별',
    eventsSheet: () => '입출금',
    windowsSheet: () => '부족 기간',
    daysHeadings: () => ['날짜', '시작 잔액', '입금', '출금', '마지막 잔액', '부족액', '버퍼 미만', '0원 미만'],
    eventsHeadings: () => [
      '날짜',
      '종류',
      '번호 / 내용',
      '거래처',
      '분류',
      '금액',
      '거래 후 잔액',
      '청구액',
      '원천징수',
      '부가세',
      '원래 금액',
      '원래 통화',
      '연체',
      '입금 예상 근거',
      '입금 예상 일수',
      '입금 예상: 입금된 청구서',
      '출처',
    ],
    windowsHeadings: () => [
      '시작',
      '끝',
      '일수',
      '최저 잔액',
      '최저 잔액일',
      '필요 금액',
      '필요 기한',
      '구조적 부족',
      '계획 비용',
      '남는 부족액',
      '행',
      '방법',
      '이름',
      '청구서',
      '금액',
      '받는 돈',
      '인출일',
      '상환일',
      '비용',
      '연이율',
      '실질 연이율(EAR)',
    ],
    planPart: () => '계획',
    nextBest: () => '차선책',
    noPlan: () => '계획 없음',
    structural: (note) => `구조적 부족이라 대출은 제안하지 않습니다: ${note ?? '수입이 지출을 메우지 못합니다'}`,
  },
} satisfies Catalogue<WorkbookMessages>;
