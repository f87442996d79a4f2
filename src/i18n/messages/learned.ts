import type { Currency } from '../../domain/currency.js';
import type { Minor } from '../../domain/money.js';
import type { Repeat } from '../../domain/recurrence.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';

/** Where the everyday spending a month came from: typed with --everyday, or the median of statement months. */
export type EverydayFrom = { readonly typed: true } | { readonly months: readonly string[] };

/** What the forecast learned from the statements: the everyday spending row, and the learned expenses table. */
export interface LearnedMessages {
  everydayLabel(): string;
  everydayValue(perMonth: Minor, currency: Currency, from: EverydayFrom): string;
  learnedTitle(count: number): string;
  learnedHeadings(): readonly [next: string, amount: string, repeat: string, payee: string, replaces: string];
  repeat(repeat: Repeat): string;
  /** The Replaces cell of a learned expense no row of the expenses file had. */
  newRow(): string;
}

const KO_REPEAT: Record<Repeat, string> = { none: '한 번', weekly: '매주', biweekly: '격주', monthly: '매월', quarterly: '분기마다', yearly: '매년' };

/** `2026-09` as Korean writes a month: `2026년 9월`. */
const koMonth = (month: string) => {
  const [year, number] = month.split('-');
  return `${year}년 ${Number(number)}월`;
};

export const LEARNED = {
  en: {
    everydayLabel: () => 'Everyday',
    everydayValue: (perMonth, currency, from) => {
      const source =
        'typed' in from
          ? '--everyday'
          : `median of ${from.months.length} statement month${from.months.length === 1 ? '' : 's'}, ${from.months[0]} … ${from.months[from.months.length - 1]}`;
      return `${amountText(perMonth, currency, 'en')} a month, spread over each day (${source})`;
    },
    learnedTitle: (count) => `Learned expenses (${count}): from the statement, in place of the rows they replace`,
    learnedHeadings: () => ['Next', 'Amount', 'Repeat', 'Payee', 'Replaces'],
    repeat: (repeat) => repeat,
    newRow: () => 'new',
  },
  ko: {
    everydayLabel: () => '생활비',
    everydayValue: (perMonth, currency, from) => {
      const source =
        'typed' in from
          ? '--everyday'
          : `거래내역 ${from.months.length}개월의 중앙값, ${koMonth(from.months[0]!)}~${koMonth(from.months[from.months.length - 1]!)}`;
      return `월 ${amountText(perMonth, currency, 'ko')}, 매일 나눠 반영 (${source})`;
    },
    learnedTitle: (count) => `거래내역에서 찾은 반복 지출 (${count}건): 같은 지출의 기존 행을 대신합니다`,
    learnedHeadings: () => ['다음 날짜', '금액', '반복', '받는 곳', '대신하는 행'],
    repeat: (repeat) => KO_REPEAT[repeat],
    newRow: () => '새 항목',
  },
} satisfies Catalogue<LearnedMessages>;
