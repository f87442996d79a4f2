import type { Catalogue } from '../catalogue.js';
import type { Lang } from '../lang.js';

/**
 * The names of the built-in bridging options for currencies other than KRW (src/bridge/default-catalogues.ts),
 * which the catalogue carries in English only: a Korean table names them in Korean. The JSON keeps the
 * catalogue's name, whatever the language.
 */
export interface OptionNameMessages {
  lineOfCredit(): string;
  cardCashAdvance(): string;
  earlyPaymentDiscount(): string;
  invoiceFactoring(): string;
  paydayLoan(): string;
  /** The payday loan's legal note, which a display-only option's reason quotes. */
  paydayNote(): string;
}

export const OPTION_NAMES = {
  en: {
    lineOfCredit: () => 'Personal line of credit / arranged overdraft',
    cardCashAdvance: () => 'Credit-card cash advance',
    earlyPaymentDiscount: () => 'Offer the client 2 % to pay now',
    invoiceFactoring: () => 'Invoice factoring (recourse)',
    paydayLoan: () => 'Payday loan',
    paydayNote: () => 'about 400 % a year: a debt trap',
  },
  ko: {
    lineOfCredit: () => '신용한도 대출',
    cardCashAdvance: () => '신용카드 현금서비스',
    earlyPaymentDiscount: () => '조기지급 할인 제안',
    invoiceFactoring: () => '매출채권 팩토링',
    paydayLoan: () => '페이데이론',
    paydayNote: () => '연 400% 안팎: 빚의 덫',
  },
} satisfies Catalogue<OptionNameMessages>;

const BUILT_IN: Readonly<Record<string, keyof OptionNameMessages>> = {
  'line-of-credit': 'lineOfCredit',
  'card-cash-advance': 'cardCashAdvance',
  'early-payment-discount': 'earlyPaymentDiscount',
  'invoice-factoring': 'invoiceFactoring',
  'payday-loan': 'paydayLoan',
};

/** The English name expense-levers gives an expenses row's deferral. */
const ROW_DEFERRAL = /^Pay (.+) late$/s;

/**
 * An option's name in `lang` where it has one: its own Korean name, or in Korean a built-in option's, as long as
 * the user's catalogue kept the built-in English name (an option renamed by the user keeps the user's name).
 */
export function localName(
  option: { readonly id: string; readonly name: { readonly en: string; readonly ko?: string | undefined } },
  lang: Lang,
): string | undefined {
  if (option.name.ko !== undefined || lang !== 'ko') return option.name.ko;
  // An expenses row's own deferral (src/bridge/expense-levers.ts) is named from its description; its English name
  // stays the JSON's, so the Korean one is made here.
  const row = ROW_DEFERRAL.exec(option.name.en);
  if (row !== null && option.id.startsWith('expense-deferral-')) return `${row[1]} 납부 연기`;
  const key = BUILT_IN[option.id];
  return key !== undefined && OPTION_NAMES.en[key]() === option.name.en ? OPTION_NAMES.ko[key]() : undefined;
}

/** A catalogue's note in `lang`: the built-in payday loan's in Korean, any other as the catalogue wrote it. */
export function localNote(note: string, lang: Lang): string {
  return lang === 'ko' && note === OPTION_NAMES.en.paydayNote() ? OPTION_NAMES.ko.paydayNote() : note;
}
