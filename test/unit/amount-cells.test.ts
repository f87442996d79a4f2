import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { positiveAmountCell } from '../../src/read/cell-schemas.js';
import { decodeText } from '../../src/read/decode-text.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { d, KRW, USD } from '../support/factories.js';

const cell = (text: string, currency = KRW, style: 'point' | 'comma' = 'point') => {
  const parsed = positiveAmountCell(currency, style).safeParse(text);
  return parsed.success ? parsed.data : parsed.error.issues[0]!.message;
};

describe('amounts as Korean Excel and accounting exports write them', () => {
  it('reads \\1,500,000: CP949 Excel writes ₩ as a backslash', () => {
    expect(cell('\\1,500,000')).toBe(1_500_000);
    expect(cell('\\ 1,500,000')).toBe(1_500_000);
    expect(cell('\\1,500,000', USD)).toBe('is written in KRW, but the forecast is in USD');
  });

  it('reads decimals that are all zeros in a currency without decimals', () => {
    expect(cell('1500000.00')).toBe(1_500_000);
    expect(cell('1,500,000.0')).toBe(1_500_000);
    expect(cell('₩1,500,000.00')).toBe(1_500_000);
    expect(cell('1.500.000,00', KRW, 'comma')).toBe(1_500_000);
    expect(cell('12.5000', USD)).toBe(1250);
  });

  it('keeps non-zero decimals an error, and 1.000 (which could be a thousand) too', () => {
    expect(cell('1500000.50')).toBe('has 2 decimals, but KRW has 0');
    expect(cell('12.505', USD)).toBe('has 3 decimals, but USD has 2');
    expect(cell('1.000')).toBe('has 3 decimals, but KRW has 0');
  });

  it('reads the backslash of a CP949 file saved by Korean Excel', () => {
    const bytes = iconv.encode('id,client,amount,issued\nA,한빛,"\\1,500,000",2026-11-01\n', 'cp949');
    const decoded = decodeText(new Uint8Array(bytes));
    if (!('text' in decoded)) throw new Error(decoded.problem);
    expect(decoded.encoding).toBe('cp949');
    expect(parseInvoices(decoded.text, 'f.csv', { currency: KRW, asOf: d('2026-12-01') }).values.map((invoice) => [invoice.client, invoice.amount])).toEqual([
      ['한빛', 1_500_000],
    ]);
  });

  it('reads a file of both forms', () => {
    const read = parseInvoices('id,client,amount,issued\nA,X,\\1,2026-11-01\nB,X,"\\1,500,000",2026-11-01\nC,X,1500000.00,2026-11-01\n', 'f.csv', {
      currency: KRW,
      asOf: d('2026-12-01'),
    });
    expect(read.issues).toEqual([]);
    expect(read.values.map((invoice) => invoice.amount)).toEqual([1, 1_500_000, 1_500_000]);
  });
});
