import type { Catalogue } from '../catalogue.js';

/** The rule an invoice's expected day rests on: its client's history, or the default delay. */
export interface AssumptionMessages {
  history(medianDays: number, paidCount: number): string;
  defaultDelay(days: number): string;
}

export const ASSUMPTION = {
  en: {
    history: (medianDays, paidCount) => `history: median ${medianDays} d over ${paidCount} invoices`,
    defaultDelay: (days) => `default: ${days} d`,
  },
  ko: {
    history: (medianDays, paidCount) => `이력: 청구서 ${paidCount}건의 중앙값 ${medianDays}일`,
    defaultDelay: (days) => `기본값: ${days}일`,
  },
} satisfies Catalogue<AssumptionMessages>;
