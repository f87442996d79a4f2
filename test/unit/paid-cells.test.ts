import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fillPaidCells, paidDateStyle } from '../../src/render/paid-cells.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(text: string, enc: string): Buffer; decode(bytes: Buffer, enc: string): string };

/** The byte ranges where two byte arrays differ, as [offset in a, removed, inserted] — an independent diff. */
function changedBytes(before: Uint8Array, after: Uint8Array): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  return { prefix, suffix };
}

describe('filling paid cells in the user file', () => {
  const text =
    'id,client,amount,issued,paid\r\nINV-1,"판교테크놀로지(주)","1,500,000",2026-11-01,\r\nINV-2,"서울 ""디자인""","800,000",2026-11-03,2026-11-20\r\nINV-3,한빛출판,"300,000",2026-11-05,""\r\n';
  const cp949 = new Uint8Array(iconv.encode(text, 'cp949'));

  it('changes only the empty paid cells of a CP949 file with CRLF and quoted fields', () => {
    const filled = fillPaidCells(cp949, ',', [
      { line: 2, column: 4, text: '2026-11-28' },
      { line: 4, column: 4, text: '2026-12-01' },
    ]);
    if (!('bytes' in filled)) throw new Error(filled.problem);
    const expected = text.replace('2026-11-01,\r\n', '2026-11-01,2026-11-28\r\n').replace(',""\r\n', ',"2026-12-01"\r\n');
    expect(iconv.decode(Buffer.from(filled.bytes), 'cp949')).toBe(expected);
    // Byte level: the bytes before the first fill and after the last are the original's.
    const first = changedBytes(cp949, filled.bytes);
    const firstFill = iconv.encode(text.slice(0, text.indexOf('2026-11-01,\r\n') + 11), 'cp949').length;
    expect(first.prefix).toBe(firstFill);
    expect(filled.bytes.length).toBe(cp949.length + 20);
    expect(new Uint8Array(iconv.encode(expected, 'cp949'))).toEqual(filled.bytes);
  });
  it('refuses a cell that already holds a date, and a line that is not there', () => {
    expect(fillPaidCells(cp949, ',', [{ line: 3, column: 4, text: '2026-11-28' }])).toEqual({
      problem: 'already has a paid date in this cell',
      line: 3,
      reason: 'taken',
    });
    expect(fillPaidCells(cp949, ',', [{ line: 9, column: 4, text: '2026-11-28' }])).toMatchObject({ line: 9 });
  });
  it('adds the delimiters a short record lacks, and keeps a UTF-8 BOM and LF ends', () => {
    const bytes = new TextEncoder().encode('\uFEFFid;amount;issued;due;paid\nA;100;2026-11-01\n');
    const filled = fillPaidCells(bytes, ';', [{ line: 2, column: 4, text: '2026-11-28' }]);
    expect('bytes' in filled && new TextDecoder('utf-8', { ignoreBOM: true }).decode(filled.bytes)).toBe(
      '\uFEFFid;amount;issued;due;paid\nA;100;2026-11-01;;2026-11-28\n',
    );
  });
  it('edits a UTF-16 LE file with its BOM', () => {
    const source = 'id\tpaid\r\nA\t\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(source, 'utf16le')]);
    const filled = fillPaidCells(bytes, '\t', [{ line: 2, column: 1, text: '2026-11-28' }], 'le');
    expect('bytes' in filled && Buffer.from(filled.bytes)).toEqual(Buffer.from([0xff, 0xfe, ...Buffer.from('id\tpaid\r\nA\t2026-11-28\r\n', 'utf16le')]));
  });
  it('counts lines as the reader does: a lone CR inside a quoted cell is a line break there too', () => {
    const text = 'id,memo,paid\nA,"one\rtwo",\nB,x,\n';
    // The reader sees A on line 2 and B on line 4 (the CR became a break).
    const filled = fillPaidCells(new TextEncoder().encode(text), ',', [{ line: 4, column: 2, text: '2026-11-28' }]);
    expect('bytes' in filled && new TextDecoder().decode(filled.bytes)).toBe('id,memo,paid\nA,"one\rtwo",\nB,x,2026-11-28\n');
    expect(fillPaidCells(new TextEncoder().encode(text), ',', [{ line: 5, column: 2, text: '2026-11-28' }])).toEqual({
      problem: 'has no line 5 any more',
      line: 5,
      reason: 'lineGone',
    });
  });
  it('fills a quoted blank cell, which the reader reads as empty, between its quotes', () => {
    const filled = fillPaidCells(new TextEncoder().encode('id,paid\nA," "\nB,  \n'), ',', [
      { line: 2, column: 1, text: '2026-11-28' },
      { line: 3, column: 1, text: '2026-11-29' },
    ]);
    expect('bytes' in filled && new TextDecoder().decode(filled.bytes)).toBe('id,paid\nA,"2026-11-28"\nB,2026-11-29\n');
  });
  it('writes dates the way the column does', () => {
    expect(paidDateStyle(['', '2026.11.20'])('2026-11-28')).toBe('2026.11.28');
    expect(paidDateStyle(['11/20/2026'])('2026-11-28')).toBe('2026-11-28');
    expect(paidDateStyle([])('2026-11-28')).toBe('2026-11-28');
  });
});
