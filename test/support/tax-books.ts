// Three 3.3 % invoices of 10,000,000 issued and paid in 2025: the hand-worked refund of
// test/unit/tax-calendar-income.test.ts, 554,180 on 30 June 2026 (tax 396,200 + 39,620; withheld 900,000 + 90,000).
export const REFUND_INVOICES = [
  'id,client,amount,issued,due,paid,withholding',
  'A-1,Studio,"10,000,000",2025-03-10,2025-04-10,2025-04-10,3.3',
  'A-2,Studio,"10,000,000",2025-07-10,2025-08-10,2025-08-10,3.3',
  'A-3,Studio,"10,000,000",2025-11-10,2025-12-10,2025-12-10,3.3',
  '',
].join('\n');

/** The profile of that example: 단순경비율 64.1 %, one dependent, VAT-exempt. */
export const REFUND_PROFILE = { income: 'business', vat: 'none', expenseMethod: 'simple', expenseRate: 0.641, dependents: 1 };
