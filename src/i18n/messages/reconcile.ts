import type { Day } from '../../domain/day.js';
import type { Catalogue } from '../catalogue.js';
import { proseDay } from '../day-text.js';

/** `cashflow reconcile` as tables: the title, each section's title and headings, the cells that are words. */
export interface ReconcileMessages {
  /** The statements' files and the days they span (none when they hold no rows). */
  title(files: string, span: { readonly from: Day; readonly to: Day } | undefined, asOf: Day): string;
  /** A section's title with its row count. */
  section(title: string, count: number): string;
  paidTitle(): string;
  paidHeadings(): readonly [invoice: string, client: string, paidOn: string, expected: string, received: string, from: string];
  /** The From cell of an invoice the sheet already marked paid and the statement bears out. */
  sheetAndBank(): string;
  partialTitle(): string;
  partialHeadings(): readonly [invoice: string, client: string, expected: string, received: string, remaining: string];
  reviewTitle(): string;
  reviewHeadings(): readonly [date: string, amount: string, payer: string, couldPay: string, why: string];
  unmatchedTitle(): string;
  unmatchedHeadings(): readonly [date: string, amount: string, payer: string, source: string];
  overdueTitle(): string;
  overdueHeadings(): readonly [invoice: string, client: string, due: string, daysLate: string];
  paidWithoutDepositTitle(): string;
  paidWithoutDepositHeadings(): readonly [invoice: string, client: string, paid: string];
}

export const RECONCILE = {
  en: {
    title: (files, span) =>
      `Reconciled against ${files} (${span === undefined ? 'no rows' : `${proseDay(span.from, span.from, 'en')} – ${proseDay(span.to, span.to, 'en')}`})`,
    section: (title, count) => `${title} (${count})`,
    paidTitle: () => 'Paid',
    paidHeadings: () => ['Invoice', 'Client', 'Paid on', 'Expected', 'Received', 'From'],
    sheetAndBank: () => 'sheet + bank',
    partialTitle: () => 'Part paid, open for the rest',
    partialHeadings: () => ['Invoice', 'Client', 'Expected', 'Received', 'Remaining'],
    reviewTitle: () => 'To review: more than one reading, not guessed',
    reviewHeadings: () => ['Date', 'Amount', 'Payer', 'Could pay', 'Why'],
    unmatchedTitle: () => 'Deposits no invoice explains',
    unmatchedHeadings: () => ['Date', 'Amount', 'Payer', 'Source'],
    overdueTitle: () => 'Past due with no payment: follow up',
    overdueHeadings: () => ['Invoice', 'Client', 'Due', 'Days late'],
    paidWithoutDepositTitle: () => 'Marked paid in the sheet, not found in the statement',
    paidWithoutDepositHeadings: () => ['Invoice', 'Client', 'Paid'],
  },
  ko: {
    title: (files, span, asOf) =>
      `거래내역 대조: ${files} (${span === undefined ? '거래 없음' : `${proseDay(span.from, asOf, 'ko')}~${proseDay(span.to, asOf, 'ko')}`})`,
    section: (title, count) => `${title} (${count}건)`,
    paidTitle: () => '입금 확인',
    paidHeadings: () => ['청구서', '거래처', '입금일', '받을 금액', '받은 금액', '근거'],
    sheetAndBank: () => '장부 + 거래내역',
    partialTitle: () => '일부 입금: 나머지는 미수',
    partialHeadings: () => ['청구서', '거래처', '받을 금액', '받은 금액', '남은 금액'],
    reviewTitle: () => '확인 필요: 두 가지 이상으로 읽혀 정하지 않음',
    reviewHeadings: () => ['입금일', '금액', '입금자', '해당 청구서', '이유'],
    unmatchedTitle: () => '청구서와 맞지 않는 입금',
    unmatchedHeadings: () => ['입금일', '금액', '입금자', '출처'],
    overdueTitle: () => '지급기일이 지났는데 입금 없음: 연락 필요',
    overdueHeadings: () => ['청구서', '거래처', '지급기일', '지연(일)'],
    paidWithoutDepositTitle: () => '장부에는 입금, 거래내역에는 없음',
    paidWithoutDepositHeadings: () => ['청구서', '거래처', '입금일'],
  },
} satisfies Catalogue<ReconcileMessages>;
