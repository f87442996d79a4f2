import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import { formatDay } from '../../domain/day.js';
import { beyondExactRange, formatMoney, MAX_MINOR } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';

/** What the invoice reader says about a row whose cells read but do not agree (dates, ids, currencies without a rate). */
export interface InputRowMessages {
  paidAfterAsOf(asOf: Day): string;
  paidAfterAsOfHint(): string;
  beforeIssued(issued: Day): string;
  paidBeforeIssuedHint(): string;
  dueBeforeIssuedHint(): string;
  paidOnRepeating(): string;
  paidOnRepeatingHint(): string;
  repeatsInvoice(line: number): string;
  repeatsInvoiceHint(): string;
  noRateFor(target: string, code: string, ids: string): string;
  noRateHint(target: string, code: string): string;
  everyInvoiceIn(count: number, target: string, code: string): string;
  everyInvoiceInHint(target: string, code: string): string;
  notAStatus(): string;
  notAStatusHint(): string;
  /**
   * A foreign amount the rate makes nothing of, or more than cashflow adds exactly: `minorUnits`, the integer digits
   * of the converted amount in `target` (a bigint past a Minor's range, kept as its digits so the reference is JSON).
   */
  convertsToZero(target: Currency, code: string): string;
  convertsToZeroHint(target: string, code: string): string;
  convertsBeyond(minorUnits: string, target: Currency): string;
  convertsBeyondHint(target: string, code: string): string;
}

export const INPUT_ROWS = {
  en: {
    paidAfterAsOf: (asOf) => `is after the as-of date ${formatDay(asOf)}`,
    paidAfterAsOfHint: () => 'a paid date records cash that has arrived: clear it if the invoice is still open, or check --as-of',
    beforeIssued: (issued) => `is before the issued date ${formatDay(issued)}`,
    paidBeforeIssuedHint: () => 'check the two dates: an invoice is paid on or after the day it is issued',
    dueBeforeIssuedHint: () => 'check the two dates; the due date must be on or after the issued date',
    paidOnRepeating: () => 'is set on a repeating invoice',
    paidOnRepeatingHint: () => 'list each paid occurrence as its own row, and keep the repeating row for the ones to come',
    repeatsInvoice: (line) => `repeats the invoice on line ${line}`,
    repeatsInvoiceHint: () => 'give every invoice its own id; a retainer is one row with repeat and until',
    noRateFor: (target, code, ids) => `has no exchange rate to ${target} (invoices in ${code}: ${ids})`,
    noRateHint: (target, code) => `give one with --fx ${code}=RATE (${target} per 1 ${code}) or an --fx-rates file`,
    everyInvoiceIn: (count, target, code) => `is the currency of every invoice (${count}), but the forecast is in ${target} and has no ${code} rate`,
    everyInvoiceInHint: (target, code) =>
      `forecast in ${code} with --currency ${code}, or convert with --fx ${code}=RATE (${target} per 1 ${code}) or an --fx-rates file`,
    notAStatus: () => 'is not an invoice status',
    notAStatusHint: () => 'use disputed (분쟁) or written-off (대손), or leave it blank for a normal invoice',
    convertsToZero: (target, code) => `converts to ${formatMoney(0n, target)} at the ${code} rate`,
    convertsToZeroHint: (target, code) => `check the rate (${target} per 1 ${code}, from --fx or --fx-rates): it is too small for this amount`,
    convertsBeyond: (minorUnits, target) => `converts to ${formatMoney(BigInt(minorUnits), target)}, ${beyondExactRange(target)}`,
    convertsBeyondHint: (target, code) => `check the amount and the ${code} rate (${target} per 1 ${code}) for a mistyped figure`,
  },
  ko: {
    paidAfterAsOf: (asOf) => `기준일(${formatDay(asOf)})보다 뒤입니다.`,
    paidAfterAsOfHint: () => '입금일은 이미 들어온 돈을 적는 칸입니다. 아직 미수인 청구서라면 비우고, 아니라면 --as-of를 확인하세요.',
    beforeIssued: (issued) => `발행일(${formatDay(issued)})보다 앞섭니다.`,
    paidBeforeIssuedHint: () => '두 날짜를 확인하세요. 청구서는 발행일이나 그 뒤에 입금됩니다.',
    dueBeforeIssuedHint: () => '두 날짜를 확인하세요. 지급기일은 발행일과 같거나 그 뒤여야 합니다.',
    paidOnRepeating: () => '반복 청구서에는 입금일을 적을 수 없습니다.',
    paidOnRepeatingHint: () => '입금된 회차는 각각 한 행으로 적고, 반복 행은 앞으로 올 회차에만 남기세요.',
    repeatsInvoice: (line) => `${line}번째 줄의 청구서와 id가 같습니다.`,
    repeatsInvoiceHint: () => '청구서마다 다른 id를 주세요. 정기 계약은 repeat와 until을 적은 한 행입니다.',
    noRateFor: (target, code, ids) => `${target} 환율이 없습니다(${code} 청구서: ${ids}).`,
    noRateHint: (target, code) => `--fx ${code}=RATE(1 ${code}당 ${target}) 또는 --fx-rates 파일로 환율을 주세요.`,
    everyInvoiceIn: (count, target, code) => `모든 청구서(${count}건)의 통화인데, 예측은 ${target} 기준이고 ${code} 환율이 없습니다.`,
    everyInvoiceInHint: (target, code) =>
      `--currency ${code}로 ${code} 기준 예측을 하거나, --fx ${code}=RATE(1 ${code}당 ${target}) 또는 --fx-rates 파일로 환산하세요.`,
    notAStatus: () => '청구서 상태가 아닙니다.',
    notAStatusHint: () => 'disputed(분쟁) 또는 written-off(대손)로 적거나, 보통 청구서라면 비워 두세요.',
    convertsToZero: (target, code) => `${code} 환율로 환산하면 ${amountText(0n, target, 'ko')}입니다.`,
    convertsToZeroHint: (target, code) => `환율(1 ${code}당 ${target}, --fx 또는 --fx-rates)을 확인하세요. 이 금액에 비해 너무 작습니다.`,
    convertsBeyond: (minorUnits, target) =>
      `환산하면 ${amountText(BigInt(minorUnits), target, 'ko')}으로, cashflow가 정확히 더할 수 있는 금액(${amountText(MAX_MINOR, target, 'ko')})을 넘습니다.`,
    convertsBeyondHint: (target, code) => `금액과 ${code} 환율(1 ${code}당 ${target})에 잘못 적은 숫자가 없는지 확인하세요.`,
  },
} satisfies Catalogue<InputRowMessages>;
