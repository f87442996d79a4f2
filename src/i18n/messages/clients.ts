import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';

/** `cashflow clients`: the table of how each client pays. */
export interface ClientsMessages {
  title(asOf: Day): string;
  /** Column headings, in table order. */
  headings(): readonly [client: string, paid: string, daysToPay: string, daysLate: string, open: string, overdue: string, uses: string];
  usesDefault(): string;
  usesHistory(days: number): string;
  /** The note under the table: what the figures are, and who gets their own delay. */
  notes(minHistory: number | undefined): readonly string[];
}

export const CLIENTS = {
  en: {
    title: (asOf) => `How your clients pay (as of ${proseDay(asOf, asOf, 'en')})`,
    headings: () => ['Client', 'Paid', 'Days to pay', 'Days late', 'Open', 'Overdue', 'Uses'],
    usesDefault: () => 'default',
    usesHistory: (days) => `history ${days} d`,
    notes: (minHistory) => [
      'Days: median / 80th percentile / max over paid invoices; to pay = paid − issued,',
      'late = paid − due.',
      minHistory === undefined
        ? 'No client is forecast with its own history.'
        : `Clients with ${minHistory} or more paid invoices are forecast with their own median.`,
    ],
  },
  ko: {
    title: (asOf) => `거래처별 입금 현황 (${proseDay(asOf, asOf, 'ko')} 기준)`,
    headings: () => ['거래처', '입금', '입금까지(일)', '지연(일)', '미수', '연체', '적용'],
    usesDefault: () => '기본값',
    usesHistory: (days) => `이력 ${days}일`,
    notes: (minHistory) => [
      '일수: 입금된 청구서의 중앙값 / 80번째 백분위 / 최댓값.',
      '입금까지 = 입금일 − 발행일, 지연 = 입금일 − 지급기일.',
      minHistory === undefined ? '거래처별 이력은 예측에 쓰지 않습니다.' : `입금된 청구서가 ${minHistory}건 이상인 거래처는 그 거래처의 중앙값으로 예측합니다.`,
    ],
  },
} satisfies Catalogue<ClientsMessages>;
