import type { Catalogue } from '../catalogue.js';
import type { Lang } from '../lang.js';

/**
 * The notes of the built-in bridge catalogues (src/bridge/default-catalogues.ts) and the comment `bridges --init`
 * puts at the top of the file it prints, for the user to read while editing. English is word for word the
 * catalogue's own notes, which --json carries whatever the language; `bridges --init` prints the Korean ones in a
 * Korean run. Each note is one option's, by id (NOTE_OF).
 */
export interface CatalogueNoteMessages {
  typicalComment(firstId: string): string;
  krOverdraft(): string;
  krEmergencyLine(): string;
  krCardCashAdvance(): string;
  krCardLoan(): string;
  krOnlineLoan(): string;
  krEarlyPaymentDiscount(): string;
  krReceivableFactoring(): string;
  krMicropaymentCashout(): string;
  krTaxLatePayment(): string;
  krSocialInsuranceLate(): string;
  lineOfCredit(): string;
  cardCashAdvance(): string;
  earlyPaymentDiscount(): string;
  invoiceFactoring(): string;
  paydayLoan(): string;
}

const TYPICAL_EN = 'Typical figure from public sources — enter your own.';
const TYPICAL_KO = '공개 자료의 일반적인 수치이니 내 조건을 입력하세요.';

export const CATALOGUE_NOTES = {
  en: {
    typicalComment: (first) =>
      'Every option says "typical": true: its figures (limit, used, rate, approval) are typical ones from public sources, ' +
      'not yours, and a plan that uses it says so. Enter your own and set "typical" to false; delete what you do not have. ' +
      `Or keep only your changes: {"extends": "defaults", "options": [{"id": "${first}", "enabled": false}]}.`,
    krOverdraft: () => `Interest only on the drawn balance, day by day. ${TYPICAL_EN}`,
    krEmergencyLine: () => `Published range about 4.4–15 % (Kakao, Toss), limit 0.5–3 million. ${TYPICAL_EN}`,
    krCardCashAdvance: () => `Average 17.5–17.9 % (2025). Repaid early (선결제) the day after the window, else on the card's next payment day. ${TYPICAL_EN}`,
    krCardLoan: () => `Average 13–14 % (2025); minimum draw is illustrative. ${TYPICAL_EN}`,
    krOnlineLoan: () => `Rate illustrative: enter the offer. Anything above 20 % a year all-in is illegal. ${TYPICAL_EN}`,
    krEarlyPaymentDiscount: () => `Applies to each open invoice; the cost runs to the date the client would really pay. ${TYPICAL_EN}`,
    krReceivableFactoring: () => `Needs a business registration and a tax invoice; enable it if you qualify. ${TYPICAL_EN}`,
    krMicropaymentCashout: () =>
      'Shown for its true cost only, never proposed. Haircuts of 30–50 % are reported by the FSS; carrier limit up to 1,000,000 a month.',
    krTaxLatePayment: () =>
      'Priced against each tax payment (category tax or 세금) in the window: 0.022 % a day on the unpaid part, plus 3 % once for a tax billed on a notice. Before paying late, ask the tax office for a 납부기한 연장 (국세징수법 제13조): granted, it costs no 가산세.',
    krSocialInsuranceLate: () =>
      'Priced against each 건강보험 or 국민연금 payment (category insurance) in the window: 1/1,500 a day, at most 2 % in the first 30 days.',
    lineOfCredit: () => TYPICAL_EN,
    cardCashAdvance: () => `No grace period: interest from the day of the advance. ${TYPICAL_EN}`,
    earlyPaymentDiscount: () => TYPICAL_EN,
    invoiceFactoring: () => `Enable it if a factor will buy your invoices. ${TYPICAL_EN}`,
    paydayLoan: () => 'Shown for its true cost only.',
  },
  ko: {
    typicalComment: (first) =>
      '모든 방법에 "typical": true가 적혀 있습니다. 한도, 사용액, 금리, 승인 여부가 내 조건이 아니라 공개 자료의 일반적인 수치라는 뜻이고, ' +
      '이를 쓰는 계획에도 그렇게 표시됩니다. 내 조건을 입력하고 "typical"을 false로 바꾸세요. 없는 방법은 지우세요. ' +
      `바꾼 것만 남겨도 됩니다: {"extends": "defaults", "options": [{"id": "${first}", "enabled": false}]}.`,
    krOverdraft: () => `쓴 금액에만 하루 단위로 이자가 붙습니다. ${TYPICAL_KO}`,
    krEmergencyLine: () => `공시 금리 약 4.4–15%(카카오뱅크, 토스뱅크), 한도 50만–300만 원. ${TYPICAL_KO}`,
    krCardCashAdvance: () => `평균 17.5–17.9%(2025년). 부족 기간 다음 날 선결제로 갚고, 아니면 다음 카드 결제일에 갚습니다. ${TYPICAL_KO}`,
    krCardLoan: () => `평균 13–14%(2025년). 최소 인출액은 예시입니다. ${TYPICAL_KO}`,
    krOnlineLoan: () => `금리는 예시이니 받은 조건을 입력하세요. 수수료를 포함해 연 20%를 넘으면 불법입니다. ${TYPICAL_KO}`,
    krEarlyPaymentDiscount: () => `미수 청구서마다 적용되고, 비용은 거래처가 실제로 입금했을 날까지로 계산합니다. ${TYPICAL_KO}`,
    krReceivableFactoring: () => `사업자등록과 세금계산서가 필요합니다. 해당되면 켜세요. ${TYPICAL_KO}`,
    krMicropaymentCashout: () =>
      '실제 비용을 보여 주려고 표시할 뿐 제안하지 않습니다. 금융감독원에 따르면 수수료가 30–50%이고, 통신사 한도는 월 100만 원까지입니다.',
    krTaxLatePayment: () =>
      '부족 기간 안의 세금 납부(분류 tax 또는 세금)마다 계산합니다: 미납액에 하루 0.022%, 고지된 세금이면 3%를 한 번 더 냅니다. 늦게 내기 전에 세무서에 납부기한 연장(국세징수법 제13조)을 신청하세요. 승인되면 가산세가 없습니다.',
    krSocialInsuranceLate: () => '부족 기간 안의 건강보험·국민연금 납부(분류 insurance)마다 계산합니다: 하루 1/1,500, 처음 30일은 최대 2%.',
    lineOfCredit: () => TYPICAL_KO,
    cardCashAdvance: () => `유예 기간 없이 현금서비스를 받은 날부터 이자가 붙습니다. ${TYPICAL_KO}`,
    earlyPaymentDiscount: () => TYPICAL_KO,
    invoiceFactoring: () => `청구서를 사 줄 팩토링 회사가 있으면 켜세요. ${TYPICAL_KO}`,
    paydayLoan: () => '실제 비용을 보여 주려고 표시할 뿐입니다.',
  },
} satisfies Catalogue<CatalogueNoteMessages>;

/** The note of each built-in option, by its id. */
const NOTE_OF: Readonly<Record<string, Exclude<keyof CatalogueNoteMessages, 'typicalComment'>>> = {
  'kr-overdraft': 'krOverdraft',
  'kr-emergency-line': 'krEmergencyLine',
  'kr-card-cash-advance': 'krCardCashAdvance',
  'kr-card-loan': 'krCardLoan',
  'kr-online-loan': 'krOnlineLoan',
  'kr-early-payment-discount': 'krEarlyPaymentDiscount',
  'kr-receivable-factoring': 'krReceivableFactoring',
  'kr-micropayment-cashout': 'krMicropaymentCashout',
  'kr-tax-late-payment': 'krTaxLatePayment',
  'kr-social-insurance-late': 'krSocialInsuranceLate',
  'line-of-credit': 'lineOfCredit',
  'card-cash-advance': 'cardCashAdvance',
  'early-payment-discount': 'earlyPaymentDiscount',
  'invoice-factoring': 'invoiceFactoring',
  'payday-loan': 'paydayLoan',
};

/** A built-in option's note in `lang`; any other note (an option the user wrote or changed) as it is. */
export function noteIn(option: { readonly id: string; readonly notes?: string | undefined }, lang: Lang): string | undefined {
  const key = NOTE_OF[option.id];
  if (key === undefined || option.notes !== CATALOGUE_NOTES.en[key]()) return option.notes;
  return CATALOGUE_NOTES[lang][key]();
}
