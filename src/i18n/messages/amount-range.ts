import type { Currency } from '../../domain/currency.js';
import { groupThousands, MAX_MINOR } from '../../domain/money.js';
import type { RangeLabel, RangeSubject, RangeWords } from '../../domain/range-words.js';
import { RANGE_WORDS } from '../../domain/range-words.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { say } from '../catalogue.js';
import { TAX_EVENTS } from './tax-events.js';

function subjectKo(subject: RangeSubject): string {
  if (subject.kind === 'forecast') return `시작 잔액, 버퍼와 예측 기간의 입출금 ${subject.events}건`;
  return `시작 잔액, 버퍼, 다른 입출금 ${subject.others}건과 시뮬레이션이 뽑는 미수 청구서 ${subject.invoices}건`;
}

function labelKo(label: RangeLabel): string {
  switch (label.kind) {
    case 'opening':
      return '시작 잔액';
    case 'buffer':
      return '버퍼';
    case 'row':
      return `${label.at}의 ${label.row === 'invoice' ? '청구서' : '지출'}`;
    default:
      return label.name === undefined ? label.description : say(TAX_EVENTS, 'ko', label.name);
  }
}

const limit = (currency: Currency) => amountText(MAX_MINOR, currency, 'ko');

/**
 * A total of the user's amounts too large to add exactly (AmountRangeError), in every language: English is the
 * domain's own (src/domain/range-words.ts), word for word what the error has always said.
 */
export const AMOUNT_RANGE = {
  en: RANGE_WORDS,
  ko: {
    sumsBeyond: (subject, total, currency) =>
      `${subjectKo(subject)}을 모두 양수로 더하면 ${amountText(total, currency, 'ko')}으로, cashflow가 정확히 더할 수 있는 한도(${limit(currency)})를 넘습니다.`,
    checkLargest: (label, amount, currency) => `잘못 입력한 금액이 없는지 확인하세요. 가장 큰 금액: ${labelKo(label)} ${amountText(amount, currency, 'ko')}`,
    vatBeyond: (year, half, currency) => `${year}년 ${half}기 부가세가 cashflow가 정확히 더할 수 있는 한도(${limit(currency)})를 넘습니다.`,
    checkVat: (year, half) => `${year}년 ${half}기에 발행한 과세 청구서에 잘못 입력한 금액이 없는지 확인하세요`,
    taxBeyond: (description, name) =>
      `${name === undefined ? description : say(TAX_EVENTS, 'ko', name)} 금액이 cashflow가 정확히 계산할 수 있는 범위를 넘습니다.`,
    checkBooks: () => '청구서와 지출에 잘못 입력한 금액이 없는지 확인하세요',
    cellBeyond: (cell, amount, limit, currency) =>
      `${cell}의 금액 ${amountText(amount, currency, 'ko')}은 통합 문서에 정확히 담을 수 있는 범위(유효숫자 15자리, ${amountText(limit, currency, 'ko')} 미만)를 넘습니다.`,
    checkAmounts: () => '잘못 입력한 금액이 없는지 확인하세요',
    sumBeyond: () => `금액의 합이 cashflow가 정확히 더할 수 있는 한도(최소 단위 ${groupThousands(String(MAX_MINOR))})를 넘습니다.`,
  },
} satisfies Catalogue<RangeWords>;
