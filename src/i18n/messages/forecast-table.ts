import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { tableDay } from '../day-text.js';

/**
 * The forecast table (`cashflow forecast`): title, summary rows, the caught-up, window, event and daily tables.
 * Summary values are the summary table's cells, so their amounts arrive as the table's aligned `₩` figures.
 */
export interface ForecastTableMessages {
  title(currency: string, start: Day, end: Day, days: number): string;
  safeToSpendLabel(): string;
  openingLabel(): string;
  lowestLabel(): string;
  firstShortfallLabel(): string;
  windowsLabel(): string;
  closingLabel(): string;
  bufferLabel(): string;
  balanceLabel(): string;
  fromBankLabel(): string;
  expensesLabel(): string;
  skippedLabel(): string;
  doubtfulLabel(): string;
  writtenOffLabel(): string;
  assumedOpening(): string;
  shortSince(day: Day): string;
  lowestOn(amount: string, day: Day): string;
  none(): string;
  safeShortAhead(amount: string): string;
  safeLowest(amount: string, lessBuffer: boolean, day: Day): string;
  balanceAge(days: number): string;
  balanceStale(days: number, maxDays: number): string;
  balanceValue(amount: string, origin: string, age: string): string;
  paidFromBank(invoice: string, day: Day): string;
  partPaidFromBank(invoice: string, open: string): string;
  skippedRows(count: number): string;
  disputed(): string;
  daysLate(days: number): string;
  doubtfulValue(total: string, each: readonly string[]): string;
  writtenOffValue(each: readonly string[]): string;
  /** Headings of the caught-up and event tables. */
  eventHeadings(): readonly [date: string, amount: string, balance: string, what: string];
  assumed(): string;
  bank(): string;
  caughtUpTitle(asOf: Day, count: number): string;
  windowsTitle(): string;
  noWindows(days: number): string;
  windowHeadings(): readonly [from: string, to: string, days: string, peakGap: string, peakDate: string, recovers: string];
  eventsTitle(count: number): string;
  noEventsTitle(): string;
  noEvents(): string;
  dailyTitle(count: number): string;
  dailyHeadings(): readonly [date: string, inflow: string, outflow: string, balance: string];
  short(): string;
  learnedDays(days: number): string;
  overdue(): string;
  estimate(): string;
  /** A day's share of the everyday spending (--everyday): its description and category in English. */
  everydayEvent(): string;
  taxInvoices(count: number): string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const FORECAST_TABLE = {
  en: {
    title: (currency, start, end, days) => `Cash-flow forecast · ${currency} · ${tableDay(start)} → ${tableDay(end)} (${days} days)`,
    safeToSpendLabel: () => 'Safe to spend',
    openingLabel: () => 'Opening balance',
    lowestLabel: () => 'Lowest balance',
    firstShortfallLabel: () => 'First shortfall',
    windowsLabel: () => 'Shortfall windows',
    closingLabel: () => 'Closing balance',
    bufferLabel: () => 'Buffer',
    balanceLabel: () => 'Balance',
    fromBankLabel: () => 'From the bank',
    expensesLabel: () => 'Expenses',
    skippedLabel: () => 'Skipped rows',
    doubtfulLabel: () => 'Doubtful',
    writtenOffLabel: () => 'Written off',
    assumedOpening: () => '(assumed: no --balance given)',
    shortSince: (day) => `(short since ${tableDay(day)}, caught up)`,
    lowestOn: (amount, day) => `${amount} on ${tableDay(day)}`,
    none: () => 'none',
    safeShortAhead: (amount) => `${amount} today: a shortfall lies ahead`,
    safeLowest: (amount, lessBuffer, day) => `${amount} today (the lowest balance${lessBuffer ? ' less the buffer' : ''}, ${tableDay(day)})`,
    balanceAge: (days) => `${plural(days, 'day')} old`,
    balanceStale: (days, maxDays) => `${plural(days, 'day')} old: stale, more than ${maxDays}`,
    balanceValue: (amount, origin, age) => `${amount} (${origin}), ${age}`,
    paidFromBank: (invoice, day) => `${invoice} paid ${tableDay(day)}`,
    partPaidFromBank: (invoice, open) => `${invoice} part paid (${open} open)`,
    skippedRows: (count) => `${count} (see the warnings; this forecast leaves them out)`,
    disputed: () => 'disputed',
    daysLate: (days) => `${days} days late`,
    doubtfulValue: (total, each) => `${total} not counted as cash: ${each.join('; ')}`,
    writtenOffValue: (each) => `${each.join('; ')} (not expected)`,
    eventHeadings: () => ['Date', 'Amount', 'Balance', 'What'],
    assumed: () => '(assumed)',
    bank: () => '(bank)',
    caughtUpTitle: (asOf, count) => `Caught up to ${tableDay(asOf)} (${count}): in the opening balance`,
    windowsTitle: () => 'Shortfall windows',
    noWindows: (days) => ` none: the balance stays at or above the buffer for all ${days} days`,
    windowHeadings: () => ['From', 'To', 'Days', 'Peak gap', 'Peak date', 'Recovers'],
    eventsTitle: (count) => `Cash events (${count})`,
    noEventsTitle: () => 'Cash events',
    noEvents: () => ' none in the horizon',
    dailyTitle: (count) => `Every day (${count})`,
    dailyHeadings: () => ['Date', 'In', 'Out', 'Balance'],
    short: () => 'short',
    learnedDays: (days) => ` · ${days} d`,
    overdue: () => '(overdue)',
    estimate: () => '(estimate)',
    everydayEvent: () => 'everyday spending · everyday',
    taxInvoices: (count) => `(${plural(count, 'invoice')})`,
  },
  ko: {
    title: (currency, start, end, days) => `현금 흐름 예측 · ${currency} · ${tableDay(start)} → ${tableDay(end)} (${days}일)`,
    safeToSpendLabel: () => '쓸 수 있는 돈',
    openingLabel: () => '시작 잔액',
    lowestLabel: () => '최저 잔액',
    firstShortfallLabel: () => '첫 부족일',
    windowsLabel: () => '잔액 부족 기간',
    closingLabel: () => '마지막 날 잔액',
    bufferLabel: () => '최소 잔액(버퍼)',
    balanceLabel: () => '통장 잔액',
    fromBankLabel: () => '거래내역 반영',
    expensesLabel: () => '지출',
    skippedLabel: () => '건너뛴 행',
    doubtfulLabel: () => '회수 불확실',
    writtenOffLabel: () => '대손 처리',
    assumedOpening: () => '(가정: --balance 입력 없음)',
    shortSince: (day) => `(${tableDay(day)}부터 부족, 기준일까지 반영)`,
    lowestOn: (amount, day) => `${amount} (${tableDay(day)})`,
    none: () => '없음',
    safeShortAhead: (amount) => `오늘 ${amount}: 앞으로 잔액이 부족해집니다`,
    safeLowest: (amount, lessBuffer, day) => `오늘 ${amount} (${tableDay(day)} 최저 잔액${lessBuffer ? '에서 버퍼를 뺀 금액' : ' 기준'})`,
    balanceAge: (days) => `${days}일 전 잔액`,
    balanceStale: (days, maxDays) => `${days}일 전 잔액: ${maxDays}일을 넘어 오래됨`,
    balanceValue: (amount, origin, age) => `${amount} (${origin}, ${age})`,
    paidFromBank: (invoice, day) => `${invoice} ${tableDay(day)} 입금`,
    partPaidFromBank: (invoice, open) => `${invoice} 일부 입금 (미수 ${open})`,
    skippedRows: (count) => `${count}행 (경고 참고, 이 예측에서는 뺐습니다)`,
    disputed: () => '분쟁 중',
    daysLate: (days) => `${days}일 연체`,
    doubtfulValue: (total, each) => `${total}은 현금으로 보지 않음: ${each.join('; ')}`,
    writtenOffValue: (each) => `${each.join('; ')} (입금 기대 안 함)`,
    eventHeadings: () => ['날짜', '금액', '잔액', '내용'],
    assumed: () => '(가정)',
    bank: () => '(은행)',
    caughtUpTitle: (asOf, count) => `${tableDay(asOf)}까지 반영한 거래 ${count}건: 시작 잔액에 포함`,
    windowsTitle: () => '잔액 부족 기간',
    noWindows: (days) => ` 없음: ${days}일 내내 잔액이 버퍼 이상입니다`,
    windowHeadings: () => ['시작', '끝', '일수', '최대 부족액', '최대 부족일', '회복'],
    eventsTitle: (count) => `입출금 예정 (${count}건)`,
    noEventsTitle: () => '입출금 예정',
    noEvents: () => ' 예측 기간에 없음',
    dailyTitle: (count) => `일별 잔액 (${count}일)`,
    dailyHeadings: () => ['날짜', '입금', '출금', '잔액'],
    short: () => '부족',
    learnedDays: (days) => ` · ${days}일`,
    overdue: () => '(연체)',
    estimate: () => '(추정)',
    everydayEvent: () => '생활비',
    taxInvoices: (count) => `(청구서 ${count}건)`,
  },
} satisfies Catalogue<ForecastTableMessages>;
