import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay, tableDay } from '../day-text.js';
import { TAX_FIGURES } from './tax-figures.js';

/** A national tax and its local part (지방소득세), as the working carries them. */
interface Pair {
  readonly national: number;
  readonly local: number;
}

/** What the tax calendar worked out, as far as the event carries it. */
export interface Working {
  readonly income?: number;
  readonly expenseRate?: number;
  readonly taxable?: number;
  readonly tax?: Pair;
  readonly withheld?: Pair;
  /** 중간예납 already paid for the year (national, and the local tax's share of it): credited by the return. */
  readonly interimPaid?: Pair;
  readonly deferred?: number;
  readonly overridden: boolean;
  /** The return's due day when it is not the event's own day. */
  readonly returnDue?: Day;
  /** VAT: the previous period's VAT a 예정고지 or 예정부과 halves; the output VAT a return settles. */
  readonly vatBasis?: number;
  readonly outputVat?: number;
  /** Insurance: the monthly income an estimated premium is rated on. */
  readonly monthlyIncome?: number;
  /** What the line's closing note says: an income-tax estimate, an insurance estimate, or the user's own figure. */
  readonly note: 'estimate' | 'insurance' | 'own';
}

/** The tax calendar's lines under the cash events of the forecast table. */
export interface TaxCalendarMessages {
  hint(): string;
  title(): string;
  working(working: Working, currency: Currency, asOf: Day): string;
  estimateLine(day: Day, description: string, working: string, note: Working['note']): string;
  warning(warning: string): string;
  unconfirmed(figures: readonly string[]): string;
  covered(day: Day, description: string, source: string, rowDay: Day): string;
}

/** The English the JSON and the ledger carry beside an estimate (they never change with the language). */
export const ESTIMATE_NOTE_EN = 'estimate — compare with 홈택스 모의계산';

function parts(working: Working, lang: 'en' | 'ko', currency: Currency, asOf: Day): string[] {
  // English keeps the ₩ figures its lines have always printed; Korean prose writes 원.
  const won = (amount: number) => amountText(amount as Minor, currency, lang);
  const ko = lang === 'ko';
  const pair = (value: Pair) => (ko ? `${won(value.national)} + 지방소득세 ${won(value.local)}` : `${won(value.national)} + ${won(value.local)} local`);
  const out: string[] = [];
  if (working.income !== undefined) {
    const rate = working.expenseRate === undefined ? '' : (working.expenseRate * 100).toFixed(1);
    if (ko) out.push(`수입 ${won(working.income)}${rate === '' ? '' : `(경비율 ${rate}%)`}`);
    else out.push(`income ${won(working.income)}${rate === '' ? '' : ` at ${rate} % expenses`}`);
  }
  if (working.taxable !== undefined) out.push(`${ko ? '과세표준' : 'taxable'} ${won(working.taxable)}`);
  if (working.tax !== undefined) out.push(`${ko ? '세액' : 'tax'} ${pair(working.tax)}`);
  if (working.withheld !== undefined) out.push(`${ko ? '원천징수' : 'withheld'} ${pair(working.withheld)}`);
  if (working.interimPaid !== undefined && working.interimPaid.national + working.interimPaid.local > 0)
    out.push(`${ko ? '중간예납' : '중간예납 paid'} ${pair(working.interimPaid)}`);
  if (working.deferred !== undefined && working.deferred > 0)
    out.push(ko ? `분납 ${won(working.deferred)}은 나중에 납부` : `분납 ${won(working.deferred)} deferred`);
  if (working.vatBasis !== undefined)
    out.push(ko ? `직전 기간 부가세 ${won(working.vatBasis)}의 절반` : `half of ${won(working.vatBasis)}, the period before's VAT`);
  if (working.outputVat !== undefined) out.push(ko ? `매출세액 ${won(working.outputVat)}` : `output VAT ${won(working.outputVat)}`);
  if (working.monthlyIncome !== undefined) out.push(ko ? `월 소득 ${won(working.monthlyIncome)} 기준` : `on ${won(working.monthlyIncome)} of monthly income`);
  if (working.overridden) out.push(ko ? '금액은 프로필에 입력한 값' : 'amount from the profile’s override');
  if (working.returnDue !== undefined) out.push(ko ? `신고기한 ${proseDay(working.returnDue, asOf, 'ko')}` : `return due ${tableDay(working.returnDue)}`);
  return out;
}

export const TAX_CALENDAR = {
  en: {
    hint: () =>
      'Tax: a May 종합소득세 or November 중간예납 falls in the horizon; add "tax" to cashflow.config.json to estimate it (README, "Korean tax calendar").',
    title: () => 'Tax estimates',
    working: (working, currency, asOf) => parts(working, 'en', currency, asOf).join(', '),
    estimateLine: (day, description, working, note) => {
      const closing = note === 'own' ? 'your own figure' : note === 'insurance' ? 'estimate — compare with your 고지서' : ESTIMATE_NOTE_EN;
      return ` ${tableDay(day)} ${description}${working === '' ? '' : `: ${working}`} — ${closing}`;
    },
    warning: (warning) => `warning: ${warning}`,
    unconfirmed: (figures) => `unconfirmed figures: ${figures.join(', ')}`,
    covered: (day, description, source, rowDay) => ` ${tableDay(day)} ${description}: not estimated — ${source} (${tableDay(rowDay)}) already stands for it`,
  },
  ko: {
    hint: () =>
      '세금: 예측 기간에 5월 종합소득세나 11월 중간예납이 있습니다. cashflow.config.json에 "tax"를 넣으면 금액을 추정합니다 (README의 "Korean tax calendar").',
    title: () => '세금 추정',
    working: (working, currency, asOf) => parts(working, 'ko', currency, asOf).join(', '),
    estimateLine: (day, description, working, note) => {
      const closing =
        note === 'own'
          ? '직접 입력한 금액입니다'
          : note === 'insurance'
            ? '추정치이니 공단 고지서로 확인해 보세요'
            : '추정치이니 홈택스 모의계산으로 확인해 보세요';
      return ` ${tableDay(day)} ${description}${working === '' ? '' : `: ${working}`}. ${closing}`;
    },
    warning: (warning) => `경고: ${warning}`,
    unconfirmed: (figures) => `확인되지 않은 수치: ${figures.map(TAX_FIGURES.ko.figure).join(', ')}`,
    covered: (day, description, source, rowDay) => ` ${tableDay(day)} ${description}: 추정하지 않음. ${source}(${tableDay(rowDay)}) 항목이 이미 이 세금입니다`,
  },
} satisfies Catalogue<TaxCalendarMessages>;
