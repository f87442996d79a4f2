import type { Catalogue } from '../catalogue.js';

/** The headings of the expenses CSV `expenses --from-bank` writes: each one the expenses reader takes for its field. */
export interface ExpensesCsvMessages {
  headings(): readonly [date: string, amount: string, description: string, category: string, repeat: string, until: string];
}

export const EXPENSES_CSV = {
  en: { headings: () => ['date', 'amount', 'description', 'category', 'repeat', 'until'] },
  ko: { headings: () => ['날짜', '금액', '내용', '분류', '반복', '종료일'] },
} satisfies Catalogue<ExpensesCsvMessages>;
