import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

// Issue 13's acceptance, for every profile: `forecast … --bank FILE --as-of D+1 --json` opens with the file's last
// balance, dated D, named by file and cell; and forecasts to the same numbers as its tidy twin, the same books with
// that balance typed with its date. The expected balance is worked out here from fixtures/bank/tidy.csv: its first
// row is the opening balance, every other row a transaction (fixtures/bank/README.md).
const tidy = readFileSync('fixtures/bank/tidy.csv', 'utf8').trim().split('\n').slice(1);
const lastBalanceWon = tidy.reduce((sum, row) => sum + Number(row.split(',')[2]), 0);
const D = '2026-11-30';

const dir = mkdtempSync(join(tmpdir(), 'cashflow-profiles-'));
/** A one-invoice book in a foreign currency, for the foreign statements (forecast in their currency). */
const foreignBooks = (currency: string) => {
  const path = join(dir, `invoices-${currency}.csv`);
  writeFileSync(path, `id,client,amount,issued,due\nF-1,Acme,"1,000.00",2026-11-20,2026-12-20\n`);
  return [path, '--currency', currency];
};
const KRW_BOOKS = ['fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv'];
// The tidy month pays two open invoices of the fixtures, which a statement's forecast takes as paid (issue 14):
// 노을커피's 660,000 in full on 11-16, and 1,000,000 of 한빛출판's 1,800,000 (선금), open for the other 800,000.
// The twin types the same: the books as the statement leaves them, and the balance with its date.
const twinInvoices = join(dir, 'invoices-twin.csv');
writeFileSync(
  twinInvoices,
  readFileSync('fixtures/invoices.csv', 'utf8')
    .replace('INV-2026-028,노을커피,"660,000",2026-10-01,2026-10-15,,', 'INV-2026-028,노을커피,"660,000",2026-10-01,2026-10-15,2026-11-16,')
    .replace('INV-2026-035,한빛출판,"1,800,000"', 'INV-2026-035,한빛출판,"800,000"'),
);
const KRW_TWIN = [twinInvoices, '--expenses', 'fixtures/expenses.csv'];

const PROFILES: ReadonlyArray<{ file: string; profile: string; books: string[]; source: string | undefined; env?: Record<string, string> }> = [
  { file: 'kb.xls', profile: 'kb', books: KRW_BOOKS, source: 'kb.xls!G6' },
  { file: 'shinhan.xlsx', profile: 'shinhan', books: KRW_BOOKS, source: 'shinhan.xlsx!G8' },
  { file: 'woori.xls', profile: 'woori', books: KRW_BOOKS, source: 'woori.xls!G20' },
  { file: 'hana.xlsx', profile: 'hana', books: KRW_BOOKS, source: 'hana.xlsx!F23' },
  { file: 'nh.csv', profile: 'nh', books: KRW_BOOKS, source: 'nh.csv:9' },
  { file: 'ibk.csv', profile: 'ibk', books: KRW_BOOKS, source: 'ibk.csv:19' },
  { file: 'kakaobank.xlsx', profile: 'kakaobank', books: KRW_BOOKS, source: 'kakaobank.xlsx!E12' },
  { file: 'tossbank.xlsx', profile: 'tossbank', books: KRW_BOOKS, source: 'tossbank.xlsx!H10', env: { CASHFLOW_BANK_PASSWORD: '0000' } },
  { file: 'wise.csv', profile: 'wise', books: foreignBooks('USD'), source: 'wise.csv:2' },
  { file: 'revolut.csv', profile: 'revolut', books: foreignBooks('EUR'), source: 'revolut.csv:16' },
  { file: 'n26.csv', profile: 'n26', books: foreignBooks('EUR'), source: undefined },
  { file: 'chase.csv', profile: 'chase', books: foreignBooks('USD'), source: 'chase.csv:3' },
  { file: 'monzo.csv', profile: 'monzo', books: foreignBooks('GBP'), source: undefined },
];

function report(args: readonly string[], env: Record<string, string> = {}) {
  const run = cli(['forecast', ...args, '--as-of', '2026-12-01', '--json'], env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return forecastJsonV1.parse(JSON.parse(run.stdout));
}

describe('every bank profile dates the balance', () => {
  it.each(PROFILES)('$file', ({ file, profile, books, source, env }) => {
    const foreign = books !== KRW_BOOKS;
    // The foreign statements are the tidy month scaled: 10 won become one cent.
    const balance = foreign ? lastBalanceWon / 1000 : lastBalanceWon;
    const typed = ['--balance', String(balance), '--balance-date', D];
    const bank = ['--bank', `fixtures/bank/${file}`];
    // N26 and Monzo export no balance: the statement gives the rows, the balance is typed with its date.
    const fromBank = report([...books, ...bank, ...(source === undefined ? typed : [])], env);
    const twin = report([...(foreign ? books : KRW_TWIN), ...typed]);
    expect(fromBank.assumptions.openingBalance).toBe(balance);
    expect(fromBank.assumptions.balanceDate).toBe(D);
    expect(fromBank.assumptions.balanceAgeDays).toBe(0);
    expect(fromBank.assumptions.balanceSource).toBe(source === undefined ? '--balance' : `fixtures/bank/${source}`);
    expect(fromBank.assumptions.statements).toEqual([
      {
        file: `fixtures/bank/${file}`,
        profile,
        from: '2026-11-02',
        to: D,
        balance: source === undefined ? null : balance,
        balanceDate: source === undefined ? null : D,
      },
    ]);
    expect(fromBank.days).toEqual(twin.days);
    expect(fromBank.shortfalls).toEqual(twin.shortfalls);
    expect(fromBank.summary).toEqual(twin.summary);
  });

  it('two accounts sum: a newest-first CP949 CSV and an oldest-first CSV', () => {
    const both = report([...KRW_BOOKS, '--bank', 'fixtures/bank/nh.csv', '--bank', 'fixtures/bank/ibk.csv']);
    expect(both.assumptions.openingBalance).toBe(2 * lastBalanceWon);
    expect(both.assumptions.balanceSource).toBe('fixtures/bank/nh.csv:9, fixtures/bank/ibk.csv:19');
  });
});

describe('a layout no profile knows', () => {
  it('is read with --map bank.FIELD=heading, as the mapped profile', () => {
    const statement = join(dir, 'konto.csv');
    writeFileSync(statement, 'Datum;Betrag;Saldo;Verwendungszweck\n02.11.2026;-25,00;975,00;Miete\n30.11.2026;100,00;1075,00;Zins\n');
    const map = ['--map', 'bank.date=Datum', '--map', 'bank.amount=Betrag', '--map', 'bank.balance=Saldo', '--map', 'bank.memo=Verwendungszweck'];
    const read = report([...foreignBooks('EUR'), '--bank', statement, ...map]);
    expect(read.assumptions.statements).toEqual([{ file: statement, profile: 'mapped', from: '2026-11-02', to: D, balance: 1075, balanceDate: D }]);
    expect(read.assumptions.balanceSource).toBe(`${statement}:3`);
    const unknown = cli(['forecast', ...foreignBooks('EUR'), '--bank', statement, '--map', 'bank.payee=Verwendungszweck']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"payee" is not a statement field');
  });
});
