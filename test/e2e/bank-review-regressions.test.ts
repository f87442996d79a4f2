import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

// The review of the statement work found these; each case is the reviewer's reproduction, with the figures worked
// out by hand. Statements use the generic headings; amounts in won.
const dir = mkdtempSync(join(tmpdir(), 'cashflow-review-'));
const write = (name: string, lines: readonly string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const HEAD = '거래일시,출금액,입금액,거래후잔액,적요';
const json = (args: readonly string[]) => {
  const run = cli(['forecast', ...args, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('money is counted once', () => {
  it('two accounts: a deposit in the later account’s rows that pays an invoice is that row, not also the invoice', () => {
    const books = write('one.csv', ['id,client,amount,issued,due,paid', 'INV-1,리틀브랜드,"1,100,000",2026-11-20,2026-12-10,']);
    const a = write('a.csv', [HEAD, '2026-11-01 09:00:00,5000,0,1000000,수수료', '2026-11-30 10:00:00,1000,0,999000,수수료']);
    const b = write('b.csv', [
      HEAD,
      '2026-11-02 09:00:00,5000,0,500000,수수료',
      '2026-11-12 10:00:00,0,1100000,1600000,리틀브랜드',
      '2026-12-08 10:00:00,0,1100000,2700000,리틀브랜드',
      '2026-12-12 10:00:00,1000,0,2699000,수수료',
    ]);
    const report = json([books, '--bank', a, '--bank', b, '--as-of', '2026-12-15']);
    // At 11-30: 999,000 + 1,600,000; then b's rows: +1,100,000 (INV-1's payment) − 1,000.
    expect(report.assumptions.openingBalance).toBe(3_698_000);
    expect(report.assumptions.caughtUp.map((event: { kind: string; assumed: boolean }) => [event.kind, event.assumed])).toEqual([
      ['statement', false],
      ['statement', false],
    ]);
    expect(report.events.filter((event: { kind: string }) => event.kind === 'invoice')).toEqual([]);
  });
  it('a rent that the other account’s rows show is not also caught up from the expenses file', () => {
    const expenses = write('rent.csv', ['date,amount,description,repeat', '2026-01-05,"750,000",월세,monthly']);
    const books = write('empty.csv', ['id,client,amount,issued,due,paid']);
    const a = write('a2.csv', [HEAD, '2026-11-30 10:00:00,1000,0,999000,수수료']);
    const b = write('b2.csv', [HEAD, '2026-11-30 09:00:00,0,1000,2000000,이자', '2026-12-05 10:00:00,750000,0,1250000,월세']);
    const report = json([books, '--expenses', expenses, '--bank', a, '--bank', b, '--as-of', '2026-12-10']);
    expect(report.assumptions.openingBalance).toBe(999_000 + 2_000_000 - 750_000);
  });
  it('a sheet’s paid date after the statement’s last day gives way to the deposit already in the balance', () => {
    const books = write('sp.csv', ['id,client,amount,issued,due,paid', 'INV-1,리틀브랜드,"1,100,000",2026-11-01,2026-11-30,2026-12-02']);
    const bank = write('sp-bank.csv', [
      HEAD,
      '2026-11-01 09:00:00,5000,0,1000000,수수료',
      '2026-11-28 10:00:00,0,1100000,2100000,리틀브랜드',
      '2026-11-30 10:00:00,1000,0,2099000,수수료',
    ]);
    const report = json([books, '--bank', bank, '--as-of', '2026-12-05']);
    expect(report.assumptions.openingBalance).toBe(2_099_000);
    expect(report.assumptions.caughtUp).toEqual([]);
    expect(report.assumptions.paidByStatement).toEqual([{ invoice: 'INV-1', client: '리틀브랜드', paidOn: '2026-11-28', received: 1_100_000 }]);
  });
  it('a statement that runs past as-of: only the parts paid before as-of are cash; the rest is still expected', () => {
    const books = write('pp.csv', [
      'id,client,amount,issued,due,paid',
      'INV-1,리틀브랜드,"1,100,000",2026-11-01,2026-11-30,',
      'INV-2,한빛출판,"2,000,000",2026-11-01,2026-11-30,',
    ]);
    const bank = write('pp-bank.csv', [
      HEAD,
      '2026-11-01 09:00:00,5000,0,1000000,수수료',
      '2026-11-28 10:00:00,0,500000,1500000,리틀브랜드',
      '2026-12-02 10:00:00,0,1000000,2500000,한빛출판',
      '2026-12-08 10:00:00,0,1000000,3500000,한빛출판',
      '2026-12-09 10:00:00,0,300000,3800000,리틀브랜드',
      '2026-12-10 10:00:00,1000,0,3799000,수수료',
    ]);
    const report = json([books, '--bank', bank, '--as-of', '2026-12-05']);
    expect(report.assumptions.openingBalance).toBe(2_500_000);
    expect(
      report.events.filter((event: { kind: string }) => event.kind === 'invoice').map((event: { id: string; amount: number }) => [event.id, event.amount]),
    ).toEqual([
      ['INV-1', 600_000],
      ['INV-2', 1_000_000],
    ]);
  });
  it('learned bills run from the day after the statement, so the days before as-of catch them up', () => {
    const books = write('none.csv', ['id,client,amount,issued,due,paid']);
    const bank = write('learn.csv', [
      HEAD,
      '2026-07-25 10:00:00,750000,0,5000000,월세 김영희',
      '2026-08-25 10:00:00,750000,0,4250000,월세 김영희',
      '2026-09-25 10:00:00,750000,0,3500000,월세 김영희',
      '2026-10-25 10:00:00,750000,0,2750000,월세 김영희',
      '2026-11-20 10:00:00,1000,0,2749000,수수료',
    ]);
    const report = json([books, '--bank', bank, '--learn-expenses', '--as-of', '2026-12-01']);
    expect(report.assumptions.openingBalance).toBe(2_749_000 - 750_000);
  });
});

describe('the matcher never guesses', () => {
  it('a sheet paid before the statement begins does not take a deposit another open invoice fits', () => {
    const books = write('steal.csv', [
      'id,client,amount,issued,due,paid',
      'INV-A,노을커피,"660,000",2026-10-01,2026-10-31,2026-10-30',
      'INV-B,노을커피,"660,000",2026-10-20,2026-11-19,',
    ]);
    const bank = write('steal-bank.csv', [
      HEAD,
      '2026-11-01 09:00:00,5000,0,1000000,수수료',
      '2026-11-05 10:00:00,0,660000,1660000,노을커피',
      '2026-11-30 10:00:00,1000,0,1659000,수수료',
    ]);
    const result = JSON.parse(cli(['reconcile', books, '--bank', bank, '--as-of', '2026-12-01', '--json']).stdout);
    expect(result.matched.map((match: { invoice: string; paidOn: string }) => [match.invoice, match.paidOn])).toEqual([['INV-B', '2026-11-05']]);
    expect(result.overdue).toEqual([]);
  });
  it('parts from a payer whose name fits two clients go to review, and the forecast says so', () => {
    const books = write('amb.csv', [
      'id,client,amount,issued,due,paid',
      'A-1,스튜디오 봄,"1,000,000",2026-11-01,2026-11-30,',
      'B-1,스튜디오 여름,"1,000,000",2026-11-01,2026-11-30,',
    ]);
    const bank = write('amb-bank.csv', [
      HEAD,
      '2026-11-01 09:00:00,5000,0,1000000,수수료',
      '2026-11-10 10:00:00,0,400000,1400000,스튜디오',
      '2026-11-20 10:00:00,0,600000,2000000,스튜디오',
    ]);
    const result = JSON.parse(cli(['reconcile', books, '--bank', bank, '--as-of', '2026-12-01', '--json']).stdout);
    expect(result.matched).toEqual([]);
    expect(result.review.map((entry: { deposit: { amount: number }; candidates: string[] }) => [entry.deposit.amount, entry.candidates])).toEqual([
      [400_000, ['A-1', 'B-1']],
      [600_000, ['A-1', 'B-1']],
    ]);
    const run = cli(['forecast', books, '--bank', bank, '--as-of', '2026-11-21']);
    expect(run.stderr).toBe(
      `warning: ${bank}:1:1: file has 2 deposits that could pay more than one invoice (A-1, B-1), so the forecast still counts them as open; see \`cashflow reconcile\` and mark the paid one in the invoices file\n`,
    );
  });
  it('the same statement twice is an error, not a doubled balance', () => {
    const run = cli(['forecast', 'fixtures/invoices.csv', '--bank', 'fixtures/bank/ibk.csv', '--bank', 'fixtures/bank/ibk.csv', '--as-of', '2026-12-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fixtures/bank/ibk.csv:1:1: file is given twice as --bank');
  });
});

describe('reconcile --write with rates from a file', () => {
  it('writes the converted invoice too, reading the file with the run’s own rates', () => {
    const books = write('fx.csv', [
      'id,client,amount,currency,issued,due,paid',
      'INV-U,Acme Corp,"1,000.00",USD,2026-11-01,2026-11-30,',
      'INV-K,노을커피,"660,000",KRW,2026-11-01,2026-11-15,',
    ]);
    const rates = write('rates.csv', ['currency,rate', 'USD,1400']);
    const bank = write('fx-bank.csv', [
      HEAD,
      '2026-11-01 09:00:00,5000,0,1000000,수수료',
      '2026-11-20 10:00:00,0,1420000,2420000,ACME CORP',
      '2026-11-25 10:00:00,0,659000,3079000,노을커피',
    ]);
    const run = cli(['reconcile', books, '--bank', bank, '--fx-rates', rates, '--as-of', '2026-12-01', '--write']);
    expect(run.stderr).toBe(`cashflow: wrote 2 paid dates into ${books} (the file as it was: ${books}.bak)\n`);
    expect(readFileSync(books, 'utf8')).toBe(
      'id,client,amount,currency,issued,due,paid\nINV-U,Acme Corp,"1,000.00",USD,2026-11-01,2026-11-30,2026-11-20\nINV-K,노을커피,"660,000",KRW,2026-11-01,2026-11-15,2026-11-25\n',
    );
  });
});
