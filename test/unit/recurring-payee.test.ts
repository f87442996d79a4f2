import { describe, expect, it } from 'vitest';
import { payeeOf } from '../../src/reconcile/payee.js';
import { guessCategory } from '../../src/reconcile/payee-category.js';

describe('payeeOf', () => {
  it.each([
    ['CMS자동이체', 'SK텔레콤(강남지점) 11월분', 'SK텔레콤', 'sk텔레콤'],
    ['체크카드', '스타벅스 강남지점', '스타벅스', '스타벅스'],
    ['넷플릭스1125', '', '넷플릭스', '넷플릭스'],
    ['(주)카카오', '체크카드 1234-****-****-5678', '카카오', '카카오'],
    ['', 'LG U+ 자동납부 *1234', 'LG U+', 'lgu+'],
    ['LGU+', '', 'LGU+', 'lgu+'],
    ['ＮＥＴＦＬＩＸ．ＣＯＭ', '신용카드', 'NETFLIX.COM', 'netflix.com'],
    ['신용카드 1234-****-****-5678', '스포티파이', '스포티파이', '스포티파이'],
    ['KG이니시스', '쿠팡(주) 2026.11', '쿠팡', '쿠팡'],
    ['지로', '국민건강보험공단', '국민건강보험공단', '국민건강보험공단'],
    ['', '1125 스포티파이', '스포티파이', '스포티파이'],
    ['AWS #12', '', 'AWS', 'aws'],
    ['(넷플릭스)', '', '넷플릭스', '넷플릭스'],
    ['11번가', '', '11번가', '11번가'],
    ['체크카드', '', '체크카드', '체크카드'],
  ])('%j / %j is paid to %j', (counterparty, memo, name, key) => {
    expect(payeeOf({ counterparty, memo })).toEqual({ name, key });
  });

  it('groups one payee written three ways', () => {
    const keys = [
      { counterparty: 'SK텔레콤', memo: 'CMS자동이체' },
      { counterparty: 'CMS', memo: 'SK텔레콤 2026.12' },
      { counterparty: 'sk 텔레콤 (강남지점)', memo: '' },
    ].map((row) => payeeOf(row).key);
    expect(new Set(keys)).toEqual(new Set(['sk텔레콤']));
  });
});

describe('guessCategory', () => {
  it.each([
    ['월세', 'rent'],
    ['사무실 임대료', 'rent'],
    ['SKT', 'phone'],
    ['KT', 'phone'],
    ['LG U+', 'phone'],
    ['삼성화재', 'insurance'],
    ['국민건강보험공단', 'insurance'],
    ['NETFLIX.COM', 'subscription'],
    ['Adobe Creative Cloud', 'subscription'],
    ['AWS', 'subscription'],
    ['신한카드 카드대금', 'card'],
    ['카드결제', 'card'],
  ])('%j is %j', (text, category) => {
    expect(guessCategory(text)).toBe(category);
  });

  it.each(['KTX 승차권', 'KT&G', 'SK에너지', '김회계 세무사', '스타벅스'])('%j has no category', (text) => {
    expect(guessCategory(text)).toBeUndefined();
  });
});
