import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { yearStatementRows } from '../support/year-statement.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(text: string, encoding: string): Buffer };

// Issue 14's acceptance scenario through the command line: twelve months of statement, an invoice sheet of four
// clients (3.3 % withheld on some), a part payment, one deposit for two invoices, a cut-off name, two equal deposits
// from two clients, two identical invoices and one payment, an unrelated deposit, a bank fee, a USD invoice paid in
// won. Every expected figure is worked out here by hand.
const dir = mkdtempSync(join(tmpdir(), 'cashflow-reconcile-'));
const INVOICE_ROWS: Array<[id: string, client: string, amount: string, issued: string, due: string, withholding: string, currency: string]> = [
  ['PT-01', '판교테크놀로지(주)', '1,000,000', '2026-01-05', '2026-02-04', '3.3%', ''], // net 967,000
  ['SD-01', '서울디자인', '2,000,000', '2026-02-01', '2026-03-03', '', ''],
  ['HB-01', '한빛출판', '1,500,000', '2026-03-01', '2026-03-31', '', ''],
  ['PT-02', '판교테크놀로지(주)', '1,500,000', '2026-03-01', '2026-03-31', '', ''],
  ['SD-02', '서울디자인', '500,000', '2026-04-01', '2026-05-01', '', ''],
  ['SD-03', '서울디자인', '700,000', '2026-04-01', '2026-05-01', '', ''],
  ['HB-02', '한빛출판', '800,000', '2026-06-01', '2026-07-01', '', ''],
  ['HB-03', '한빛출판', '800,000', '2026-06-01', '2026-07-01', '', ''],
  ['PT-03', '판교테크놀로지(주)', '3,000,000', '2026-09-01', '2026-10-01', '3.3%', ''], // net 2,901,000
  ['AC-01', 'Acme Corp', '1,000.00', '2026-10-01', '2026-10-31', '', 'USD'], // at 1390.5: 1,390,500
];
/** The sheet as Korean Excel saves it: CP949, CRLF, every text quoted, the paid cells empty. */
const sheetText = (paid: Record<string, string> = {}) =>
  `id,client,amount,issued,due,paid,withholding,currency\r\n${INVOICE_ROWS.map(
    ([id, client, amount, issued, due, withholding, currency]) =>
      `"${id}","${client}","${amount}",${issued},${due},${paid[id] ?? ''},${withholding},${currency}`,
  ).join('\r\n')}\r\n`;

const DEPOSITS: Array<[day: string, amount: number, payer: string]> = [
  ['2026-02-06', 967_000, '판교테크놀'],
  ['2026-02-10', 600_000, '서울디자인'],
  ['2026-03-15', 1_400_000, '서울디자인'],
  ['2026-04-01', 1_500_000, '한빛출판'],
  ['2026-04-02', 1_500_000, '판교테크놀'],
  ['2026-05-02', 1_200_000, '서울디자인'],
  ['2026-07-01', 800_000, '한빛출판'],
  ['2026-08-15', 50_000, '홍길동'],
  ['2026-10-01', 2_900_500, '판교테크놀'],
  ['2026-11-05', 1_371_000, 'ACME CORP'],
];
/**
 * Twelve months: the deposits above, and the year of debits of test/support/year-statement.ts — rent on the 25th,
 * a phone bill varying by ±3 %, two subscriptions, insurance on the 10th, a quarterly accountant's fee, two one-off
 * large debits — each row with the balance after it, oldest first.
 */
function statementText(): string {
  const debits = yearStatementRows().filter((row) => row.amount < 0);
  const rows: Array<[string, number, string]> = [...DEPOSITS, ...debits.map((row): [string, number, string] => [row.day, row.amount, row.counterparty])];
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let balance = 10_000_000;
  const lines = rows.map(([day, amount, payer]) => {
    balance += amount;
    return `${day} 10:00:00,${payer},${amount < 0 ? -amount : ''},${amount > 0 ? amount : ''},${balance}`;
  });
  return `거래일시,적요,출금액,입금액,거래후잔액\n${lines.join('\n')}\n`;
}
const bank = join(dir, 'bank.csv');
writeFileSync(bank, statementText());
const sheet = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, iconv.encode(sheetText(), 'cp949'));
  return path;
};
const ARGS = ['--bank', bank, '--as-of', '2027-01-01', '--fx', 'USD=1390.5'];
const line = (payer: string, day: string) => `${bank}:${2 + statementRows().findIndex((row) => row.startsWith(`${day} `) && row.includes(payer))}`;
const statementRows = () => statementText().trim().split('\n').slice(1);

describe('cashflow reconcile on a twelve-month statement', () => {
  const run = cli(['reconcile', sheet('invoices.csv'), ...ARGS, '--json']);
  const result = JSON.parse(run.stdout);

  it('exits 0 with the JSON document', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(result.version).toBe(1);
    expect(result.statement).toEqual({ from: '2026-01-03', to: '2026-12-25', files: [bank] });
  });
  it('matches exactly the invoices a person would, with the amounts received', () => {
    expect(
      result.matched.map((m: { invoice: string; paidOn: string; expected: number; received: number }) => [m.invoice, m.paidOn, m.expected, m.received]),
    ).toEqual([
      ['PT-01', '2026-02-06', 967_000, 967_000],
      ['SD-01', '2026-03-15', 2_000_000, 2_000_000],
      ['HB-01', '2026-04-01', 1_500_000, 1_500_000],
      ['PT-02', '2026-04-02', 1_500_000, 1_500_000],
      ['SD-02', '2026-05-02', 500_000, 500_000],
      ['SD-03', '2026-05-02', 700_000, 700_000],
      ['PT-03', '2026-10-01', 2_901_000, 2_900_500],
      ['AC-01', '2026-11-05', 1_390_500, 1_371_000],
    ]);
    expect(result.matched[1].deposits.map((deposit: { source: string }) => deposit.source)).toEqual([
      line('서울디자인', '2026-02-10'),
      line('서울디자인', '2026-03-15'),
    ]);
  });
  it('sends the one payment of two identical invoices to review, lists the unrelated deposit, and the two open as overdue', () => {
    expect(result.review).toEqual([
      {
        deposit: { date: '2026-07-01', amount: 800_000, payer: '한빛출판', memo: '한빛출판', source: line('한빛출판', '2026-07-01') },
        candidates: ['HB-02', 'HB-03'],
        reason: '2 invoices of 한빛출판 for the same amount and dates: which one it pays cannot be told',
      },
    ]);
    expect(result.unmatchedDeposits.map((deposit: { date: string; amount: number; payer: string }) => [deposit.date, deposit.amount, deposit.payer])).toEqual([
      ['2026-08-15', 50_000, '홍길동'],
    ]);
    // Due 2026-07-01, counted to the statement's last day 2026-12-25 (the year's last rent): 177 days.
    expect(result.overdue).toEqual([
      { invoice: 'HB-02', client: '한빛출판', due: '2026-07-01', daysLate: 177 },
      { invoice: 'HB-03', client: '한빛출판', due: '2026-07-01', daysLate: 177 },
    ]);
    expect(result.partial).toEqual([]);
  });
  it('teaches the forecast the client’s lateness: 판교테크 paid after 32, 32 and 30 days', () => {
    const learned = (args: string[]) => {
      const clients = JSON.parse(cli(['clients', sheet('clients.csv'), '--as-of', '2027-01-01', '--fx', 'USD=1390.5', '--json', ...args]).stdout);
      return clients.clients.find((client: { client: string }) => client.client === '판교테크놀로지(주)');
    };
    expect(learned([])).toMatchObject({ paidCount: 0, learnedDelayDays: null });
    expect(learned(['--bank', bank])).toMatchObject({ paidCount: 3, learnedDelayDays: 32 });
  });
});

describe('cashflow reconcile --write', () => {
  it('fills only the empty paid cells of a CP949 CSV with CRLF and quoted fields, after a backup', () => {
    const path = sheet('write.csv');
    const before = readFileSync(path);
    const run = cli(['reconcile', path, ...ARGS, '--write']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`cashflow: wrote 8 paid dates into ${path} (the file as it was: ${path}.bak)\n`);
    const paid = {
      'PT-01': '2026-02-06',
      'SD-01': '2026-03-15',
      'HB-01': '2026-04-01',
      'PT-02': '2026-04-02',
      'SD-02': '2026-05-02',
      'SD-03': '2026-05-02',
      'PT-03': '2026-10-01',
      'AC-01': '2026-11-05',
    };
    expect(readFileSync(path)).toEqual(iconv.encode(sheetText(paid), 'cp949'));
    expect(readFileSync(`${path}.bak`)).toEqual(before);
    // A second run has nothing to write, and never overwrites the backup.
    const again = cli(['reconcile', path, ...ARGS, '--write']);
    expect(again.stderr).toBe(`cashflow: no paid dates to write into ${path}\n`);
    expect(readFileSync(`${path}.bak`)).toEqual(before);
    expect(existsSync(`${path}.bak.1`)).toBe(false);
  });
});

describe('the same statement teaches the recurring expenses', () => {
  it('finds rent, the phone bill, two subscriptions, insurance and the quarterly fee with their next dates; not the one-offs', () => {
    const run = cli(['expenses', '--from-bank', bank, '--as-of', '2027-01-01', '--json']);
    expect(run.code).toBe(0);
    const found = JSON.parse(run.stdout).recurring.map((entry: { description: string; amount: number; repeat: string; date: string }) => [
      entry.description,
      entry.amount,
      entry.repeat,
      entry.date,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('김영희'), 750_000, 'monthly', '2027-01-25'],
        // The middle of the last three bills: 68,800, 69,900, 68,200.
        [expect.stringContaining('SK텔레콤'), 68_800, 'monthly', '2027-01-20'],
        [expect.stringContaining('넷플릭스'), 17_000, 'monthly', '2027-01-03'],
        [expect.stringContaining('Spotify'), 10_900, 'monthly', '2027-01-14'],
        [expect.stringContaining('삼성화재'), 98_000, 'monthly', '2027-01-10'],
        [expect.stringContaining('김회계'), 330_000, 'quarterly', '2027-01-15'],
      ]),
    );
    expect(found).toHaveLength(6);
    expect(run.stdout).not.toContain('애플스토어');
    expect(run.stdout).not.toContain('대한항공');
  });
});
