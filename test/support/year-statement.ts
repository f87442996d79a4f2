import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { iso } from './debit-history.js';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** The phone bills of January … December 2026: within ±3 % of ₩69,000; the last three are 68,800, 69,900, 68,200. */
export const PHONE_BILLS = [69_000, 70_200, 67_800, 69_500, 68_400, 70_900, 69_000, 67_500, 70_100, 68_800, 69_900, 68_200];

/**
 * A year (2026) of one account as a CSV statement, oldest first, with a running balance: rent ₩750,000 on the 25th
 * (to 김영희, 적요 월세), the phone bill on the 20th, Netflix ₩17,000 on the 3rd, Spotify ₩10,900 on the 14th,
 * insurance ₩98,000 on the 10th, the accountant's ₩330,000 on the 15th of each quarter's first month, two one-off
 * large debits (₩2,390,000 on 03-14, ₩1,200,000 on 08-02), and ₩4,000,000 of income on the 28th. The balance
 * starts at ₩10,000,000 on 2025-12-31.
 */
export function yearStatementRows(): Array<{ day: string; amount: number; counterparty: string; memo: string }> {
  const rows: Array<{ day: string; amount: number; counterparty: string; memo: string }> = [];
  for (const month of MONTHS) {
    const at = (dayOfMonth: number) => iso(2026, month, dayOfMonth);
    rows.push({ day: at(3), amount: -17_000, counterparty: '넷플릭스', memo: '체크카드' });
    rows.push({ day: at(10), amount: -98_000, counterparty: '삼성화재', memo: '자동납부' });
    rows.push({ day: at(14), amount: -10_900, counterparty: 'Spotify', memo: '체크카드' });
    if (month % 3 === 1) rows.push({ day: at(15), amount: -330_000, counterparty: '김회계 세무사', memo: '기장료' });
    rows.push({ day: at(20), amount: -PHONE_BILLS[month - 1]!, counterparty: 'SK텔레콤', memo: 'CMS자동이체' });
    rows.push({ day: at(25), amount: -750_000, counterparty: '김영희', memo: '월세' });
    rows.push({ day: at(28), amount: 4_000_000, counterparty: '판교테크', memo: '용역대금' });
  }
  rows.push({ day: '2026-03-14', amount: -2_390_000, counterparty: '애플스토어', memo: '체크카드' });
  rows.push({ day: '2026-08-02', amount: -1_200_000, counterparty: '대한항공', memo: '' });
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** yearStatementRows written as `date,amount,balance,counterparty,memo` into a fresh folder; the row of line n is n − 1. */
export function writeYearStatement(): { dir: string; statement: string; lineOf: (day: string, counterparty: string) => number } {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-year-'));
  const rows = yearStatementRows();
  let balance = 10_000_000;
  const lines = ['date,amount,balance,counterparty,memo'];
  for (const row of rows) {
    balance += row.amount;
    lines.push(`${row.day},${row.amount},${balance},${row.counterparty},${row.memo}`);
  }
  const statement = join(dir, 'year.csv');
  writeFileSync(statement, `${lines.join('\n')}\n`);
  const lineOf = (day: string, counterparty: string) => rows.findIndex((row) => row.day === day && row.counterparty === counterparty) + 2;
  return { dir, statement, lineOf };
}
