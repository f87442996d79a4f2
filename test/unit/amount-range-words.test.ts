import { describe, expect, it } from 'vitest';
import { AmountRangeError, addMinor, MAX_MINOR, minor } from '../../src/domain/money.js';
import type { RangeWord } from '../../src/domain/range-words.js';
import { say } from '../../src/i18n/catalogue.js';
import { AMOUNT_RANGE } from '../../src/i18n/messages/amount-range.js';
import { KRW } from '../support/factories.js';

// Each message of a total too large to add exactly, in both languages, written out by hand. The English is what
// test/unit/exact-totals.test.ts and test/e2e/exact-totals.test.ts pin; the Korean writes won after the figure.
const CASES: ReadonlyArray<readonly [RangeWord, string, string]> = [
  [
    { id: 'sumsBeyond', params: [{ kind: 'forecast', events: 6 }, 18_000_000_000_000_000n, KRW] },
    'the opening balance, the buffer and the 6 cash events of the horizon add up to ₩18,000,000,000,000,000 (each taken as positive), more than cashflow can add exactly (₩9,007,199,254,740,991)',
    '시작 잔액, 버퍼와 예측 기간의 입출금 6건을 모두 양수로 더하면 18,000,000,000,000,000원으로, cashflow가 정확히 더할 수 있는 한도(9,007,199,254,740,991원)를 넘습니다.',
  ],
  [
    { id: 'sumsBeyond', params: [{ kind: 'simulation', others: 1, invoices: 2 }, 18_000_000_000_000_000n, KRW] },
    'the opening balance, the buffer, the 1 other cash event and the 2 open invoices the simulation draws add up to ₩18,000,000,000,000,000 (each taken as positive), more than cashflow can add exactly (₩9,007,199,254,740,991)',
    '시작 잔액, 버퍼, 다른 입출금 1건과 시뮬레이션이 뽑는 미수 청구서 2건을 모두 양수로 더하면 18,000,000,000,000,000원으로, cashflow가 정확히 더할 수 있는 한도(9,007,199,254,740,991원)를 넘습니다.',
  ],
  [
    { id: 'checkLargest', params: [{ kind: 'row', row: 'expense', at: 'expenses.csv:3' }, minor(9e15), KRW] },
    'check the largest, the expense at expenses.csv:3 (₩9,000,000,000,000,000), for a mistyped amount',
    '잘못 입력한 금액이 없는지 확인하세요. 가장 큰 금액: expenses.csv:3의 지출 9,000,000,000,000,000원',
  ],
  [
    { id: 'checkLargest', params: [{ kind: 'buffer' }, minor(9e15), KRW] },
    'check the largest, the buffer (₩9,000,000,000,000,000), for a mistyped amount',
    '잘못 입력한 금액이 없는지 확인하세요. 가장 큰 금액: 버퍼 9,000,000,000,000,000원',
  ],
  [
    { id: 'checkLargest', params: [{ kind: 'tax', description: 'VAT for 2026 H2', name: { id: 'vat', params: [2026, 2] } }, minor(9e15), KRW] },
    'check the largest, the VAT for 2026 H2 (₩9,000,000,000,000,000), for a mistyped amount',
    '잘못 입력한 금액이 없는지 확인하세요. 가장 큰 금액: 2026년 2기 부가세 9,000,000,000,000,000원',
  ],
  [
    { id: 'vatBeyond', params: [2026, 2, KRW] },
    'the VAT for 2026 H2 is more than cashflow can add exactly (₩9,007,199,254,740,991)',
    '2026년 2기 부가세가 cashflow가 정확히 더할 수 있는 한도(9,007,199,254,740,991원)를 넘습니다.',
  ],
  [
    { id: 'checkVat', params: [2026, 2] },
    'check the taxable invoices issued in 2026 H2 for a mistyped amount',
    '2026년 2기에 발행한 과세 청구서에 잘못 입력한 금액이 없는지 확인하세요',
  ],
  [
    { id: 'taxBeyond', params: ['종합소득세 2025', { id: 'incomeTax', params: [2025] }] },
    '종합소득세 2025 is more than cashflow can compute exactly',
    '2025년 귀속 종합소득세 금액이 cashflow가 정확히 계산할 수 있는 범위를 넘습니다.',
  ],
  [{ id: 'checkBooks', params: [] }, 'check the invoices and expenses for a mistyped amount', '청구서와 지출에 잘못 입력한 금액이 없는지 확인하세요'],
  [
    { id: 'cellBeyond', params: ['일별!B2 (시작 잔액)', minor(-1e15), minor(1e15), KRW] },
    '일별!B2 (시작 잔액) is -₩1,000,000,000,000,000, more than a workbook holds exactly (15 significant digits: less than ₩1,000,000,000,000,000)',
    '일별!B2 (시작 잔액)의 금액 -1,000,000,000,000,000원은 통합 문서에 정확히 담을 수 있는 범위(유효숫자 15자리, 1,000,000,000,000,000원 미만)를 넘습니다.',
  ],
  [{ id: 'checkAmounts', params: [] }, 'check the amounts for a mistyped one', '잘못 입력한 금액이 없는지 확인하세요'],
  [
    { id: 'sumBeyond', params: [] },
    'a sum of amounts is more than cashflow can add exactly (9,007,199,254,740,991 minor units)',
    '금액의 합이 cashflow가 정확히 더할 수 있는 한도(최소 단위 9,007,199,254,740,991)를 넘습니다.',
  ],
];

describe('a total too large to add exactly, in words', () => {
  it('a sum with no name of its own carries the words of its English message and hint', () => {
    const thrown = (() => {
      try {
        addMinor(minor(MAX_MINOR), minor(1));
      } catch (error) {
        return error as AmountRangeError;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(AmountRangeError);
    expect([thrown!.message, thrown!.hint]).toEqual([say(AMOUNT_RANGE, 'en', thrown!.words!.message), say(AMOUNT_RANGE, 'en', thrown!.words!.hint)]);
    expect(say(AMOUNT_RANGE, 'ko', thrown!.words!.message)).toBe(
      '금액의 합이 cashflow가 정확히 더할 수 있는 한도(최소 단위 9,007,199,254,740,991)를 넘습니다.',
    );
  });

  it.each(CASES.map(([word, english, korean], index) => [`${index + 1}. ${word.id}`, word, english, korean] as const))('%s', (_name, word, english, korean) => {
    expect(say(AMOUNT_RANGE, 'en', word)).toBe(english);
    expect(say(AMOUNT_RANGE, 'ko', word)).toBe(korean);
  });
});
