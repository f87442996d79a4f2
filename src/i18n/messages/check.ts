import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay, tableDay } from '../day-text.js';

/** A window starting soon, as `check` says it in one line. */
export interface SoonWindow {
  readonly start: Day;
  readonly peakGap: Minor;
  readonly days: number;
  readonly shortSince: Day | undefined;
  readonly currency: Currency;
  readonly asOf: Day;
}

/** How the window ends up: no plan (structural, or likely covered), covered earlier, or the cheapest plan. */
export type SoonOutcome =
  | { readonly kind: 'structural' }
  | { readonly kind: 'likely-covered' }
  | { readonly kind: 'covered-earlier' }
  | { readonly kind: 'plan'; readonly typical: boolean; readonly parts: readonly string[]; readonly total: Minor; readonly stillShort: Minor };

/** `cashflow check`: a line per window starting soon, after a stale balance's own line. */
export interface CheckMessages {
  window(window: SoonWindow, outcome: SoonOutcome): string;
  stale(message: string): string;
}

export const CHECK = {
  en: {
    window: (window, outcome) => {
      const won = (amount: Minor) => amountText(amount, window.currency, 'en');
      const since = window.shortSince === undefined ? '' : ` (short since ${tableDay(window.shortSince)})`;
      const what = `${tableDay(window.start)} short ${won(window.peakGap)} for ${window.days} days${since}`;
      if (outcome.kind === 'structural') return `${what}, structural: no loan fixes this`;
      if (outcome.kind === 'likely-covered') return `${what}, likely covered by work not yet invoiced`;
      if (outcome.kind === 'covered-earlier') return `${what}, covered by an earlier plan`;
      const still = outcome.stillShort > 0 ? `, still short ${won(outcome.stillShort)}` : '';
      return `${what}; ${outcome.typical ? 'cheapest with typical figures' : 'cheapest'}: ${outcome.parts.join(' + ')}, ${won(outcome.total)}${still}`;
    },
    stale: (message) => `stale: ${message}`,
  },
  ko: {
    window: (window, outcome) => {
      const won = (amount: Minor) => amountText(amount, window.currency, 'ko');
      const since = window.shortSince === undefined ? '' : ` (${proseDay(window.shortSince, window.asOf, 'ko')}부터 부족)`;
      const what = `${proseDay(window.start, window.asOf, 'ko')}부터 ${window.days}일간 최대 ${won(window.peakGap)} 부족${since}`;
      if (outcome.kind === 'structural') return `${what}. 구조적 적자로, 대출로는 해결되지 않습니다`;
      if (outcome.kind === 'likely-covered') return `${what}. 아직 청구하지 않은 일로 메워질 가능성이 큽니다`;
      if (outcome.kind === 'covered-earlier') return `${what}. 앞선 계획으로 메워집니다`;
      const still = outcome.stillShort > 0 ? `, 그래도 ${won(outcome.stillShort)} 부족` : '';
      const cheapest = outcome.typical ? '일반 조건 기준 최저 비용' : '최저 비용';
      return `${what}. ${cheapest}: ${outcome.parts.join(' + ')}, ${won(outcome.total)}${still}`;
    },
    stale: (message) => `잔액 확인 필요: ${message}`,
  },
} satisfies Catalogue<CheckMessages>;
