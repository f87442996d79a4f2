import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseCatalogue } from '../../src/bridge/catalogue-choice.js';
import type { InvoiceBook } from '../../src/domain/invoice-book.js';
import { everyInvoice } from '../../src/domain/invoice-book.js';
import { clientHistories } from '../../src/forecast/client-history.js';
import type { ForecastOptions } from '../../src/forecast/options.js';
import { invoicingRunRate } from '../../src/forecast/run-rate.js';
import { nonPaymentProbability } from '../../src/forecast/simulation.js';
import { typedStartingBalance } from '../../src/forecast/starting-balance.js';
import { plainInvoiceBook } from '../../src/read/invoice-columns.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { buildReport } from '../../src/report/build-report.js';
import { d, expense, KRW, options } from '../support/factories.js';

// A large plain file's book keeps its paid rows as columns; the forecast must read it exactly as it reads the same
// invoices made objects by the reader of record (parseInvoices, columnar off). Whole reports are compared, the
// simulation, stress rows and a dated balance's catch-up (paid invoices between the balance and as-of) included.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const AS_OF = '2026-12-01';
const SETTINGS = { currency: KRW, asOf: d(AS_OF) };

function bookOfText(text: string): InvoiceBook {
  const book = plainInvoiceBook(text, 'f.csv', SETTINGS);
  if (book === undefined) throw new Error('the columnar reader did not take the file');
  return book;
}

function objectsOfText(text: string) {
  const read = parseInvoices(text, 'f.csv', SETTINGS, false);
  expect(read.issues).toEqual([]);
  return read.values;
}

const EXPENSES = [expense({ amount: 2_400_000, date: d('2026-01-25'), repeat: 'monthly' }), expense({ amount: 900_000, date: d('2026-12-20') })];

function report(invoices: Parameters<typeof buildReport>[0]['invoices'], opts: ForecastOptions, balanceDay: string | undefined) {
  const balance =
    balanceDay === undefined ? undefined : typedStartingBalance({ amount: opts.openingBalance, day: d(balanceDay), source: '--balance' }, opts.asOf);
  return buildReport({ invoices, expenses: EXPENSES, balance }, opts, chooseCatalogue(KRW, undefined), {
    scenarios: [0, 30],
    simulation: { runs: 40, seed: 7, band: true },
  });
}

const iso = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** One row: a client of a few, an amount, an issue day in 2026, a due day or none, a paid day (≤ as-of) or none. */
const row = fc.record({
  client: fc.integer({ min: 0, max: 6 }),
  amount: fc.integer({ min: 1, max: 900 }),
  issued: fc.integer({ min: 0, max: 333 }),
  term: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  delay: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  retainerPeriod: fc.boolean(),
});

type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

function textOf(rows: readonly Row[]): string {
  const lines = ['id,client,amount,issued,due,paid'];
  rows.forEach((cells, index) => {
    const paid = cells.delay === undefined || cells.issued + cells.delay > 333 ? '' : iso(cells.issued + cells.delay);
    // An id with `@` is a retainer's period paid by hand: it marks that period paid (openOccurrences).
    const id = cells.retainerPeriod && paid !== '' ? `RET-${index}@${iso(cells.issued)}` : `INV-${index}`;
    lines.push(
      `${id},Client ${cells.client},"${(cells.amount * 10_000).toLocaleString('en-US')}",${iso(cells.issued)},${cells.term === undefined ? '' : iso(cells.issued + cells.term)},${paid}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

describe('a book whose paid rows stay columns', () => {
  it('is forecast exactly as its invoices made objects', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: -5_000_000, max: 20_000_000 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        fc.integer({ min: 0, max: 5 }),
        (rows, opening, balanceAge, minHistory) => {
          const text = textOf(rows);
          const book = bookOfText(text);
          const objects = objectsOfText(text);
          expect(everyInvoice(book)).toEqual(objects);
          const opts = options({ asOf: d(AS_OF), days: 120, openingBalance: opening as never, buffer: 1_000_000 as never, minHistory });
          const balanceDay = balanceAge === undefined ? undefined : iso(334 - balanceAge);
          expect(report(book, opts, balanceDay)).toEqual(report(objects, opts, balanceDay));
        },
      ),
      { numRuns: RUNS },
    );
  });

  // Worked by hand: INV-1 (Client A, issued 03-01, due 03-31, paid 04-10), INV-2 (B, issued 04-01, no due, open),
  // INV-3 (A, issued 05-01, due 05-31, paid 06-15), INV-4 (B, issued 11-20, due 12-20, open).
  const text = [
    'id,client,amount,issued,due,paid',
    'INV-1,Client A,"100,000",2026-03-01,2026-03-31,2026-04-10',
    'INV-2,Client B,"200,000",2026-04-01,,',
    'INV-3,Client A,"300,000",2026-05-01,2026-05-31,2026-06-15',
    'INV-4,Client B,"400,000",2026-11-20,2026-12-20,',
    '',
  ].join('\n');

  it('keeps only the unpaid rows as objects, and learns from the paid ones', () => {
    const book = bookOfText(text);
    expect(book.rows.map((invoice) => invoice.id)).toEqual(['INV-2', 'INV-4']);
    const histories = clientHistories(book, { asOf: d(AS_OF), delayDays: 30, overdueGraceDays: 14 });
    // A: 40 and 45 days to pay, 10 and 15 days late; B: two open, INV-2 expected 05-01 (overdue), INV-4 12-20.
    expect(histories.map(({ client, daysToPay, paidCount, open, overdue }) => ({ client, daysToPay, paidCount, open, overdue }))).toEqual([
      { client: 'Client A', daysToPay: [40, 45], paidCount: 2, open: 0, overdue: 0 },
      { client: 'Client B', daysToPay: [], paidCount: 0, open: 2, overdue: 1 },
    ]);
    expect(histories[0]!.latenessSpread).toEqual({ median: 12.5, p80: 14, max: 15 });
  });

  it('judges non-payment and the run-rate over the paid rows too', () => {
    const book = bookOfText(text);
    // Due (or issued) by 90 days before 12-01, i.e. by 09-02: INV-1, INV-2, INV-3; of them INV-2 unpaid.
    expect(nonPaymentProbability(book, d(AS_OF))).toBe(1 / 3);
    // Issued 2026-03 … 2026-11, the 9 whole months before December: ₩1,000,000 ÷ 9 = ₩111,111.1 → ₩111,111.
    expect(invoicingRunRate(book, d(AS_OF))).toEqual({ perMonth: 111_111, months: 9, from: d('2026-03-01'), to: d('2026-11-30') });
  });

  it('sums a run-rate past 2^53 exactly', () => {
    // Ten paid invoices of ₩999,999,999,999,999 (the largest plain amount), five issued in October, five in
    // November: ₩9,999,999,999,999,990 over 2 months is ₩4,999,999,999,999,995 a month, though no double holds the sum.
    const rows = Array.from({ length: 10 }, (_, k) => `INV-${k},Client A,"999,999,999,999,999",2026-${k < 5 ? 10 : 11}-05,,2026-11-20`);
    const book = bookOfText(['id,client,amount,issued,due,paid', ...rows, ''].join('\n'));
    expect(book.rows).toEqual([]);
    expect(invoicingRunRate(book, d(AS_OF))).toEqual({ perMonth: 4_999_999_999_999_995, months: 2, from: d('2026-10-01'), to: d('2026-11-30') });
  });
});
