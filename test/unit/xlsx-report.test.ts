import type { CellObject, WorkBook } from '@e965/xlsx';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../src/domain/currency.js';
import type { Day } from '../../src/domain/day.js';
import { formatDay } from '../../src/domain/day.js';
import { AmountRangeError } from '../../src/domain/money.js';
import { excelSerial } from '../../src/render/xlsx-cells.js';
import { renderXlsx } from '../../src/render/xlsx-report.js';
import { columnLetters } from '../../src/render/xlsx-sheet.js';
import { d, expense, invoice, options, report, USD } from '../support/factories.js';

const read = (bytes: Uint8Array): WorkBook => XLSX.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true });
const cell = (book: WorkBook, sheet: string, ref: string): CellObject | undefined => book.Sheets[sheet]?.[ref];
/** A sheet's rows below the header, as SheetJS reads their values: numbers, booleans, text, and a date cell as a Date. */
const rowsOf = (book: WorkBook, sheet: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[sheet]!, { raw: true, UTC: true });
/** The Date SheetJS reads from a date cell of `day`: its midnight, in UTC. */
const dateOf = (day: Day) => new Date(`${formatDay(day)}T00:00:00Z`);

const krwReport = () =>
  report(
    [invoice({ id: 'A-1', client: '스튜디오 봄', amount: 1_500_000, issued: d('2026-11-20'), due: d('2026-12-10') })],
    [expense({ description: 'Rent', amount: 900_000, date: d('2026-12-05') })],
    options({ asOf: d('2026-12-01'), days: 30, openingBalance: 1_000_000, buffer: 200_000 }),
  );

describe('renderXlsx: the report as a workbook SheetJS reads back', () => {
  it('has the sheets Days, Events and Windows, in that order', () => {
    expect(read(renderXlsx(krwReport())).SheetNames).toEqual(['Days', 'Events', 'Windows']);
  });

  it('writes a day as a date cell: a number with the yyyy-mm-dd format that is that day', () => {
    const date = cell(read(renderXlsx(krwReport())), 'Days', 'A2')!;
    expect(date.t).toBe('n');
    expect(date.z).toBe('yyyy-mm-dd');
    expect(date.w).toBe('2026-12-01');
    expect(XLSX.SSF.parse_date_code(date.v as number)).toMatchObject({ y: 2026, m: 12, d: 1 });
    expect(cell(read(renderXlsx(krwReport())), 'Days', 'A31')!.w).toBe('2026-12-30');
  });

  it('writes a KRW amount as the number of won with the won format', () => {
    const book = read(renderXlsx(krwReport()));
    const invoiceRow = rowsOf(book, 'Events').findIndex((row) => row.kind === 'invoice');
    const amount = cell(book, 'Events', `F${invoiceRow + 2}`)!;
    expect(amount).toMatchObject({ t: 'n', v: 1_500_000, z: '"₩"#,##0', w: '₩1,500,000' });
    expect(cell(book, 'Events', `D${invoiceRow + 2}`)!.v).toBe('스튜디오 봄');
  });

  it('writes a USD amount in dollars, with cents, and the dollar format', () => {
    const usd = report(
      [invoice({ amount: 1234, issued: d('2026-11-20'), due: d('2026-12-10') })],
      [],
      options({ asOf: d('2026-12-01'), days: 30, currency: USD, openingBalance: 0 }),
    );
    const amount = cell(read(renderXlsx(usd)), 'Events', 'F2')!;
    expect(amount).toMatchObject({ t: 'n', v: 12.34, z: '"$"#,##0.00', w: '$12.34' });
  });

  it.each([
    ['EUR', 123456, 1234.56, '#,##0.00 "EUR"'],
    ['JPY', 123456, 123456, '#,##0 "JPY"'],
    ['KWD', 123456, 123.456, '#,##0.000 "KWD"'],
  ])('writes %s with the code after the number and its own minor digits', (code, opening, major, format) => {
    const other = report([], [], options({ asOf: d('2026-12-01'), days: 1, currency: currencyOf(code)!, openingBalance: opening }));
    expect(cell(read(renderXlsx(other)), 'Days', 'E2')).toMatchObject({ t: 'n', v: major, z: format });
  });

  it("gives the Days sheet each day's opening, inflow, outflow, closing and shortfall, and both flags", () => {
    const rows = rowsOf(read(renderXlsx(krwReport())), 'Days');
    expect(rows[4]).toMatchObject({
      opening: 1_000_000,
      inflow: 0,
      outflow: 900_000,
      closing: 100_000,
      shortfall: 100_000,
      'below buffer': true,
      'below zero': false,
    });
    expect(rows[5]!.opening).toBe(100_000);
    expect(rows[0]).toMatchObject({ opening: 1_000_000, closing: 1_000_000, shortfall: 0, 'below buffer': false });
  });

  it("lists an invoice's tax split, the rule it is expected by, and its source", () => {
    const taxed = report(
      [invoice({ id: 'T-1', amount: 967_000, gross: 1_000_000, withheld: 33_000, issued: d('2026-11-20'), due: d('2026-12-10') })],
      [],
      options({ asOf: d('2026-12-01'), days: 30 }),
    );
    expect(rowsOf(read(renderXlsx(taxed)), 'Events')[0]).toEqual({
      date: dateOf(taxed.events[0]!.date),
      kind: 'invoice',
      'id / description': 'T-1',
      client: 'Client',
      amount: 967_000,
      'balance after': 967_000,
      gross: 1_000_000,
      withheld: 33_000,
      VAT: 0,
      overdue: false,
      'expected by: basis': 'default',
      'expected by: days': 30,
      'expected by: paid invoices': 0,
      source: 'invoices.csv:2',
    });
  });

  it("writes each part of a window's plan as a row: its amount, cost, dates and APR/EAR as a percentage", () => {
    const short = krwReport();
    const window = short.windows[0]!;
    const plan = window.bridging.plan!;
    expect(plan.parts.length).toBeGreaterThan(0);
    const book = read(renderXlsx(short));
    const rows = rowsOf(book, 'Windows');
    const parts = rows.filter((row) => row.row === 'plan part');
    expect(parts.map((row) => [row.option, row.amount, row.cost, row.APR, row.EAR])).toEqual(
      plan.parts.map((part) => [part.option.id, part.principal, part.cost, Number(part.apr.toFixed(6)), Number(part.ear.toFixed(6))]),
    );
    expect(parts[0]).toMatchObject({ start: dateOf(window.start), end: dateOf(window.end), 'lowest balance': 100_000, 'plan cost': plan.totalCost });
    expect(cell(book, 'Windows', 'T2')!.z).toBe('0.00%');
    expect(rows.filter((row) => row.row === 'next best')).toHaveLength(window.bridging.nextBest === undefined ? 0 : 1);
  });

  it('gives a structural window one row that says no loan is proposed', () => {
    const structural = report([], [expense({ amount: 500_000, date: d('2026-12-03') })], options({ asOf: d('2026-12-01'), days: 10 }));
    expect(rowsOf(read(renderXlsx(structural)), 'Windows')).toEqual([
      expect.objectContaining({
        structural: true,
        row: 'structural, no loan proposed: Structural: the horizon spends ₩1,520,833 a month and no whole month of invoices sets it off. Cut costs or raise income.',
        need: 500_000,
      }),
    ]);
  });

  it('says a window open on the last day is likely covered by work not yet invoiced, as the table does', () => {
    // ₩3,000,000 invoiced in October and ₩5,000,000 in November: ₩4,000,000 a month; 1,500,000 out over 30 days is
    // 1,500,000 × 365 / 360 = ₩1,520,833 a month, below it.
    const history = [
      invoice({ id: 'O-1', amount: 3_000_000, issued: d('2026-10-05'), paid: d('2026-10-20') }),
      invoice({ id: 'N-1', amount: 5_000_000, issued: d('2026-11-05'), paid: d('2026-11-25') }),
    ];
    const covered = report(
      history,
      [expense({ amount: 1_500_000, date: d('2026-12-20') })],
      options({ asOf: d('2026-12-15'), days: 30, openingBalance: 1_000_000 }),
    );
    expect(rowsOf(read(renderXlsx(covered)), 'Windows')).toEqual([
      expect.objectContaining({
        structural: false,
        row: 'Likely covered by work not yet invoiced: you invoiced ₩4,000,000 a month on average (2 months, 2026-10-01 → 2026-11-30) and the horizon spends ₩1,520,833 a month. List planned work as future-dated invoices to see the day it recovers.',
      }),
    ]);
  });

  it('keeps text as text: a formula stays a string cell, controls are escaped, a literal _x0041_ stays literal', () => {
    const hostile = report(
      [invoice({ client: '=HYPERLINK("http://x","y")', id: '_x0041_\u001b[2J', amount: 1000, issued: d('2026-11-20'), due: d('2026-12-10') })],
      [],
      options({ asOf: d('2026-12-01'), days: 30 }),
    );
    const book = read(renderXlsx(hostile));
    expect(cell(book, 'Events', 'D2')).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(cell(book, 'Events', 'D2')!.f).toBeUndefined();
    expect(cell(book, 'Events', 'C2')!.v).toBe('_x0041_\\x1b[2J');
  });

  it('writes every part of the zip as well-formed XML, whatever the text holds (Excel refuses a file that is not)', () => {
    const hostile = report(
      [invoice({ client: '<b>&amp;</b> "봄" \u0000\u0007\ud83c\udfa8 \ud800', id: ']]>', amount: 1000, issued: d('2026-11-20'), due: d('2026-12-10') })],
      [expense({ description: '\u202eevil\u0085', amount: 10, date: d('2026-12-02') })],
      options({ asOf: d('2026-12-01'), days: 30 }),
    );
    // SheetJS's zip reader is untyped (CFB: any): its entries' paths, and each entry's bytes.
    const zip = XLSX.CFB.read(renderXlsx(hostile), { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
    const parts = zip.FullPaths.map((path, index) => [path, zip.FileIndex[index]!] as const).filter(([path]) => /\.(xml|rels)$/.test(path));
    expect(parts.map(([path]) => path.replace('Root Entry/', '')).sort()).toEqual(expect.arrayContaining(['xl/sharedStrings.xml', 'xl/worksheets/sheet2.xml']));
    for (const [path, entry] of parts) expect([path, XMLValidator.validate(Buffer.from(entry.content).toString('utf8'))]).toEqual([path, true]);
  });

  it('sets every column width from its widest cell, Hangul counting double, and a filter on the header row', () => {
    const sheet = read(renderXlsx(krwReport())).Sheets.Events!;
    const widths = sheet['!cols']!.map((column) => column.wch);
    expect(widths).toHaveLength(17);
    expect(widths[0]).toBe(12); // 2026-12-01 and two to spare
    expect(widths[3]).toBe(13); // 스튜디오 봄: 5 wide + space + 2
    expect(sheet['!autofilter']).toEqual({ ref: sheet['!ref'] });
  });

  it('writes the same bytes for the same report (no clock in the file)', () => {
    expect(Buffer.compare(renderXlsx(krwReport()), renderXlsx(krwReport()))).toBe(0);
  });
});

describe('amounts the workbook cannot hold exactly', () => {
  it('holds 10^15 − 1 cents to the cent, and refuses 10^15 naming the cell, rather than round it', () => {
    const at = (opening: number) => report([], [], options({ asOf: d('2026-12-01'), days: 1, currency: USD, openingBalance: opening }));
    expect(cell(read(renderXlsx(at(999_999_999_999_999))), 'Days', 'E2')!.v).toBe(9_999_999_999_999.99);
    expect(() => renderXlsx(at(1e15))).toThrow(AmountRangeError);
    expect(() => renderXlsx(at(-1e15))).toThrow(
      'Days!B2 (opening) is -$10,000,000,000,000.00, more than a workbook holds exactly (15 significant digits: less than $10,000,000,000,000.00)',
    );
  });

  it('would lose a cent at 2^53 − 1: two amounts there are one double, so 2^53 is not the bound', () => {
    expect((2 ** 53 - 1) / 100).toBe((2 ** 53 - 2) / 100);
  });

  it('below 10^15 minor units, amount / 10^digits prints as the exact decimal, for 0 to 4 digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }), fc.integer({ min: 0, max: 4 }), (amount, digits) => {
        const magnitude = String(Math.abs(amount)).padStart(digits + 1, '0');
        const exact = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`.replace(/\.?0+$/, '');
        const printed = String(amount / 10 ** digits);
        expect(printed).toBe(`${amount < 0 ? '-' : ''}${exact}`);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('excelSerial', () => {
  it.each(['1900-01-01', '1900-02-28', '1900-03-01', '1970-01-01', '2026-12-01', '2999-12-31'])(
    'gives %s the serial Excel (and SheetJS) reads as that day, across the phantom 1900-02-29',
    (text) => {
      const [y, m, day] = text.split('-').map(Number);
      expect(XLSX.SSF.parse_date_code(excelSerial(d(text)))).toMatchObject({ y, m, d: day });
    },
  );

  it('numbers 1900-02-28 59 and 1900-03-01 61, as Excel does', () => {
    expect([excelSerial(d('1900-02-28')), excelSerial(d('1900-03-01')), excelSerial(d('1970-01-01'))]).toEqual([59, 61, 25_569]);
  });
});

describe('columnLetters', () => {
  it('counts A … Z, AA, AZ, BA like Excel', () => {
    expect([0, 25, 26, 51, 52, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  });
});
