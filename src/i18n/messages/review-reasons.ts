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
    // Short enough for the 21 cells of the table's Why column: the Payer and Could pay columns name the rest.
    sameInvoices: (count) => `똑같은 청구서 ${count}건`,
    payerFitsClients: (count) => `거래처 후보 ${count}곳`,
    expectedTogether: () => '예정일 비슷한 청구서',
    invoiceSets: () => '청구서 조합이 여럿',
    depositSets: () => '입금 조합이 여럿',
    partOfSeveral: () => '일부 입금, 후보 여럿',
  },
} satisfies Catalogue<ReviewReasonMessages>;
