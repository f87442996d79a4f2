import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idAt } from '../../src/domain/invoice-book.js';
import { decodeText } from '../../src/read/decode-text.js';
import { plainInvoiceFile, readInvoiceColumns } from '../../src/read/invoice-columns.js';
import { parseInvoices } from '../../src/read/invoices.js';
import type { ReadSettings } from '../../src/read/read-settings.js';
import { d, KRW, USD } from '../support/factories.js';

// The columnar reader takes a file only when the reader of record reads it without an issue; on every file the two
// must give the very same invoices and issues (the reader of record is parseInvoices with `columnar` false).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const ROOT = new URL('../../', import.meta.url).pathname;
const SETTINGS: ReadSettings[] = [
  { currency: KRW, asOf: d('2026-12-01') },
  { currency: KRW, asOf: d('2026-06-01') },
  { currency: USD, asOf: d('2026-12-01') },
  { currency: KRW, asOf: d('2026-12-01'), withholding: { num: 33n, den: 1000n } },
  { currency: KRW, asOf: d('2026-12-01'), decimalComma: true },
  { currency: KRW, asOf: d('2026-12-01'), invoiceColumns: { amount: 'amount' } },
];

function csvFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return /\.(csv|txt)$/.test(name) ? [path] : [];
  });
}

/**
 * The columnar reader (wherever it takes the file) and parseInvoices (which tries it on large files only) against the
 * reader of record, on one text under every setting; how many times the columnar reader took the file.
 */
function sameEitherWay(text: string): number {
  let taken = 0;
  for (const settings of SETTINGS) {
    const slow = parseInvoices(text, 'f.csv', settings, false);
    expect(parseInvoices(text, 'f.csv', settings)).toEqual(slow);
    const columnar = plainInvoiceFile(text, 'f.csv', settings);
    if (columnar !== undefined) {
      taken += 1;
      expect({ values: columnar, issues: [] }).toEqual(slow);
    }
  }
  return taken;
}

/** A bookkeeper's script's file: `rows` rows of cashflow's own headings, quoted amounts with thousands separators. */
function bookText(rows: number): string {
  const lines = ['id,client,amount,issued,due,paid'];
  for (let row = 0; row < rows; row += 1) {
    const month = String(1 + (row % 11)).padStart(2, '0');
    const issued = `2026-${month}-${String(1 + (row % 28)).padStart(2, '0')}`;
    const paid = row % 4 === 0 ? '' : `2026-11-30`;
    const due = row % 9 === 0 ? '' : `2026-${month}-28`;
    const amount = (((row % 400) + 1) * 10_000).toLocaleString('en-US');
    lines.push(`INV-${row},${row % 5 === 0 ? '스튜디오 봄' : `Client ${row % 37}`},"${amount}",${issued},${due},${paid}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the columnar invoice reader', () => {
  it('reads every fixture as the reader of record does', () => {
    const files = [...csvFiles(join(ROOT, 'fixtures')), ...csvFiles(join(ROOT, 'test/fixtures'))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const decoded = decodeText(readFileSync(file));
      if ('problem' in decoded) continue;
      sameEitherWay(decoded.text);
    }
  });

  it("takes a script's plain file, and reads it as the reader of record does", () => {
    const text = bookText(20_000);
    const settings = SETTINGS[0]!;
    const columns = readInvoiceColumns(text, settings);
    expect(columns?.count).toBe(20_000);
    expect(text.length).toBeGreaterThan(2 ** 20); // parseInvoices tries the columnar reader on it
    expect(columns?.clients.length).toBe(38); // 스튜디오 봄 and Client 0 … Client 36
    expect(sameEitherWay(text)).toBeGreaterThan(0);
    const [first] = parseInvoices(text, 'f.csv', settings).values;
    expect(first).toEqual({
      id: 'INV-0',
      client: '스튜디오 봄',
      amount: 10_000,
      gross: 10_000,
      withheld: 0,
      vat: 0,
      original: undefined,
      issued: d('2026-01-01'),
      due: undefined,
      paid: undefined,
      repeat: 'none',
      until: undefined,
      source: { file: 'f.csv', line: 2 },
    });
  });

  it('leaves a file with one doubtful row to the reader of record, whatever the row', () => {
    const lines = bookText(40).split('\n');
    const doubtful = [
      'INV-0,Client 1,"10,000",2026-01-01,,', // a repeated id
      'INV-x,Client 1,"10,000",2026-01-01,,2027-01-01', // paid after as-of
      'INV-x,Client 1,"10,000",2026-02-01,2026-01-01,', // due before issue
      'INV-x, Client 1,"10,000",2026-01-01,,', // a blank around a cell
      'INV-x,Client 1,"10,000",2026.01.01,,', // a date that is not ISO
      'INV-x,Client 1,"1,0000",2026-01-01,,', // an amount that is not plain
      'INV-x,Client 1,"10,5",2026-01-01,,', // a decimal comma
      'Total,,"10,000",,,', // a total row
      'INV-x,"Client ""1""","10,000",2026-01-01,,', // a quote inside a quoted cell
      'INV-x,Cli"ent 1,"10,000",2026-01-01,,', // a quote inside a bare cell
      'INV-x,"Client\n1","10,000",2026-01-01,,', // a newline inside a quoted cell
      'INV-x,Client 1,"10,000",2026-01-01,,"', // a quote left open at the end of a record
      'INV-x,Client 1,"10,000",2026-01-01,', // a cell short
      ',,,,,', // a blank record
    ];
    for (const row of doubtful) {
      const text = [...lines.slice(0, 20), row, ...lines.slice(20)].join('\n');
      expect(readInvoiceColumns(text, SETTINGS[0]!)).toBeUndefined();
      sameEitherWay(text);
    }
  });

  it('finds an id repeated thousands of rows later, after its table has grown', () => {
    const lines = bookText(5_000).split('\n');
    // INV-1 is on line 3; INV-4999's twin and INV-1's come after the 256-slot table has doubled five times.
    for (const id of ['INV-1', 'INV-4999', 'INV-0']) {
      const text = [...lines.slice(0, -1), `${id},Client 1,"10,000",2026-01-01,,`, ''].join('\n');
      expect(readInvoiceColumns(text, SETTINGS[0]!)).toBeUndefined();
      expect(parseInvoices(text, 'f.csv', SETTINGS[0]!, false).issues.map((issue) => issue.line)).toEqual([5_002]);
    }
    // Ids that share a prefix or a length are not the same id: INV-50000 is new.
    const text = [...lines.slice(0, -1), 'INV-50000,Client 1,"10,000",2026-01-01,,', ''].join('\n');
    const columns = readInvoiceColumns(text, SETTINGS[0]!)!;
    expect([idAt(columns, columns.count - 2), idAt(columns, columns.count - 1)]).toEqual(['INV-4999', 'INV-50000']);
  });

  it('tells ids that share a 32-bit hash apart, and finds a repeated one among them', () => {
    // FNV-1a (32 bits) gives costarring and liquid one hash, and declinate and macallums another (published pairs).
    const lines = bookText(5_000).split('\n');
    const withIds = (...ids: string[]) => [...lines.slice(0, -1), ...ids.map((id) => `${id},Client 1,"10,000",2026-01-01,,`), ''].join('\n');
    const text = withIds('costarring', 'liquid', 'declinate', 'macallums');
    const columns = readInvoiceColumns(text, SETTINGS[0]!)!;
    expect(columns.count).toBe(5_004);
    expect([0, 1, 2, 3].map((back) => idAt(columns, columns.count - 4 + back))).toEqual(['costarring', 'liquid', 'declinate', 'macallums']);
    sameEitherWay(text);
    for (const repeated of [withIds('costarring', 'liquid', 'costarring'), withIds('liquid', 'declinate', 'macallums', 'liquid')]) {
      expect(readInvoiceColumns(repeated, SETTINGS[0]!)).toBeUndefined();
      sameEitherWay(repeated);
    }
  });

  it('keeps ids wider than a byte, before and after plain ones', () => {
    const lines = bookText(3_000).split('\n');
    // The id buffer starts one byte a code unit and widens at the first Korean id: ids on both sides keep their text.
    const text = [lines[0], 'A-1,Client 1,"10,000",2026-01-01,,', '청구-2,Client 1,"10,000",2026-01-01,,', ...lines.slice(1)].join('\n');
    const columns = readInvoiceColumns(text, SETTINGS[0]!)!;
    expect([idAt(columns, 0), idAt(columns, 1), idAt(columns, 2), idAt(columns, columns.count - 1)]).toEqual(['A-1', '청구-2', 'INV-0', 'INV-2999']);
    sameEitherWay(text);
    const twice = [lines[0], '청구-2,Client 1,"10,000",2026-01-01,,', ...lines.slice(1, -1), '청구-2,Client 1,"10,000",2026-01-01,,', ''].join('\n');
    expect(readInvoiceColumns(twice, SETTINGS[0]!)).toBeUndefined();
    sameEitherWay(twice);
  });

  it('grows its columns past a guess made from long first records', () => {
    // The columns are sized from the first records' length: here they are ten times longer than the rest.
    const lines = bookText(20_000).split('\n');
    const long = lines.slice(1, 301).map((line) => line.replace(/Client (\d+)/, (_, n: string) => `Client ${n} ${'x'.repeat(400)}`));
    const text = [lines[0], ...long, ...lines.slice(301)].join('\n');
    const columns = readInvoiceColumns(text, SETTINGS[0]!)!;
    expect(columns.count).toBe(20_000);
    expect([idAt(columns, 0), idAt(columns, 19_999), columns.line[19_999]]).toEqual(['INV-0', 'INV-19999', 20_001]);
    sameEitherWay(text);
  });

  it('reads the days at the edges of the calendar it takes as the reader of record does', () => {
    const lines = bookText(100).split('\n');
    // The first and last days dayFromParts takes, the days just outside, and 29 February in leap and common years.
    const days = [
      '1900-01-01',
      '1899-12-31',
      '2999-12-31',
      '3000-01-01',
      '2024-02-29',
      '2023-02-29',
      '2000-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-12-00',
      '2026-00-10',
    ];
    for (const day of days) {
      const text = [...lines.slice(0, 50), `INV-x,Client 1,"10,000",${day},,`, ...lines.slice(50)].join('\n');
      sameEitherWay(text);
    }
    const taken = [...lines.slice(0, 50), 'INV-x,Client 1,"10,000",1900-01-01,2999-12-31,', 'INV-y,Client 1,"10,000",2024-02-29,2100-02-28,'].join('\n');
    const columns = readInvoiceColumns(taken, SETTINGS[0]!)!;
    expect([columns.issued[49], columns.due[49], columns.issued[50], columns.due[50]]).toEqual([
      d('1900-01-01'),
      d('2999-12-31'),
      d('2024-02-29'),
      d('2100-02-28'),
    ]);
    expect(d('1900-01-01')).toBe(-25_567); // 70 years of 365 days and 17 leap days before 1970
  });

  it('reads fuzzed near-plain files as the reader of record does', { timeout: 600_000 }, () => {
    const cell = {
      id: ['INV-1', 'INV-2', 'INV-1', '', ' INV-3', '"INV-4"', 'Total', '합계', 'a"b', '"x,y"'],
      client: ['Client 1', '스튜디오 봄', '"Studio, B"', '', 'C\u0000', '"C\nD"'],
      amount: [
        '"1,500,000"',
        '1500000',
        '"1,234.56"',
        '12,5',
        '0',
        '-5',
        '"₩1,000"',
        '"1.234,56"',
        '1e3',
        '',
        '"1,50,000"',
        '007',
        '"1,"',
        '"1234,567"',
        '"1,234,5678"',
        '999999999999999',
        '"9,007,199,254,740,993"',
      ],
      issued: ['2026-01-05', '2026-13-01', '2026-1-5', '2026.01.05', '', '12/01/2026', '2026-02-30', '"2026-01-05,x"', '"2026-01-05"', '2026-01-0５'],
      due: ['2026-02-05', '', '2025-12-01', '13/11/2026', '04/28/2026'],
      paid: ['2026-03-05', '', '2027-01-01', '2025-01-01', '"2026-04-01"'],
    } as const;
    type Field = keyof typeof cell;
    const fields = Object.keys(cell) as Field[];
    const file = fc
      .record({
        header: fc.oneof(
          fc.constant(fields as string[]),
          fc.shuffledSubarray([...fields, 'id', 'currency', 'Issued'] as string[], { minLength: 3, maxLength: 7 }),
        ),
        rows: fc.array(fc.record({ plain: fc.nat({ max: 9 }), picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) }), { maxLength: 8 }),
        ending: fc.constantFrom('\n', '', '\n\n', '\r\n'),
      })
      .map(({ header, rows, ending }) => {
        // Most rows pick plain cells (each field's first two), so whole files are often plain and taken.
        const lines = rows.map(({ plain, picks }, row) =>
          header
            .map((heading, column) => {
              const options = (cell as Record<string, readonly string[]>)[heading] ?? ['x'];
              const pick = picks[column]! % (plain < 8 ? (heading === 'issued' ? 1 : Math.min(2, options.length)) : options.length);
              return heading === 'id' && pick === 0 ? `INV-${row}` : options[pick]!;
            })
            .join(','),
        );
        return [header.join(','), ...lines].join(ending === '\r\n' ? '\r\n' : '\n') + ending;
      });
    let taken = 0;
    fc.assert(
      fc.property(file, (text) => {
        taken += sameEitherWay(text);
      }),
      { numRuns: RUNS },
    );
    // About one reading in fifteen is taken (303 of 9,000 at 1,500 runs): the accepting path is exercised too.
    expect(taken).toBeGreaterThan(RUNS / 20);
  });
});
