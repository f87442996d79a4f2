import type { Catalogue } from '../catalogue.js';

/**
 * Why a deposit went to review rather than being matched. The reconcile layer keeps the reference (its JSON says
 * the English), so the table can say it in the reader's language.
 */
export interface ReviewReasonMessages {
  /** Several invoices of one client alike in amount, issue and due day. */
  sameInvoices(count: number, client: string): string;
  /** The payer's name fits more than one client with an invoice of the amount. */
  payerFitsClients(count: number): string;
  /** Several invoices expected within a few days of each other. */
  expectedTogether(): string;
  /** More than one set of invoices adds up to the deposit. */
  invoiceSets(): string;
  /** More than one set of deposits adds up to the invoice. */
  depositSets(invoice: string): string;
  /** A part payment that could be of more than one open invoice. */
  partOfSeveral(): string;
}

export const REVIEW_REASONS = {
  en: {
    sameInvoices: (count, client) => `${count} invoices of ${client} for the same amount and dates: which one it pays cannot be told`,
    payerFitsClients: (count) => `the payer's name fits ${count} clients with an invoice of this amount`,
    expectedTogether: () => 'it fits several invoices expected around the same time',
    invoiceSets: () => 'more than one set of invoices sums to it',
    depositSets: (invoice) => `more than one set of deposits sums to ${invoice}`,
    partOfSeveral: () => 'a part payment that could be for more than one open invoice',
  },
  ko: {
    sameInvoices: (count, client) => `금액·날짜가 같은 청구서 ${count}건(${client}) 중 어느 것인지 알 수 없음`,
    payerFitsClients: (count) => `입금자 이름이 이 금액의 청구서가 있는 거래처 ${count}곳에 해당`,
    expectedTogether: () => '비슷한 시기에 들어올 청구서가 여럿',
    invoiceSets: () => '합계가 이 입금액인 청구서 조합이 여럿',
    depositSets: (invoice) => `합계가 ${invoice} 금액인 입금 조합이 여럿`,
    partOfSeveral: () => '미수 청구서 여러 건 중 어느 것의 일부 입금인지 알 수 없음',
  },
} satisfies Catalogue<ReviewReasonMessages>;
