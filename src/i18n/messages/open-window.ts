import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay, tableDay } from '../day-text.js';

/** What the user invoiced a month over whole months (the forecast's run-rate; i18n comes before forecast). */
interface RunRate {
  readonly perMonth: Minor;
  readonly months: number;
  readonly from: Day;
  readonly to: Day;
}

/** How a spending figure and a run-rate are written in a window's lines. */
interface Money {
  readonly currency: Currency;
  readonly asOf: Day;
}

/**
 * The shortfall window still open on the last horizon day: its Recovers cell, and its sentences, which the renderers
 * join into one paragraph (when it recovers after the horizon, or how the horizon's spending compares with what the
 * user invoices).
 */
export interface OpenWindowMessages {
  recoversAfterCell(day: Day): string;
  neverCell(): string;
  likelyCoveredCell(): string;
  recoversAfterHorizon(day: Day, invoice: string, client: string, asOf: Day): readonly string[];
  /** Structural, and no whole month of invoices to weigh the spending against. */
  structuralWithoutRunRate(spendingPerMonth: Minor, money: Money): readonly string[];
  structural(spendingPerMonth: Minor, rate: RunRate, money: Money): readonly string[];
  likelyCovered(spendingPerMonth: Minor, rate: RunRate, money: Money): readonly string[];
}

const enSpending = (amount: Minor, { currency }: Money) => `the horizon spends ${amountText(amount, currency, 'en')} a month`;
const enAverage = (rate: RunRate, { currency }: Money) => `you invoiced ${amountText(rate.perMonth, currency, 'en')} a month on average`;
const enMonths = (rate: RunRate) => `(${rate.months} month${rate.months === 1 ? '' : 's'}, ${tableDay(rate.from)} → ${tableDay(rate.to)})`;
const koSpending = (amount: Minor, { currency }: Money) => `예측 기간의 월 지출(${amountText(amount, currency, 'ko')})`;
const koAverage = (rate: RunRate, { currency, asOf }: Money) =>
  `평균 월 청구액(${amountText(rate.perMonth, currency, 'ko')}, ${rate.months}개월: ${proseDay(rate.from, asOf, 'ko')}~${proseDay(rate.to, asOf, 'ko')})`;
const KO_CUT = '지출을 줄이거나 수입을 늘리세요.';

export const OPEN_WINDOW = {
  en: {
    recoversAfterCell: (day) => `${tableDay(day)} (after)`,
    neverCell: () => 'never (structural)',
    likelyCoveredCell: () => 'likely covered',
    recoversAfterHorizon: (day, invoice, client) => [
      `Recovers on ${tableDay(day)}, after the horizon: a timing gap, not structural;`,
      `${invoice} (${client}) is expected then.`,
    ],
    structuralWithoutRunRate: (spending, money) => [
      `Structural: ${enSpending(spending, money)} and no whole month of invoices sets it off.`,
      'Cut costs or raise income.',
    ],
    structural: (spending, rate, money) => [
      `Structural: ${enSpending(spending, money)}, more than`,
      `${enAverage(rate, money)} ${enMonths(rate)}.`,
      'Cut costs or raise income.',
    ],
    likelyCovered: (spending, rate, money) => [
      `Likely covered by work not yet invoiced: ${enAverage(rate, money)}`,
      `${enMonths(rate)} and ${enSpending(spending, money)}.`,
      'List planned work as future-dated invoices to see the day it recovers.',
    ],
  },
  ko: {
    recoversAfterCell: (day) => `${tableDay(day)} (이후)`,
    neverCell: () => '회복 안 됨(구조적)',
    likelyCoveredCell: () => '메워질 가능성 큼',
    recoversAfterHorizon: (day, invoice, client, asOf) => [
      `${proseDay(day, asOf, 'ko')}, 예측 기간이 끝난 뒤에 회복됩니다.`,
      '구조적 부족이 아니라 입금 시점의 차이입니다.',
      `그날 ${invoice}(${client}) 입금이 예상됩니다.`,
    ],
    structuralWithoutRunRate: (spending, money) => [`구조적 부족: ${koSpending(spending, money)}을`, '메울 청구 이력이 한 달 치도 없습니다.', KO_CUT],
    structural: (spending, rate, money) => [`구조적 부족: ${koSpending(spending, money)}이`, `${koAverage(rate, money)}보다 많습니다.`, KO_CUT],
    likelyCovered: (spending, rate, money) => [
      '아직 청구하지 않은 일로 메워질 가능성이 큽니다.',
      `${koAverage(rate, money)}이`,
      `${koSpending(spending, money)} 이상입니다.`,
      '예정된 일을 미래 날짜의 청구서로 적으면 회복되는 날을 볼 수 있습니다.',
    ],
  },
} satisfies Catalogue<OpenWindowMessages>;
