import type { Catalogue } from '../catalogue.js';

/**
 * What the JSON schemas say of a value they refuse: the config (src/read/config-schema.ts), its tax profile
 * (tax-profile-schema.ts) and the bridge catalogue (catalogue-schema.ts). The schemas hand zod the English
 * (`says` in src/read/zod.ts), so the reader finds the message again by it; each English is therefore one message.
 */
export interface InputSchemaMessages {
  // The config.
  unknownSetting(): string;
  wholeNumber(): string;
  currencyCode(): string;
  // The config's tax profile ("tax").
  wholeWon(): string;
  wholeWonOrZero(): string;
  decimalRate(): string;
  zeroOrMore(): string;
  atMostOneDecimal(): string;
  incomeKind(): string;
  /** The income: one kind, or a list of one or more. */
  incomeKinds(): string;
  monthlyOrEstimate(): string;
  notTaxKind(kinds: readonly string[]): string;
  vatKind(): string;
  expenseMethod(): string;
  industryCode(): string;
  wholePeople(): string;
  trueOrFalse(): string;
  notTaxKey(): string;
  // The bridge catalogue.
  wholeMinor(): string;
  notNegative(): string;
  tooLarge(): string;
  rateNumber(): string;
  rateAboveTen(): string;
  wholeDays(): string;
  roundingNone(): string;
  roundingKind(): string;
  haircutBelowOne(): string;
  belowOne(): string;
  notChargeType(): string;
  dayOfMonth(): string;
  notTermKind(): string;
  optionId(): string;
  notCategory(categories: readonly string[]): string;
  atLeastOne(): string;
  atMostFace(): string;
  aboveMax(): string;
  outsideMinMax(): string;
  illegalRecommendable(status: string): string;
  untilInvoicePaid(): string;
  discountCharge(): string;
  receivableProceeds(): string;
  mustBeOne(): string;
  isoCode(): string;
  repeatsId(id: string): string;
  noSharedLimit(id: string): string;
}

export const INPUT_SCHEMA = {
  en: {
    unknownSetting: () => 'is not a setting cashflow knows',
    wholeNumber: () => 'must be a whole number',
    currencyCode: () => 'must be a three-letter currency code such as KRW',
    wholeWon: () => 'must be a whole number of won',
    wholeWonOrZero: () => 'must be a whole number of won, 0 or more',
    decimalRate: () => 'must be a decimal rate such as 0.641',
    zeroOrMore: () => 'must be 0 or more',
    atMostOneDecimal: () => 'must be at most 1 (a decimal: 0.641 for 64.1 %)',
    incomeKind: () => 'must be "business" (사업소득 3.3 %) or "other" (기타소득 8.8 %)',
    incomeKinds: () => 'must be "business" (사업소득 3.3 %), "other" (기타소득 8.8 %) or a list of them such as ["business", "other"]',
    monthlyOrEstimate: () => 'must be a monthly amount in won or "estimate"',
    notTaxKind: (kinds) => `is not a tax event kind: use ${kinds.join(', ')}`,
    vatKind: () => 'must be "none", "general" or "simplified"',
    expenseMethod: () => 'must be "simple", "standard" or "actual"',
    industryCode: () => 'must be a six-digit 업종코드 such as 940909',
    wholePeople: () => 'must be a whole number of people',
    trueOrFalse: () => 'must be true or false',
    notTaxKey: () => 'is not a tax profile key',
    wholeMinor: () => 'must be a whole number of minor units (won, cents)',
    notNegative: () => 'must not be negative',
    tooLarge: () => 'is too large',
    rateNumber: () => 'must be a number (a decimal fraction: 0.179 for 17.9 %)',
    rateAboveTen: () => 'is above 10 (1,000 %): write rates as decimal fractions, 0.179 for 17.9 %',
    wholeDays: () => 'must be a whole number of days',
    roundingNone: () => 'cannot be honoured: charges are whole minor units; use round (half up), floor or floor10',
    roundingKind: () => 'must be round, floor or floor10',
    haircutBelowOne: () => 'must be below 1: a haircut of 100 % leaves no cash',
    belowOne: () => 'must be below 1',
    notChargeType: () => 'is not a known charge type: use interest, pct_fee, flat_fee, block_fee, haircut, discount, late_fee or prepayment_fee',
    dayOfMonth: () => 'must be a day of the month, 1–31',
    notTermKind: () => 'is not a known term kind: use flexible, fixed_days, billing_cycle, until_invoice_paid, installments or deferral',
    optionId: () => 'must be 3–64 lower-case letters, digits or hyphens',
    notCategory: (categories) => `is not a known category: use one of ${categories.join(', ')}`,
    atLeastOne: () => 'must be at least 1',
    atMostFace: () => 'must be at most 1 (100 % of face)',
    aboveMax: () => 'is above amount.max',
    outsideMinMax: () => 'is outside amount.min … amount.max',
    illegalRecommendable: (status) => `cannot be true for an option whose legal.status is "${status}": cashflow never recommends an illegal option`,
    untilInvoicePaid: () => 'until_invoice_paid needs category receivable_finance or early_payment_discount',
    discountCharge: () => 'a discount charge belongs to an early_payment_discount option',
    receivableProceeds: () => 'receivable finance needs proceeds.advanceRate (e.g. 0.8)',
    mustBeOne: () => 'must be 1',
    isoCode: () => 'must be an ISO 4217 code such as KRW',
    repeatsId: (id) => `repeats the id "${id}"`,
    noSharedLimit: (id) => `names no entry of sharedLimits ("${id}")`,
  },
  ko: {
    unknownSetting: () => 'cashflow가 모르는 설정입니다.',
    wholeNumber: () => '0 이상의 정수여야 합니다.',
    currencyCode: () => 'KRW처럼 세 글자 통화 코드여야 합니다.',
    wholeWon: () => '원 단위 정수여야 합니다.',
    wholeWonOrZero: () => '0 이상의 원 단위 정수여야 합니다.',
    decimalRate: () => '0.641처럼 소수로 적은 비율이어야 합니다.',
    zeroOrMore: () => '0 이상이어야 합니다.',
    atMostOneDecimal: () => '1 이하여야 합니다(소수로: 64.1%는 0.641).',
    incomeKind: () => '"business"(사업소득 3.3%) 또는 "other"(기타소득 8.8%)여야 합니다.',
    incomeKinds: () => '"business"(사업소득 3.3%), "other"(기타소득 8.8%) 또는 ["business", "other"] 같은 그 목록이어야 합니다.',
    monthlyOrEstimate: () => '월 금액(원)이나 "estimate"여야 합니다.',
    notTaxKind: (kinds) => `세금 일정의 종류가 아닙니다. ${kinds.join(', ')} 중 하나를 쓰세요.`,
    vatKind: () => '"none"(부가세 없음), "general"(일반과세자), "simplified"(간이과세자) 중 하나여야 합니다.',
    expenseMethod: () => '"simple"(단순경비율), "standard"(기준경비율), "actual"(장부의 실제 경비) 중 하나여야 합니다.',
    industryCode: () => '940909처럼 여섯 자리 업종코드여야 합니다.',
    wholePeople: () => '사람 수는 정수여야 합니다.',
    trueOrFalse: () => 'true 또는 false여야 합니다.',
    notTaxKey: () => '세금 프로필에 없는 항목입니다.',
    wholeMinor: () => '최소 단위(원, 센트)의 정수여야 합니다.',
    notNegative: () => '음수일 수 없습니다.',
    tooLarge: () => '너무 큽니다.',
    rateNumber: () => '숫자여야 합니다(소수로: 17.9%는 0.179).',
    rateAboveTen: () => '10(1,000%)을 넘습니다. 율은 소수로 적으세요: 17.9%는 0.179.',
    wholeDays: () => '일수는 정수여야 합니다.',
    roundingNone: () =>
      '반올림 없이는 계산할 수 없습니다. 비용은 최소 단위의 정수로 냅니다. round(반올림), floor(버림), floor10(10 단위 버림) 중 하나를 쓰세요.',
    roundingKind: () => 'round, floor, floor10 중 하나여야 합니다.',
    haircutBelowOne: () => '1보다 작아야 합니다. 100%를 깎으면 받을 돈이 없습니다.',
    belowOne: () => '1보다 작아야 합니다.',
    notChargeType: () => '모르는 비용 종류입니다. interest, pct_fee, flat_fee, block_fee, haircut, discount, late_fee, prepayment_fee 중 하나를 쓰세요.',
    dayOfMonth: () => '1–31 사이의 날짜여야 합니다.',
    notTermKind: () => '모르는 상환 조건입니다. flexible, fixed_days, billing_cycle, until_invoice_paid, installments, deferral 중 하나를 쓰세요.',
    optionId: () => '소문자, 숫자, 하이픈으로 3–64자여야 합니다.',
    notCategory: (categories) => `모르는 분류입니다. ${categories.join(', ')} 중 하나를 쓰세요.`,
    atLeastOne: () => '1 이상이어야 합니다.',
    atMostFace: () => '1(액면의 100%) 이하여야 합니다.',
    aboveMax: () => 'amount.max보다 큽니다.',
    outsideMinMax: () => 'amount.min … amount.max 범위를 벗어납니다.',
    illegalRecommendable: (status) => `legal.status가 "${status}"인 방법에는 true를 쓸 수 없습니다. cashflow는 불법인 방법을 절대 권하지 않습니다.`,
    untilInvoicePaid: () => 'until_invoice_paid는 category가 receivable_finance나 early_payment_discount인 방법에만 씁니다.',
    discountCharge: () => 'discount 비용은 early_payment_discount 방법에만 붙습니다.',
    receivableProceeds: () => '매출채권 양도(receivable_finance)에는 proceeds.advanceRate(예: 0.8)가 있어야 합니다.',
    mustBeOne: () => '1이어야 합니다.',
    isoCode: () => 'KRW처럼 ISO 4217 코드여야 합니다.',
    repeatsId: (id) => `앞의 방법과 id가 같습니다("${id}").`,
    noSharedLimit: (id) => `sharedLimits에 없는 항목을 가리킵니다("${id}").`,
  },
} satisfies Catalogue<InputSchemaMessages>;
