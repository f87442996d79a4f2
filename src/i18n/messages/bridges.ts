import type { Currency } from '../../domain/currency.js';
import type { Day } from '../../domain/day.js';
import type { Minor } from '../../domain/money.js';
import { amountText } from '../amount-text.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay, tableDay } from '../day-text.js';
import { aprText, earText, percentText } from '../rate-text.js';

/** How a window's amounts and days are written: in its currency, with days relative to the as-of year. */
export interface Prose {
  readonly currency: Currency;
  readonly asOf: Day;
}

/** How a plan part takes its cash: a revolving line drawn as needed, an invoice paid early, or cash at once. */
export type DrawKind = 'drawn' | 'paid-early' | 'cash';

/** The bridging of each window (the forecast table) and the option labels `check` and `bridges` share. */
export interface BridgesMessages {
  /** The Korean name when the catalogue has one; in English both, as today. */
  optionName(en: string, ko: string | undefined): string;
  withInvoice(name: string, invoiceId: string): string;
  cost(cost: Minor, apr: number, ear: number, prose: Prose): string;
  applying(approval: 'none' | 'assumed' | 'needed', leadTimeDays: number): string;
  offer(client: string, pct: number, cost: Minor, invoiceId: string, expected: Day, prose: Prose): string;
  draw(kind: DrawKind, cash: Minor, drawDate: Day, repayDate: Day, prose: Prose): string;
  /** A deferral in the plan: which payment waits, how much of it, and until when — not a loan's cash. */
  payLater(description: string, cash: Minor, due: Day, paid: Day, prose: Prose): string;
  notRecommended(): string;
  wouldCost(cost: string): string;
  heading(start: Day, end: Day, peak: Minor, afterEarlier: boolean, prose: Prose): string;
  structural(): readonly string[];
  noRepayment(): string;
  coveredByEarlier(): string;
  /** A plan of no part that still leaves a gap: nothing available covers any of the window. */
  nothingCovers(): string;
  cheapest(total: string): string;
  typicalFigures(): string;
  stillShort(gap: Minor, prose: Prose): string;
  nextBest(label: string): string;
  askEarly(offer: string): string;
  askEarlyWhy(apr: number, needed: boolean, planCost: Minor, prose: Prose): string;
  /** A total in the cheapest-plan line, before it is made bold. */
  total(amount: Minor, prose: Prose): string;
  payLate(label: string, description: string, due: Day, prose: Prose): string;
  payLateCost(cash: Minor, paid: Day, cost: Minor, days: number, prose: Prose): string;
  payLateNegotiated(cash: Minor, paid: Day, prose: Prose): string;
  taxExtension(): string;
  enableIt(why: string, optionId: string): readonly string[];
}

const enMoney = (amount: Minor, { currency }: Prose) => amountText(amount, currency, 'en');
const koMoney = (amount: Minor, { currency }: Prose) => amountText(amount, currency, 'ko');
const koDay = (day: Day, { asOf }: Prose) => proseDay(day, asOf, 'ko');

export const BRIDGES = {
  en: {
    optionName: (en, ko) => (ko === undefined ? en : en.length <= 36 ? `${ko} (${en})` : ko),
    withInvoice: (name, invoiceId) => `${name}, invoice ${invoiceId}`,
    cost: (cost, apr, ear, prose) => `${enMoney(cost, prose)} · ${aprText(apr, 'en')} · ${earText(ear, 'en')}`,
    applying: (approval, lead) => {
      const ask = approval === 'none' ? 'no approval needed' : approval === 'assumed' ? 'approval (assumed by the typical figures)' : 'needs approval';
      const cash = lead === 0 ? 'cash the same day' : `cash ${lead} day${lead === 1 ? '' : 's'} after you ask`;
      return `to apply: ${ask}; ${cash}`;
    },
    offer: (client, pct, cost, id, expected, prose) =>
      `offer ${client} ${Number((pct * 100).toFixed(2))} % (${enMoney(cost, prose)}) to pay ${id} now instead of ~${tableDay(expected).slice(5)}`,
    draw: (kind, cash, drawDate, repayDate, prose) => {
      const how = kind === 'drawn' ? 'drawn as needed, up to' : kind === 'paid-early' ? 'paid early, cash' : 'cash';
      return `${how} ${enMoney(cash, prose)} on ${tableDay(drawDate)}, repaid ${tableDay(repayDate)}`;
    },
    payLater: (description, cash, due, paid, prose) => `pay ${enMoney(cash, prose)} of ${description} on ${tableDay(paid)} instead of ${tableDay(due)}`,
    notRecommended: () => 'Not recommended',
    wouldCost: (cost) => `would cost ${cost}`,
    heading: (start, end, peak, afterEarlier, prose) =>
      `Bridging ${tableDay(start)} → ${tableDay(end)} (short by up to ${enMoney(peak, prose)}${afterEarlier ? ', after earlier plans' : ''})`,
    structural: () => [
      '  No loan is proposed: the balance does not recover inside the horizon, so this',
      '  is a structural deficit, not a timing gap. Cut spending or raise income.',
    ],
    noRepayment: () => '  No loan is proposed: nothing says when it could be repaid.',
    coveredByEarlier: () => '  Earlier plans already cover this window.',
    nothingCovers: () => '  No option available to you covers any of this window.',
    cheapest: (total) => `  Cheapest legal plan: ${total} in total`,
    typicalFigures: () => '  with typical figures — `cashflow bridges --init` to enter yours',
    stillShort: (gap, prose) => `  Still short by ${enMoney(gap, prose)}: the available options cannot cover it all.`,
    nextBest: (label) => `  Next best: ${label}`,
    askEarly: (offer) => `  Ask to pay early: ${offer}`,
    askEarlyWhy: (apr, needed, planCost, prose) =>
      `     ${percentText(apr, 'en')} a year; ${needed ? 'the plan cannot get through without it' : `cheaper than the plan's ${enMoney(planCost, prose)}`}`,
    total: (amount, prose) => enMoney(amount, prose),
    payLate: (label, description, due) => `  Or pay late: ${label}, ${description} due ${tableDay(due)}`,
    payLateCost: (cash, paid, cost, days, prose) => `     ${enMoney(cash, prose)} paid ${tableDay(paid)} instead: ${enMoney(cost, prose)} · ${days} days`,
    payLateNegotiated: (cash, paid, prose) =>
      `     ${enMoney(cash, prose)} paid ${tableDay(paid)} instead, if the payee agrees: negotiated, so its price is not known and no plan uses it`,
    taxExtension: () => 'first ask the tax office for a 납부기한 연장 (국세징수법 제13조): granted, it costs no 가산세',
    enableIt: (why, id) => [`${why}; to let plans use it, add`, `{"id": "${id}", "enabled": true} to an "extends": "defaults" catalogue`],
  },
  ko: {
    optionName: (en, ko) => ko ?? en,
    withInvoice: (name, invoiceId) => `${name}, 청구서 ${invoiceId}`,
    cost: (cost, apr, ear, prose) => `${koMoney(cost, prose)} · ${aprText(apr, 'ko')} · ${earText(ear, 'ko')}`,
    applying: (approval, lead) => {
      const ask = approval === 'none' ? '승인 필요 없음' : approval === 'assumed' ? '승인 필요(일반 조건에서는 승인된다고 가정)' : '승인 필요';
      return `신청: ${ask}, ${lead === 0 ? '당일 입금' : `신청 후 ${lead}일 뒤 입금`}`;
    },
    // The expected day without its year, as the English \`~01-25\`: the offer fits one line.
    offer: (client, pct, cost, id, expected, prose) =>
      `${client}에 ${Number((pct * 100).toFixed(2))}% 할인(${koMoney(cost, prose)})을 제안해 ${id} 지금 받기 (원래 ${proseDay(expected, expected, 'ko')}경)`,
    draw: (kind, cash, drawDate, repayDate, prose) => {
      if (kind === 'drawn') return `${koDay(drawDate, prose)}부터 필요한 만큼 최대 ${koMoney(cash, prose)} 인출, ${koDay(repayDate, prose)} 상환`;
      if (kind === 'paid-early') return `${koDay(drawDate, prose)}에 ${koMoney(cash, prose)} 조기 입금, 원래 입금일 ${koDay(repayDate, prose)}`;
      return `${koDay(drawDate, prose)}에 ${koMoney(cash, prose)} 입금, ${koDay(repayDate, prose)} 상환`;
    },
    payLater: (description, cash, due, paid, prose) => `${description} 중 ${koMoney(cash, prose)}을 ${koDay(due, prose)} 대신 ${koDay(paid, prose)}에 납부`,
    notRecommended: () => '권하지 않음',
    wouldCost: (cost) => `드는 비용: ${cost}`,
    // The end's year only when it differs from the start's: `2027년 1월 12일 ~ 1월 21일`.
    heading: (start, end, peak, afterEarlier, prose) =>
      `${koDay(start, prose)} ~ ${proseDay(end, start, 'ko')} 자금 융통 (최대 ${koMoney(peak, prose)} 부족${afterEarlier ? ', 앞선 계획 반영 후' : ''})`,
    structural: () => [
      '  대출은 제안하지 않습니다. 예측 기간 안에 잔액이 회복되지 않아, 일시적인',
      '  자금 공백이 아니라 구조적 적자입니다. 지출을 줄이거나 수입을 늘리세요.',
    ],
    noRepayment: () => '  대출은 제안하지 않습니다. 언제 갚을 수 있을지 알 수 없습니다.',
    coveredByEarlier: () => '  앞선 계획으로 이 기간도 메워집니다.',
    nothingCovers: () => '  쓸 수 있는 방법 중 이 기간의 부족분을 메울 수 있는 것이 없습니다.',
    cheapest: (total) => `  가장 저렴한 합법적 방법: 총 ${total}`,
    typicalFigures: () => '  일반적인 조건 기준입니다. 내 조건은 `cashflow bridges --init`으로 입력하세요',
    stillShort: (gap, prose) => `  그래도 ${koMoney(gap, prose)}이 부족합니다. 가능한 방법으로 모두 메울 수 없습니다.`,
    nextBest: (label) => `  차선책: ${label}`,
    askEarly: (offer) => `  조기 지급 요청: ${offer}`,
    askEarlyWhy: (apr, needed, planCost, prose) =>
      `     ${aprText(apr, 'ko')}, ${needed ? '이 방법 없이는 계획으로 버틸 수 없습니다' : `계획 비용 ${koMoney(planCost, prose)}보다 저렴합니다`}`,
    total: (amount, prose) => koMoney(amount, prose),
    payLate: (label, description, due, prose) => `  또는 늦게 내기: ${label}, ${description} (납부기한 ${koDay(due, prose)})`,
    payLateCost: (cash, paid, cost, days, prose) => `     ${koMoney(cash, prose)}을 ${koDay(paid, prose)}에 납부: 비용 ${koMoney(cost, prose)} · ${days}일`,
    payLateNegotiated: (cash, paid, prose) =>
      `     받는 쪽이 동의하면 ${koMoney(cash, prose)}을 ${koDay(paid, prose)}에 납부: 협의 사항이라 비용을 알 수 없어 계획에는 넣지 않습니다`,
    taxExtension: () => '먼저 세무서에 납부기한 연장(국세징수법 제13조)을 신청하세요. 승인되면 가산세가 없습니다',
    enableIt: (why, id) => [`${why}. 계획에 쓰려면 "extends": "defaults" 카탈로그에`, `{"id": "${id}", "enabled": true}를 추가하세요`],
  },
} satisfies Catalogue<BridgesMessages>;
