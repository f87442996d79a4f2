import { describe, expect, it } from 'vitest';
import type { BridgeReason } from '../../src/bridge/bridge-reason.js';
import { because, reasonText } from '../../src/bridge/bridge-reason.js';
import { needOf } from '../../src/bridge/need.js';
import { priceAlone } from '../../src/bridge/price-option.js';
import { whyNotRecommendable } from '../../src/bridge/recommendable.js';
import { d, KRW, linkable, USD } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

const asOf = d('2026-12-01');

// Every reason of src/i18n/messages/bridge-reasons.ts with the text each language gives it, worked out by hand: the
// English is what --json printed before the reasons became ids (test/unit/pricing.test.ts and the e2e tests pin the
// same); the Korean writes amounts `800,000원`, days `12월 25일` (the year only outside the as-of year), rates `연 20%`.
const CASES: ReadonlyArray<readonly [BridgeReason, string, string]> = [
  [because('illegalForBroker'), 'illegal for the broker', '불법: 현금화 업자는 처벌 대상입니다'],
  [because('illegal'), 'illegal', '불법'],
  [because('contractVoid', 0.6), 'above 60 % a year: the contract is void', '연 60% 초과: 계약이 무효'],
  [because('contractVoid', undefined), 'above the cap a year: the contract is void', '무효가 되는 금리 초과: 계약이 무효'],
  [because('aboveCap', 0.2), 'above the legal maximum of 20 % a year', '법정 최고금리(연 20%) 초과'],
  [because('aboveCap', 0.279), 'above the legal maximum of 27.9 % a year', '법정 최고금리(연 27.9%) 초과'],
  [because('aboveCap', undefined), 'above the legal maximum of the cap a year', '법정 최고금리 초과'],
  [because('catalogueNote', '세무사와 먼저 상의'), '세무사와 먼저 상의', '비교용으로만 표시: 세무사와 먼저 상의'],
  [because('displayOnly'), 'display only (not recommendable in the catalogue)', '비교용으로만 표시'],
  [because('negotiated'), 'negotiated: ask the payee first; cashflow does not know the price', '협의 사항: 받는 쪽에 먼저 물어보세요. 비용은 알 수 없음'],
  [because('disabled'), 'disabled in the catalogue', '카탈로그에서 꺼 둠'],
  [because('notApproved'), 'not approved', '승인되지 않음'],
  [because('riskLevel', 3), 'risk level 3', '위험도 3'],
  [because('leadTime', 3, 1), 'needs 3 days to arrange; the window starts in 1', '준비에 3일 걸리는데 부족 기간은 1일 뒤 시작'],
  [
    because('dueAfterStart', d('2026-12-25'), d('2026-12-20'), asOf),
    'it is due on 2026-12-25: paying it late frees no cash for 2026-12-20',
    '납부기한이 12월 25일이라 늦게 내도 12월 20일에 쓸 돈이 생기지 않음',
  ],
  [because('cashAvailable', 800_000, KRW), 'over the limit: at most ₩800,000 of cash is available', '한도 초과: 최대 800,000원까지 받을 수 있음'],
  [
    because('invoiceAboveLeft', 3_300_000, 1_000_000, KRW),
    "over the limit: the invoice's ₩3,300,000 is above the ₩1,000,000 left",
    '한도 초과: 청구서 금액 3,300,000원이 남은 한도 1,000,000원보다 큼',
  ],
  [
    because('invoiceBelowMin', 600_000, 1_000_000, KRW),
    "the invoice's ₩600,000 is below the smallest it takes, ₩1,000,000",
    '청구서 금액 600,000원이 최소 금액 1,000,000원보다 적음',
  ],
  [
    because('belowSmallest', 5_000, 10_000, KRW),
    'over the limit: ₩5,000 is left, below the smallest amount of ₩10,000',
    '한도 초과: 남은 한도 5,000원이 최소 금액 10,000원보다 적음',
  ],
  [because('drawLimit', 800_000, KRW), 'over the limit: at most ₩800,000 can be drawn', '한도 초과: 최대 800,000원까지 인출 가능'],
  // Other currencies keep their sign in front in Korean too (src/i18n/amount-text.ts).
  [because('drawLimit', 150_050, USD), 'over the limit: at most $1,500.50 can be drawn', '한도 초과: 최대 $1,500.50까지 인출 가능'],
  [because('feesTakeAll'), 'the fees take all of the cash', '수수료를 빼면 받는 돈이 없음'],
  [because('repayInside', d('2027-01-04'), asOf), 'repayment on 2027-01-04 would fall inside the window', '상환일 2027년 1월 4일이 부족 기간 안에 있음'],
  [because('termTooShort', 10, 15), 'the term is at most 10 days; the window needs 15', '기간이 최대 10일인데 부족 기간을 넘기려면 15일 필요'],
  [because('needsInvoice'), 'needs an open invoice to draw on', '받을 청구서가 있어야 쓸 수 있음'],
  [
    because('invoiceIssuedLate', d('2027-01-05'), asOf),
    'the invoice is only issued on 2027-01-05, after the window starts',
    '청구서를 2027년 1월 5일에야 발행해 부족 기간 시작보다 늦음',
  ],
  [
    because('invoiceExpectedInside', d('2026-12-28'), asOf),
    'the invoice is expected on 2026-12-28, inside the window',
    '청구서 입금 예상일 12월 28일이 부족 기간 안에 있음',
  ],
];

describe('why an option cannot bridge a need, in words', () => {
  it.each(CASES)('%j: English for --json, Korean for the table', (reason, english, korean) => {
    expect(reasonText(reason, 'en')).toBe(english);
    expect(reasonText(reason, 'ko')).toBe(korean);
  });

  it('covers every reason id', () => {
    const ids = new Set(CASES.map(([reason]) => reason.id));
    expect(ids.size).toBe(23);
  });
});

describe('the bridge layer hands on ids, not words', () => {
  const need = needOf(d('2026-12-10'), new Array(10).fill(100_000), asOf);

  it('a term that ends inside the window: the repayment day and the as-of day, for the year', () => {
    const option = bridgeOption({ id: 'short', category: 'single_payment_loan', term: { kind: 'fixed_days', days: 5 }, charges: [interest(0.1)] });
    const quote = priceAlone(option, need, { currency: KRW });
    expect(quote.feasible ? undefined : quote.reason).toEqual({ id: 'repayInside', params: [d('2026-12-15'), asOf] });
  });

  it('an invoice-linked option without an invoice', () => {
    const option = bridgeOption({ id: 'early', category: 'early_payment_discount', term: { kind: 'until_invoice_paid' }, charges: [] });
    const quote = priceAlone(option, need, { currency: KRW });
    expect(quote.feasible ? undefined : quote.reason).toEqual({ id: 'needsInvoice', params: [] });
  });

  it('an invoice expected inside the window', () => {
    const option = bridgeOption({ id: 'early', category: 'early_payment_discount', term: { kind: 'until_invoice_paid' }, charges: [] });
    const invoice = linkable({ id: 'I', client: 'C', amount: 900_000, issued: d('2026-11-01'), expected: d('2026-12-15') });
    const quote = priceAlone(option, need, { currency: KRW, invoice });
    expect(quote.feasible ? undefined : quote.reason).toEqual({ id: 'invoiceExpectedInside', params: [d('2026-12-15'), asOf] });
  });

  it('a revolving line drawn past its limit names the limit in minor units and its currency', () => {
    const option = bridgeOption({
      id: 'line',
      category: 'revolving_line',
      amount: { basis: 'cash', min: 1, max: 80_000, step: 1 },
      term: { kind: 'flexible' },
      charges: [interest(0.065)],
    });
    const quote = priceAlone(option, need, { currency: KRW });
    expect(quote.feasible ? undefined : quote.reason).toEqual({ id: 'drawLimit', params: [80_000, KRW] });
  });

  it('what the law and the catalogue say of an option', () => {
    const disabled = bridgeOption({ id: 'off', category: 'single_payment_loan', charges: [], enabled: false });
    expect(whyNotRecommendable(disabled)).toEqual({ id: 'disabled', params: [] });
    const noted = bridgeOption({
      id: 'noted',
      category: 'single_payment_loan',
      charges: [],
      recommendable: false,
      legal: { status: 'legal', refs: [], note: '세무사와 먼저 상의' },
    });
    expect(whyNotRecommendable(noted)).toEqual({ id: 'catalogueNote', params: ['세무사와 먼저 상의'] });
    const broker = bridgeOption({
      id: 'cashout',
      category: 'micropayment_cashout',
      charges: [],
      recommendable: false,
      legal: { status: 'illegal_for_provider', refs: [] },
    });
    expect(whyNotRecommendable(broker)).toEqual({ id: 'illegalForBroker', params: [] });
  });
});
