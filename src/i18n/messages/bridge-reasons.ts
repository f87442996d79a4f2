import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import { formatDay } from '../../domain/day.js';
import { formatMoney, minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';
import { localNote } from './option-names.js';

/**
 * Why an option cannot serve a need, or is never part of a plan: what the bridge layer decides, as an id and its
 * parameters (src/bridge/bridge-reason.ts). Amounts are plain minor units with their currency and days come with
 * the as-of day, so each language writes them its own way; the English is word for word what `--json` has always
 * printed (`reason`, `legal`), so the JSON never changes.
 */
export interface BridgeReasonMessages {
  // Why the option may not be part of a plan (src/bridge/recommendable.ts).
  illegalForBroker(): string;
  illegal(): string;
  /** Above the rate at which the contract is void; undefined when the catalogue gives no such rate. */
  contractVoid(rate: number | undefined): string;
  aboveCap(rate: number | undefined): string;
  /** The catalogue's own note on a display-only option: the user's words, shown as written. */
  catalogueNote(note: string): string;
  displayOnly(): string;
  /** An expenses row marked `negotiated`: the payee has to agree first, so there is no price. */
  negotiated(): string;
  disabled(): string;
  notApproved(): string;
  riskLevel(level: number): string;
  // Why the option cannot serve the need (src/bridge/price-option.ts, repay-day.ts).
  leadTime(leadTimeDays: number, startsInDays: number): string;
  dueAfterStart(due: Day, start: Day, asOf: Day): string;
  cashAvailable(amount: number, currency: Currency): string;
  invoiceAboveLeft(invoice: number, left: number, currency: Currency): string;
  /** An invoice-linked option's `min`: the invoice is too small to sell or discount. */
  invoiceBelowMin(invoice: number, min: number, currency: Currency): string;
  belowSmallest(left: number, smallest: number, currency: Currency): string;
  drawLimit(amount: number, currency: Currency): string;
  feesTakeAll(): string;
  repayInside(repay: Day, asOf: Day): string;
  termTooShort(maxDays: number, neededDays: number): string;
  needsInvoice(): string;
  invoiceIssuedLate(issued: Day, asOf: Day): string;
  invoiceExpectedInside(expected: Day, asOf: Day): string;
}

const enMoney = (amount: number, currency: Currency) => formatMoney(minor(amount), currency);
const koMoney = (amount: number, currency: Currency) => amountText(minor(amount), currency, 'ko');
// A legal rate as the law writes it, with no trailing zeros: 20 %, 27.9 %.
const lawRate = (rate: number) => Number((rate * 100).toFixed(2));
const enRate = (rate: number | undefined) => (rate === undefined ? 'the cap' : `${lawRate(rate)} %`);

export const BRIDGE_REASONS = {
  en: {
    illegalForBroker: () => 'illegal for the broker',
    illegal: () => 'illegal',
    contractVoid: (rate) => `above ${enRate(rate)} a year: the contract is void`,
    aboveCap: (rate) => `above the legal maximum of ${enRate(rate)} a year`,
    catalogueNote: (note) => note,
    displayOnly: () => 'display only (not recommendable in the catalogue)',
    negotiated: () => 'negotiated: ask the payee first; cashflow does not know the price',
    disabled: () => 'disabled in the catalogue',
    notApproved: () => 'not approved',
    riskLevel: (level) => `risk level ${level}`,
    leadTime: (lead, startsIn) => `needs ${lead} days to arrange; the window starts in ${startsIn}`,
    dueAfterStart: (due, start) => `it is due on ${formatDay(due)}: paying it late frees no cash for ${formatDay(start)}`,
    cashAvailable: (amount, currency) => `over the limit: at most ${enMoney(amount, currency)} of cash is available`,
    invoiceAboveLeft: (invoice, left, currency) => `over the limit: the invoice's ${enMoney(invoice, currency)} is above the ${enMoney(left, currency)} left`,
    invoiceBelowMin: (invoice, min, currency) => `the invoice's ${enMoney(invoice, currency)} is below the smallest it takes, ${enMoney(min, currency)}`,
    belowSmallest: (left, smallest, currency) =>
      `over the limit: ${enMoney(left, currency)} is left, below the smallest amount of ${enMoney(smallest, currency)}`,
    drawLimit: (amount, currency) => `over the limit: at most ${enMoney(amount, currency)} can be drawn`,
    feesTakeAll: () => 'the fees take all of the cash',
    repayInside: (repay) => `repayment on ${formatDay(repay)} would fall inside the window`,
    termTooShort: (max, needed) => `the term is at most ${max} days; the window needs ${needed}`,
    needsInvoice: () => 'needs an open invoice to draw on',
    invoiceIssuedLate: (issued) => `the invoice is only issued on ${formatDay(issued)}, after the window starts`,
    invoiceExpectedInside: (expected) => `the invoice is expected on ${formatDay(expected)}, inside the window`,
  },
  // Short notes in the style of a table's 비고 column: they end on a noun or -음/-함, not -습니다.
  ko: {
    illegalForBroker: () => '불법: 현금화 업자는 처벌 대상입니다',
    illegal: () => '불법',
    contractVoid: (rate) => (rate === undefined ? '무효가 되는 금리 초과: 계약이 무효' : `연 ${lawRate(rate)}% 초과: 계약이 무효`),
    aboveCap: (rate) => (rate === undefined ? '법정 최고금리 초과' : `법정 최고금리(연 ${lawRate(rate)}%) 초과`),
    // The user's note, after what it explains: it may be in any language, and the catalogue marks the option display-only.
    catalogueNote: (note) => `비교용으로만 표시: ${localNote(note, 'ko')}`,
    displayOnly: () => '비교용으로만 표시',
    negotiated: () => '협의 사항: 받는 쪽에 먼저 물어보세요. 비용은 알 수 없음',
    disabled: () => '카탈로그에서 꺼 둠',
    notApproved: () => '승인되지 않음',
    riskLevel: (level) => `위험도 ${level}`,
    leadTime: (lead, startsIn) => `준비에 ${lead}일 걸리는데 부족 기간은 ${startsIn}일 뒤 시작`,
    dueAfterStart: (due, start, asOf) => `납부기한이 ${proseDay(due, asOf, 'ko')}이라 늦게 내도 ${proseDay(start, asOf, 'ko')}에 쓸 돈이 생기지 않음`,
    cashAvailable: (amount, currency) => `한도 초과: 최대 ${koMoney(amount, currency)}까지 받을 수 있음`,
    invoiceAboveLeft: (invoice, left, currency) => `한도 초과: 청구서 금액 ${koMoney(invoice, currency)}이 남은 한도 ${koMoney(left, currency)}보다 큼`,
    invoiceBelowMin: (invoice, min, currency) => `청구서 금액 ${koMoney(invoice, currency)}이 최소 금액 ${koMoney(min, currency)}보다 적음`,
    belowSmallest: (left, smallest, currency) => `한도 초과: 남은 한도 ${koMoney(left, currency)}이 최소 금액 ${koMoney(smallest, currency)}보다 적음`,
    drawLimit: (amount, currency) => `한도 초과: 최대 ${koMoney(amount, currency)}까지 인출 가능`,
    feesTakeAll: () => '수수료를 빼면 받는 돈이 없음',
    repayInside: (repay, asOf) => `상환일 ${proseDay(repay, asOf, 'ko')}이 부족 기간 안에 있음`,
    termTooShort: (max, needed) => `기간이 최대 ${max}일인데 부족 기간을 넘기려면 ${needed}일 필요`,
    needsInvoice: () => '받을 청구서가 있어야 쓸 수 있음',
    invoiceIssuedLate: (issued, asOf) => `청구서를 ${proseDay(issued, asOf, 'ko')}에야 발행해 부족 기간 시작보다 늦음`,
    invoiceExpectedInside: (expected, asOf) => `청구서 입금 예상일 ${proseDay(expected, asOf, 'ko')}이 부족 기간 안에 있음`,
  },
} satisfies Catalogue<BridgeReasonMessages>;
