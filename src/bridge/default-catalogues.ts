import type { Currency } from '../domain/currency.js';
import type { Lang } from '../i18n/lang.js';
import { CATALOGUE_NOTES, noteIn } from '../i18n/messages/catalogue-notes.js';
import { OPTION_NAMES } from '../i18n/messages/option-names.js';
import type { Catalogue } from '../read/catalogue-schema.js';

// Built-in bridge options with the typical figures of the domain brief (part B, §D3). Every figure is
// "typical — enter your own": `cashflow bridges --init` prints this catalogue for the user to edit.
// The notes are src/i18n/messages/catalogue-notes.ts, which `bridges --init` words in the run's language.
const NOTES = CATALOGUE_NOTES.en;

/** Korean options for a KRW forecast; amounts in won. */
export const KOREAN_CATALOGUE: Catalogue = {
  schemaVersion: 1,
  currency: 'KRW',
  jurisdiction: 'KR',
  sharedLimits: [],
  options: [
    {
      id: 'kr-overdraft',
      name: { en: 'Bank overdraft line', ko: '마이너스통장' },
      category: 'revolving_line',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: ['대부업법 시행령 제9조 (20 % cap)'] },
      risk: { level: 0, flags: [] },
      availability: { leadTimeDays: 0, requiresApproval: true, approved: true },
      // The headroom is the capacity alone (no smaller per-draw max), so an override of the limit is the whole change.
      amount: { basis: 'cash', min: 10_000, max: 1_000_000_000, step: 10_000, capacity: { limit: 3_000_000, used: 2_200_000, resets: 'never' } },
      term: { kind: 'flexible' },
      charges: [{ type: 'interest', annualRate: 0.065, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'round' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제9조' },
      sources: ['brief B4 (rate not verified)'],
      notes: NOTES.krOverdraft(),
    },
    {
      id: 'kr-emergency-line',
      name: { en: 'Internet-bank emergency credit line', ko: '비상금대출' },
      category: 'revolving_line',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: ['대부업법 시행령 제9조'] },
      risk: { level: 1, flags: ['credit_score'] },
      availability: { leadTimeDays: 0, requiresApproval: true, eligibility: ['SGI 서울보증 guarantee approval'] },
      amount: { basis: 'cash', min: 10_000, max: 3_000_000, step: 10_000 },
      term: { kind: 'flexible', maxDays: 365 },
      charges: [{ type: 'interest', annualRate: 0.099, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'round' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제9조' },
      sources: ['S28', 'S29'],
      notes: NOTES.krEmergencyLine(),
    },
    {
      id: 'kr-card-cash-advance',
      name: { en: 'Credit-card cash advance', ko: '신용카드 현금서비스' },
      category: 'card_cash_advance',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: ['대부업법 시행령 제9조 (20 % cap)'] },
      risk: { level: 1, flags: ['credit_score'] },
      availability: { leadTimeDays: 0, requiresApproval: false },
      amount: { basis: 'cash', min: 10_000, max: 1_500_000, step: 10_000 },
      // Korean issuers take a cash advance back any day before the bill (선결제, in the app or by phone), charging
      // the daily interest to that day only and no fee (domain brief B2).
      term: { kind: 'billing_cycle', closeDay: 'last', dueDay: 14, dueMonthOffset: 1, prepayable: true },
      charges: [{ type: 'interest', annualRate: 0.179, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'floor' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제9조' },
      sources: ['S25', 'S26', 'S27'],
      notes: NOTES.krCardCashAdvance(),
    },
    {
      id: 'kr-card-loan',
      name: { en: 'Card loan', ko: '카드론' },
      category: 'single_payment_loan',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: ['대부업법 시행령 제9조'] },
      risk: { level: 1, flags: ['credit_score'] },
      availability: { leadTimeDays: 0, requiresApproval: true, approved: true },
      amount: { basis: 'cash', min: 500_000, max: 3_000_000, step: 100_000 },
      term: { kind: 'flexible', maxDays: 365 },
      charges: [{ type: 'interest', annualRate: 0.1303, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'floor' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제9조' },
      sources: ['S25', 'S26'],
      notes: NOTES.krCardLoan(),
    },
    {
      id: 'kr-online-loan',
      name: { en: 'Registered online lender, short loan', ko: '온라인 단기대출(등록 대부업)' },
      category: 'single_payment_loan',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: ['대부업법 시행령 제5조 (20 %, fees count as interest)'] },
      risk: { level: 2, flags: ['credit_score'] },
      availability: { leadTimeDays: 1, requiresApproval: true },
      amount: { basis: 'cash', min: 500_000, max: 3_000_000, step: 100_000 },
      term: { kind: 'fixed_days', days: 60 },
      charges: [{ type: 'interest', annualRate: 0.12, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'floor' }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제5조, 제5조의2' },
      sources: ['S19'],
      notes: NOTES.krOnlineLoan(),
    },
    {
      id: 'kr-early-payment-discount',
      name: { en: 'Offer the client 2 % to pay now', ko: '조기지급 할인 제안' },
      category: 'early_payment_discount',
      enabled: true,
      recommendable: true,
      typical: true,
      legal: { status: 'legal', refs: [] },
      risk: { level: 1, flags: ['client_relationship'] },
      availability: { leadTimeDays: 3, requiresApproval: true },
      amount: { basis: 'face', min: 1, max: 1_000_000_000, step: 1 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
      sources: ['S17'],
      notes: NOTES.krEarlyPaymentDiscount(),
    },
    {
      id: 'kr-receivable-factoring',
      name: { en: 'Receivable factoring / 선정산', ko: '매출채권 팩토링·선정산' },
      category: 'receivable_finance',
      enabled: false,
      recommendable: true,
      typical: true,
      legal: { status: 'regulated', refs: [] },
      risk: { level: 1, flags: ['client_relationship'] },
      availability: { leadTimeDays: 2, requiresApproval: true, eligibility: ['사업자등록', 'B2B 세금계산서'] },
      amount: { basis: 'face', min: 1_000_000, max: 50_000_000, step: 1 },
      proceeds: { advanceRate: 0.8 },
      term: { kind: 'until_invoice_paid' },
      charges: [{ type: 'block_fee', pct: 0.015, of: 'face', blockDays: 30, timing: 'deduct_from_reserve' }],
      sources: ['S16', 'S30', 'S31'],
      notes: NOTES.krReceivableFactoring(),
    },
    {
      id: 'kr-micropayment-cashout',
      name: { en: 'Phone-bill micropayment cash-out via a broker', ko: '소액결제현금화' },
      category: 'micropayment_cashout',
      enabled: true,
      recommendable: false,
      typical: true,
      legal: {
        status: 'illegal_for_provider',
        refs: ['정보통신망법 제72조①4호: up to 3 years in prison or a 30,000,000 won fine for brokers'],
        note: 'illegal for the broker; scams and data theft are common (report: 1332, 182)',
      },
      risk: { level: 3, flags: ['scam', 'data_leak', 'service_suspension', 'credit_score', 'criminal_liability'] },
      availability: { leadTimeDays: 0, requiresApproval: false },
      amount: { basis: 'face', min: 10_000, max: 1_000_000, step: 10_000, capacity: { limit: 1_000_000, used: 0, resets: 'calendar_month' } },
      term: { kind: 'billing_cycle', closeDay: 'last', dueDay: 21, dueMonthOffset: 1 },
      charges: [{ type: 'haircut', pct: 0.2 }],
      regulatoryCap: { annualSimpleRate: 0.2, includesFees: true, voidAbove: 0.6, ref: '대부업법 시행령 제5조, 제5조의2' },
      sources: ['S18', 'S20', 'S21', 'S22', 'S24'],
      notes: NOTES.krMicropaymentCashout(),
    },
    {
      id: 'kr-tax-late-payment',
      name: { en: 'Pay national tax late', ko: '국세 납부 지연' },
      category: 'expense_deferral',
      enabled: false,
      recommendable: false,
      typical: true,
      legal: { status: 'legal', refs: ['국세기본법 제47조의4 (납부지연가산세)'] },
      risk: { level: 2, flags: ['tax_penalty'] },
      availability: { leadTimeDays: 0, requiresApproval: false },
      amount: { basis: 'cash', min: 1, max: 100_000_000, step: 1 },
      term: { kind: 'deferral', maxDays: 60 },
      // 국세기본법 제47조의4: from the day after the due date to the day of payment, both counted (30 days late: 30 days).
      // A tax billed on a notice (중간예납, 예정고지) also owes the one-off 3 % of ①3: added where the payment says so.
      charges: [{ type: 'late_fee', daily: 0.00022, dayCount: 'inclusive_end' }],
      linkedExpense: 'national_tax',
      sources: ['S51'],
      notes: NOTES.krTaxLatePayment(),
    },
    {
      id: 'kr-social-insurance-late',
      name: { en: 'Pay social insurance late', ko: '4대보험료 납부 지연' },
      category: 'expense_deferral',
      enabled: false,
      recommendable: false,
      typical: true,
      legal: { status: 'legal', refs: ['국민건강보험법 제80조 (연체금)', '국민연금법 제97조 (연체금)'] },
      risk: { level: 2, flags: ['late_fee'] },
      availability: { leadTimeDays: 0, requiresApproval: false },
      amount: { basis: 'cash', min: 1, max: 100_000_000, step: 1 },
      // Dues first due from 2020-01: 1/1,500 of the unpaid dues a day for the first 30 days, at most 2 %; past them
      // 1/6,000 a day more, at most 5 % in all. Only the first tier is modelled, so the term stops at 30 days.
      term: { kind: 'deferral', maxDays: 30 },
      charges: [{ type: 'late_fee', daily: 1 / 1500, dayCount: 'inclusive_end', cap: 0.02 }],
      linkedExpense: 'social_insurance',
      sources: ['http://www.docdocdoc.co.kr/news/articleView.html?idxno=1076124'],
      notes: NOTES.krSocialInsuranceLate(),
    },
  ],
};

/**
 * How many units of a currency buy about one US dollar, as a power of ten (log10 of the rate, rounded): the generic
 * catalogue is written in dollars, and a ¥2,000 credit line would be worth $13. Rough on purpose — the figures are
 * "typical, enter your own" — and only currencies far from the dollar are listed; the rest count as 10^0.
 */
const DOLLAR_MAGNITUDE: Readonly<Record<string, number>> = {
  JPY: 2, // ≈ 150
  INR: 2, // ≈ 83
  PHP: 2, // ≈ 56
  RUB: 2, // ≈ 90
  ISK: 2, // ≈ 138
  HUF: 3, // ≈ 360
  CLP: 3, // ≈ 900
  KZT: 3, // ≈ 450
  NGN: 3, // ≈ 1,500
  KRW: 3, // ≈ 1,390
  COP: 4, // ≈ 4,000
  IDR: 4, // ≈ 15,800
  VND: 4, // ≈ 25,000
};

/** A dollar amount of the generic catalogue in minor units of `currency`: scaled by its value, then its minor digits. */
export function dollarsIn(currency: Currency, dollars: number): number {
  return dollars * 10 ** ((DOLLAR_MAGNITUDE[currency.code] ?? 0) + currency.decimals);
}

/** Options for any other currency; amounts are written in dollars here and scaled to the currency (see dollarsIn). */
export function genericCatalogue(currency: Currency): Catalogue {
  const major = (amount: number) => dollarsIn(currency, amount);
  return {
    schemaVersion: 1,
    currency: currency.code,
    jurisdiction: 'OTHER',
    sharedLimits: [],
    options: [
      {
        id: 'line-of-credit',
        name: { en: OPTION_NAMES.en.lineOfCredit() },
        category: 'revolving_line',
        enabled: true,
        recommendable: true,
        typical: true,
        legal: { status: 'regulated', refs: [] },
        risk: { level: 0, flags: [] },
        availability: { leadTimeDays: 0, requiresApproval: true, approved: true },
        amount: { basis: 'cash', min: major(10), max: major(2_000), step: major(10) },
        term: { kind: 'flexible' },
        charges: [{ type: 'interest', annualRate: 0.12, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'round' }],
        sources: ['brief B10'],
        notes: NOTES.lineOfCredit(),
      },
      {
        id: 'card-cash-advance',
        name: { en: OPTION_NAMES.en.cardCashAdvance() },
        category: 'card_cash_advance',
        enabled: true,
        recommendable: true,
        typical: true,
        legal: { status: 'regulated', refs: ['Reg Z open-end credit'] },
        risk: { level: 1, flags: ['credit_score'] },
        availability: { leadTimeDays: 0, requiresApproval: false },
        amount: { basis: 'cash', min: major(20), max: major(1_000), step: major(20) },
        term: { kind: 'flexible' },
        charges: [
          { type: 'pct_fee', pct: 0.05, of: 'principal', min: major(10), timing: 'add_at_repay' },
          { type: 'interest', annualRate: 0.2999, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'round' },
        ],
        sources: ['S34', 'S35'],
        notes: NOTES.cardCashAdvance(),
      },
      {
        id: 'early-payment-discount',
        name: { en: OPTION_NAMES.en.earlyPaymentDiscount() },
        category: 'early_payment_discount',
        enabled: true,
        recommendable: true,
        typical: true,
        legal: { status: 'legal', refs: [] },
        risk: { level: 1, flags: ['client_relationship'] },
        availability: { leadTimeDays: 3, requiresApproval: true },
        amount: { basis: 'face', min: 1, max: major(10_000_000), step: 1 },
        term: { kind: 'until_invoice_paid' },
        charges: [{ type: 'discount', pct: 0.02, of: 'invoice_gross' }],
        sources: ['S17'],
        notes: NOTES.earlyPaymentDiscount(),
      },
      {
        id: 'invoice-factoring',
        name: { en: OPTION_NAMES.en.invoiceFactoring() },
        category: 'receivable_finance',
        enabled: false,
        recommendable: true,
        typical: true,
        legal: { status: 'regulated', refs: [] },
        risk: { level: 1, flags: ['client_relationship'] },
        availability: { leadTimeDays: 2, requiresApproval: true },
        amount: { basis: 'face', min: major(1_000), max: major(100_000), step: 1 },
        proceeds: { advanceRate: 0.85 },
        term: { kind: 'until_invoice_paid' },
        charges: [
          { type: 'pct_fee', pct: 0.05, of: 'face', timing: 'add_at_repay' },
          { type: 'flat_fee', amount: major(25), timing: 'deduct_at_draw' },
        ],
        sources: ['S16', 'S33'],
        notes: NOTES.invoiceFactoring(),
      },
      {
        id: 'payday-loan',
        name: { en: OPTION_NAMES.en.paydayLoan() },
        category: 'payday_loan',
        enabled: false,
        recommendable: false,
        typical: true,
        legal: { status: 'regulated', refs: ['state law; banned in some states'], note: OPTION_NAMES.en.paydayNote() },
        risk: { level: 3, flags: ['credit_score'] },
        availability: { leadTimeDays: 0, requiresApproval: true },
        amount: { basis: 'cash', min: major(50), max: major(1_000), step: major(1) },
        term: { kind: 'fixed_days', days: 14 },
        charges: [{ type: 'pct_fee', pct: 0.15, of: 'principal', timing: 'add_at_repay' }],
        sources: ['S14', 'S37'],
        notes: NOTES.paydayLoan(),
      },
    ],
  };
}

/**
 * The note `bridges --init` prints at the top of the catalogue: what "typical" means, and how to keep only one's
 * changes instead of the whole file.
 */
export function typicalComment(catalogue: Catalogue, lang: Lang = 'en'): string {
  return CATALOGUE_NOTES[lang].typicalComment(catalogue.options[0]?.id ?? 'option-id');
}

/** A catalogue with the built-in options' notes in `lang`, as `bridges --init` prints it for the user to edit. */
export function catalogueIn(catalogue: Catalogue, lang: Lang): Catalogue {
  return { ...catalogue, options: catalogue.options.map((option) => ({ ...option, notes: noteIn(option, lang) })) };
}

/** The built-in catalogue for a forecast currency: the Korean set for KRW, the generic set otherwise. */
export function defaultCatalogueInput(currency: Currency): Catalogue {
  return currency.code === 'KRW' ? KOREAN_CATALOGUE : genericCatalogue(currency);
}
