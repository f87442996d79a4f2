import type { Catalogue, MessageRef } from '../catalogue.js';
import { say } from '../catalogue.js';
import type { InputCellMessages } from './input-cells.js';
import { INPUT_CELLS } from './input-cells.js';

/** An amount cell's refusal (parseAmount's words), quoted by the messages below as part of theirs. */
export type CellRef = MessageRef<InputCellMessages>;

const DEFERRAL_HINT_EN = 'write the most days and the fee: "30d 50000" (a flat fee), "30d 1%" (a share of what is paid late), or "negotiated"';
const DEFERRAL_HINT_KO = '최대 일수와 수수료를 적으세요: "30d 50000"(정액 수수료), "30d 1%"(늦게 내는 금액에 대한 비율) 또는 "negotiated"(협의).';

/** What the expenses reader says of its own columns: `deferrable` (how a payment may be paid late) and `inputVat`. */
export interface InputExpenseMessages {
  notADeferral(): string;
  deferralHint(): string;
  deferralDays(days: number): string;
  deferralDaysHint(most: number): string;
  deferralFeeAbove(): string;
  /** The fee of a deferral that parseAmount refused, with parseAmount's words for why. */
  deferralFee(reason: CellRef): string;
  deferralNegativeFee(): string;
  /** parseAmount's hint for an inputVat cell, and the other way to write one. */
  inputVatAmountHint(hint: CellRef): string;
  inputVatAboveAmount(): string;
  inputVatAboveAmountHint(): string;
}

export const INPUT_EXPENSES = {
  en: {
    notADeferral: () => 'is not a deferral',
    deferralHint: () => DEFERRAL_HINT_EN,
    deferralDays: (days) => `has ${days} days`,
    deferralDaysHint: (most) => `a deferral is 1 to ${most} days late`,
    deferralFeeAbove: () => 'has a fee above 100 %',
    deferralFee: (reason) => `has a fee that ${say(INPUT_CELLS, 'en', reason)}`,
    deferralNegativeFee: () => 'has a negative fee',
    inputVatAmountHint: (hint) => `${say(INPUT_CELLS, 'en', hint)}; or write yes for the 10 % VAT inside the amount`,
    inputVatAboveAmount: () => "is not between 0 and the expense's amount",
    inputVatAboveAmountHint: () => 'write the VAT on the 세금계산서, yes for the 10 % inside the amount, or leave it empty',
  },
  ko: {
    notADeferral: () => '납부 연기 조건이 아닙니다.',
    deferralHint: () => DEFERRAL_HINT_KO,
    deferralDays: (days) => `연기 일수가 ${days}일입니다.`,
    deferralDaysHint: (most) => `납부 연기는 1일에서 ${most}일까지입니다.`,
    deferralFeeAbove: () => '수수료가 100%를 넘습니다.',
    deferralFee: (reason) => `수수료가 올바르지 않습니다: ${say(INPUT_CELLS, 'ko', reason)}`,
    deferralNegativeFee: () => '수수료가 음수입니다.',
    inputVatAmountHint: (hint) => `${say(INPUT_CELLS, 'ko', hint)} 금액 안의 부가세 10%라면 yes로 적어도 됩니다.`,
    inputVatAboveAmount: () => '0과 지출 금액 사이가 아닙니다.',
    inputVatAboveAmountHint: () => '세금계산서의 부가세를 적거나, 금액 안의 부가세 10%라면 yes로 적거나, 비워 두세요.',
  },
} satisfies Catalogue<InputExpenseMessages>;
