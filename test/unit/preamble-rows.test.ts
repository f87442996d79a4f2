import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../src/read/csv-table.js';
import { decodeText } from '../../src/read/decode-text.js';
import { parseExpenses } from '../../src/read/expenses.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { mayBeTotalCell } from '../../src/read/total-rows.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const settings = { currency: KRW, asOf: d('2026-12-01') };
const ids = (text: string) => parseInvoices(text, 'f.csv', settings);

describe('title rows above the header and total rows below the data', () => {
  it('finds the header under a title and a period, and leaves out the 합계 row', () => {
    const text = [
      '청구 내역',
      '조회기간,2026-11-01 ~ 2026-11-30',
      '',
      '청구번호,거래처,금액,발행일,비고',
      'A-1,Acme,"1,000,000",2026-11-01,',
      'A-2,Beta,"500,000",2026-11-15,',
      '합계,,"1,500,000",,',
      '',
    ].join('\n');
    const read = ids(text);
    expect(read.values.map((invoice) => [invoice.id, invoice.amount, invoice.source.line])).toEqual([
      ['A-1', 1_000_000, 5],
      ['A-2', 500_000, 6],
    ]);
    // The header line, not line 1, is where a heading problem is.
    expect(read.issues.map(formatIssue)).toEqual([expect.stringMatching(/^warning: f\.csv:4:5: column "비고" is not a column cashflow knows/)]);
  });

  it('leaves out a Total row of an expenses file without a title', () => {
    const read = parseExpenses('date,amount,description\n2026-12-05,"50,000",Rent\nTotal,"50,000",\n', 'e.csv', settings);
    expect(read.issues).toEqual([]);
    expect(read.values.map((expense) => expense.amount)).toEqual([50_000]);
  });

  it('keeps reporting a missing column at the first row when no row below looks more like a header', () => {
    const read = ids('id,client,issued\nA-1,Acme,2026-11-01\n');
    expect(read.issues.map(formatIssue)).toEqual([expect.stringMatching(/^f\.csv:1:1: file has no "amount" column/)]);
  });

  it('reports an error on the header line when the header is under blank lines', () => {
    const read = ids('\n\nid,client,amount,issued,id\nA-1,Acme,100,2026-11-01,B\n');
    expect(read.issues.map(formatIssue)[0]).toMatch(/^f\.csv:3:5: column "id" and column 1 \("id"\) both look like the id column/);
  });
});

describe('the quick test for total rows', () => {
  it('lets every word isTotalRow knows through, in any case and width, and stops digits and other letters', () => {
    for (const word of [
      '합계',
      '총계',
      '소계',
      '계',
      '누계',
      '총합계',
      'Total',
      'TOTALS',
      'Subtotal',
      'Grand Total',
      'sum',
      'ｔｏｔａｌ',
      ' 합계',
      '[합계]',
      '*Total',
    ])
      expect([word, mayBeTotalCell(word)]).toEqual([word, true]);
    for (const cell of ['2026-11-01', '1,500,000', 'INV-1', 'Acme', '한빛', '12월']) expect([cell, mayBeTotalCell(cell)]).toEqual([cell, false]);
  });
});

describe('the delimiter', () => {
  it('is not taken from a title line: a tab file under a title with commas', () => {
    expect(sniffDelimiter('Invoices, November, 2026\nid\tclient\tamount\tissued\nA-1\tAcme\t100\t2026-11-01\n')).toBe('\t');
  });

  it('is the one that splits the lines alike, not the one most frequent on one line', () => {
    expect(sniffDelimiter('date\tamount\n2026-11-01\t1,500,000,000\n2026-11-02\t2,000\n')).toBe('\t');
  });

  it('is not taken from a quoted cell that spans lines', () => {
    expect(sniffDelimiter('date,amount,description\n2026-12-05,100,"a;b\nc;d"\n2026-12-06,100,"e;f\ng;h"\n')).toBe(',');
  });

  it('may be a vertical bar', () => {
    expect(sniffDelimiter('id|client|amount|issued\nA-1|Acme|100|2026-11-01\n')).toBe('|');
    expect(ids('id|client|amount|issued\nA-1|Acme|"1,500"|2026-11-01\n').values.map((invoice) => invoice.amount)).toEqual([1500]);
  });

  it('still goes to the comma on a tie', () => {
    expect(sniffDelimiter('a,b;c\n')).toBe(',');
  });

  it('reads Excel "Unicode text": UTF-16 LE with a BOM and tabs', () => {
    const text = 'id\tclient\tamount\tissued\r\nA-1\t한빛\t1500000\t2026-11-01\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const decoded = decodeText(bytes);
    if (!('text' in decoded)) throw new Error(decoded.problem);
    const read = parseInvoices(decoded.text, 'u.txt', settings);
    expect(read.issues).toEqual([]);
    expect(read.values.map((invoice) => [invoice.client, invoice.amount])).toEqual([['한빛', 1_500_000]]);
  });
});
