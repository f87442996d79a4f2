import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';

/** `cashflow bridges --amount … --days …`: what one amount for some days costs with each option. */
export interface WhatIfMessages {
  title(amount: Minor, days: number, asOf: Day, currency: Currency): string;
  headings(): readonly [option: string, cost: string, repaid: string, apr: string, ear: string, note: string];
  held(days: number): string;
  notes(): readonly string[];
}

export const WHAT_IF = {
  en: {
    title: (amount, days, asOf, currency) => `What ${amountText(amount, currency, 'en')} for ${days} days really costs (as of ${proseDay(asOf, asOf, 'en')})`,
    headings: () => ['Option', 'Cost', 'Repaid (held)', 'APR', 'EAR', 'Note'],
    held: (days) => `${days} d`,
    notes: () => [
      'Cost is all repaid minus the cash received, up to the repayment day; d is the',
      'days the money is held. APR and EAR are on the cash actually received.',
      'Options marked in the note are never recommended.',
    ],
  },
  ko: {
    title: (amount, days, asOf, currency) => `${amountText(amount, currency, 'ko')}을 ${days}일 쓰면 실제로 드는 비용 (${proseDay(asOf, asOf, 'ko')} 기준)`,
    headings: () => ['방법', '비용', '상환일(기간)', '연이율', 'EAR', '비고'],
    held: (days) => `${days}일`,
    notes: () => [
      '비용은 상환일까지 갚는 돈 전부에서 실제로 받은 돈을 뺀 금액이고, 기간은 돈을',
      '쓰는 일수입니다. 연이율과 실질 연이율(EAR)은 실제로 받은 돈 기준입니다.',
      '비고에 표시된 방법은 어떤 경우에도 권하지 않습니다.',
    ],
  },
} satisfies Catalogue<WhatIfMessages>;
