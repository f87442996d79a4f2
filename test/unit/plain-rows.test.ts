import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import { day as dayOf, parseIsoDay } from '../../src/domain/day.js';
import type { DecimalStyle } from '../../src/domain/money.js';
import { parseAmount } from '../../src/domain/money.js';
import type { CsvRecord } from '../../src/read/csv-table.js';
import { parseCsvTable } from '../../src/read/csv-table.js';
import { invoiceRowSchema, parseInvoices, plainInvoiceRow } from '../../src/read/invoices.js';
import { plainPositiveAmount } from '../../src/read/plain-cells.js';
import { plainCsvShape } from '../../src/read/plain-csv.js';
import { decimalStyleDetector } from '../../src/read/read-settings.js';

// Large files are read without csv-parse and (row by row) without zod when they are plain. These properties hold
// the fast readers to the slow ones: wherever a fast reader answers, it answers what csv-parse and zod answer.

const KRW = currencyOf('KRW')!;
const USD = currencyOf('USD')!;
const KWD = currencyOf('KWD')!;
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

function tableOf(text: string, plain: boolean) {
  const { table, issues } = parseCsvTable(text, 'x.csv', plain);
  const records: CsvRecord[] = [];
  table?.records.forEach((record) => {
    records.push(record);
  });
  return { header: table?.header, records, issues };
}

// Cells that exercise quoting: delimiters, quotes, newlines, blanks, Korean text.
const cell = fc.stringMatching(/^[a-z가,;" \n\t0-9.]{0,6}$/);

/** CSV text from rows of cells, each cell quoted (doubling quotes) when it must be or when `quoteAll` says. */
function csvOf(rows: string[][], delimiter: string, quoteAll: boolean[], ending: string): string {
  return rows
    .map((row, r) =>
      row
        .map((value, c) => {
          const must = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
          return must || quoteAll[(r + c) % quoteAll.length] ? `"${value.replaceAll('"', '""')}"` : value;
        })
        .join(delimiter),
    )
    .join(ending);
}

describe('the plain CSV reader', () => {
  it('reads what csv-parse reads, on the same lines, for any well-quoted text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (rows, delimiter, quoteAll, ending, trailing, emptyLines) => {
          let text = csvOf(rows, delimiter, quoteAll, ending) + (trailing ? ending : '');
          if (emptyLines) text = text.replace(ending, `${ending}${ending}`);
          const header = text.split('\n', 1)[0]!;
          // The sniffer picks the delimiter from the header; the two readers must then agree on the whole file.
          expect(tableOf(text, true), header).toEqual(tableOf(text, false));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('hands any text it cannot read exactly to csv-parse, and agrees wherever it reads', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a,"\n ]{0,24}$/), (text) => {
        const plain = tableOf(text, true);
        const judged = tableOf(text, false);
        if (plainCsvShape(text.replace(/\r\n?/g, '\n'), ',') !== undefined) expect(plain).toEqual(judged);
        else expect(plain.issues).toEqual(judged.issues);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('reads the plain forms itself and leaves the irregular ones alone', () => {
    expect(plainCsvShape('id,amount\nA,"1,500,000"\n\n"B ""x""",2\n', ',')).toEqual({ records: 3 });
    expect(plainCsvShape('id,amount\n  ,\t\n', ',')).toEqual({ records: 1 });
    expect(plainCsvShape('id,amount\nA,1"5\n', ',')).toBeUndefined();
    expect(plainCsvShape('id,amount\n"A"x,1\n', ',')).toBeUndefined();
    expect(plainCsvShape('id,amount\n"A,1\n', ',')).toBeUndefined();
    const multiline = tableOf('id,note\nA,"two\nlines"\nB,x\n', true);
    expect(multiline.records).toEqual([
      { line: 2, cells: ['A', 'two\nlines'] },
      { line: 4, cells: ['B', 'x'] },
    ]);
  });
});

describe('plain cells and rows', () => {
  const amountText = fc.oneof(
    fc.stringMatching(/^[0-9,.]{1,12}$/),
    fc.bigInt({ min: 0n, max: 10n ** 17n }).map((value) => value.toLocaleString('en-US')),
    fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 9_999 })).map(([whole, cents]) => `${whole.toLocaleString('en-US')}.${cents}`),
  );

  it('reads a plain amount exactly as parseAmount does, or not at all', () => {
    fc.assert(
      fc.property(amountText, fc.constantFrom(KRW, USD, KWD), fc.constantFrom<DecimalStyle>('point', 'comma'), (text, currency, style) => {
        const plain = plainPositiveAmount(text, currency, style);
        if (plain === undefined) return;
        expect(parseAmount(text, currency, style)).toEqual({ ok: true, minor: plain });
      }),
      { numRuns: RUNS * 5 },
    );
    expect(plainPositiveAmount('1,500,000', KRW, 'point')).toBe(1_500_000);
    expect(plainPositiveAmount('1234.5', USD, 'point')).toBe(123_450);
    expect(plainPositiveAmount('0', KRW, 'point')).toBeUndefined();
    expect(plainPositiveAmount('1.5', KRW, 'point')).toBeUndefined();
    expect(plainPositiveAmount('12,34', KRW, 'point')).toBeUndefined();
  });

  it('gives the row zod gives whenever it reads one', () => {
    const day = fc.oneof(
      fc.constant(undefined),
      fc.stringMatching(/^20[0-9]{2}-[01][0-9]-[0-3][0-9]$/),
      fc.constantFrom('2026.12.01', '2026-02-30', '20261201'),
    );
    const text = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 3 }), fc.constant('x'.repeat(501)));
    const cells = fc.record(
      {
        id: text,
        client: text,
        amount: fc.oneof(fc.constant(undefined), amountText),
        issued: day,
        due: day,
        paid: day,
        currency: fc.constantFrom(undefined, 'KRW'),
        repeat: fc.constantFrom(undefined, 'monthly'),
        until: fc.constantFrom(undefined, '2027-01-01'),
        withholding: fc.constantFrom(undefined, '3.3%'),
        vat: fc.constantFrom(undefined, 'exempt'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(cells, fc.constantFrom(KRW, USD), (row, currency) => {
        const defined = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
        const plain = plainInvoiceRow(defined, currency, 'point');
        if (plain === undefined) return;
        expect(plain).toEqual(invoiceRowSchema(currency, 'point', { currency, asOf: dayOf(0) }).parse(defined));
      }),
      { numRuns: RUNS * 5 },
    );
    const typical = { id: 'INV-1', client: '스튜디오 봄', amount: '1,800,000', issued: '2025-12-02', due: '2026-01-01', paid: '2026-01-05' };
    expect(plainInvoiceRow(typical, KRW, 'point')).toEqual({
      id: 'INV-1',
      client: '스튜디오 봄',
      amount: 1_800_000,
      issued: parseIsoDay('2025-12-02'),
      due: parseIsoDay('2026-01-01'),
      paid: parseIsoDay('2026-01-05'),
      currency: undefined,
      repeat: 'none',
      until: undefined,
      withholding: undefined,
      vat: false,
    });
  });

  it('reads a mixed file, plain rows and others, to the invoices and problems the rules give', () => {
    const asOf = parseIsoDay('2026-12-01')!;
    const text = [
      'id,client,amount,issued,due,paid,repeat,currency',
      'A,Kim,"1,500,000",2026-10-01,2026-10-31,,,',
      'B,Lee,"2,000,000",2026.10.05,,2026-11-20,,',
      'C,Park,0,2026-10-05,,,,',
      'A,Kim,"9,000",2026-10-07,,,,',
      'D,Choi,"5,000",2026-10-07,,2027-01-01,,',
      'E,Jung,"700,000",2026-11-01,,,monthly,',
      'F,Yoon,"12.50",2026-11-01,,,,USD',
    ].join('\n');
    const settings = { currency: KRW, asOf, fx: new Map([['USD', { num: 1390n, den: 1n }]]) };
    const fast = parseInvoices(text, 'x.csv', settings);
    expect(fast.values.map((invoice) => invoice.id)).toEqual(['A', 'B', 'E', 'F']);
    expect(fast.issues.map((issue) => `${issue.line}:${issue.field} ${issue.problem}`)).toEqual([
      '4:amount is zero',
      '5:id repeats the invoice on line 2',
      '6:paid is after the as-of date 2026-12-01',
    ]);
    expect(fast.values.find((invoice) => invoice.id === 'F')!.gross).toBe(17_375);
  });
});

describe('the decimal style of a column, one cell at a time', () => {
  // The rule as first written (whole column at once, every cell normalised): the detector's shortcut for plain
  // digits and commas must not change its answer.
  function reference(cells: string[]): DecimalStyle {
    let comma = false;
    for (const raw of cells) {
      const value = raw.normalize('NFKC').replace(/[^\d.,]/g, '');
      if (/\.\d{3},\d+$/.test(value) || /\d\.\d{3}\.\d{3}/.test(value) || /(^|[^\d.,])\d+,\d{1,2}$/.test(value) || /^\d+,\d{1,2}$/.test(value)) comma = true;
      else if (/,\d{3}\.\d+$/.test(value) || /^\d+\.\d{1,2}$/.test(value)) return 'point';
    }
    return comma ? 'comma' : 'point';
  }

  it('decides as the whole-column rule does', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9,. ₩]{0,9}$/), { maxLength: 6 }), (cells) => {
        const detector = decimalStyleDetector(undefined);
        for (const value of cells) detector.see(value);
        expect(detector.style()).toBe(reference(cells));
      }),
      { numRuns: RUNS * 5 },
    );
    const detector = decimalStyleDetector(undefined);
    for (const value of ['1.234,56', '12,5']) detector.see(value);
    expect(detector.style()).toBe('comma');
  });
});
