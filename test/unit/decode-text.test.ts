import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const CP949_FIXTURE = readFileSync(new URL('../fixtures/shapes/korean-excel-invoices.csv', import.meta.url));
const KOREAN_TEXT = iconv.decode(CP949_FIXTURE, 'cp949');

/** The fixture's text as UTF-8, with the bytes `bad` inserted right after the first `after`. */
function utf8With(after: string, bad: number[]): Uint8Array {
  const at = Buffer.from(KOREAN_TEXT.slice(0, KOREAN_TEXT.indexOf(after) + after.length), 'utf8').length;
  const bytes = Buffer.from(KOREAN_TEXT, 'utf8');
  return new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);
}

const decoded = (bytes: Uint8Array) => {
  const result = decodeText(bytes);
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('UTF-8 or CP949, decided on the evidence', () => {
  it('reads a real Korean Excel export as CP949', () => {
    const result = decoded(CP949_FIXTURE);
    expect(result.encoding).toBe('cp949');
    expect(result.text).toContain('INV-2025-041,스튜디오 봄,1800000원');
  });

  it('reads UTF-8 with one bad byte as UTF-8: every other Korean name intact, the bad byte a U+FFFD', () => {
    const result = decoded(utf8With('판교', [0xff]));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('INV-2025-041,스튜디오 봄,1800000원');
    expect(result.text).toContain('판교\uFFFD테크');
    expect(result.text.split('\uFFFD')).toHaveLength(2);
  });

  it('reads UTF-8 with a few bad bytes (a truncated character, a Latin-1 é) as UTF-8', () => {
    expect(decoded(utf8With('스튜디오', [0xeb, 0xb4])).encoding).toBe('utf-8');
    expect(decoded(new Uint8Array([...Buffer.from('id,client,amount,issued\nINV-1,Caf'), 0xe9, ...Buffer.from(',100,2026-11-01\n')])).encoding).toBe('utf-8');
  });

  it('reads a short file whose names hold terminal escape sequences as text; loose controls as dense are not', () => {
    // 4 names × (clear screen, two window titles, a colour): 24 control characters in 170, past the 16-control, 1 %
    // threshold were the sequences counted; the same count of bare backspaces is binary.
    const name = 'A\x1b[2J\x1b]0;pwned\x07\x1b]0;x\x1b\\\x1b[31m';
    const rows = (cell: string) => `id,client,amount,issued\n${cell},${cell}-x,100,2026-11-01\n${cell}-2,${cell},100,2026-11-01\n`;
    expect(decoded(Buffer.from(rows(name))).text).toContain('\x1b]0;pwned\x07');
    expect(decodeText(Buffer.from(rows('A\b\b\b\b\b\b')))).toHaveProperty('problem');
  });

  it('counts the controls a window-title wrapper holds: ESC ] … BEL around binary is not a sequence', () => {
    // 60 backspaces inside one OSC: not printable text, so each counts (60 in 110 is past the threshold).
    const wrapped = `id,client\nA,\x1b]${'\b'.repeat(60)}\x07\n`;
    expect(decodeText(Buffer.from(wrapped))).toHaveProperty('problem');
    // A title past 512 characters is not taken as one either: its ESC and BEL count, with 15 more bare controls.
    const long = `id,client\nA,\x1b]0;${'t'.repeat(600)}\x07${'\b'.repeat(15)}\n`;
    expect(decodeText(Buffer.from(long))).toHaveProperty('problem');
    expect(decodeText(Buffer.from(`id,client\nA,\x1b]0;${'t'.repeat(500)}\x07${'\b'.repeat(15)}\n`))).not.toHaveProperty('problem');
  });

  it('still calls bytes that are mostly unreadable in both encodings not text', () => {
    const noise = Array.from({ length: 400 }, (_, index) => (index % 2 === 0 ? 0x80 : 0xff)); // a lead byte in neither
    expect(decodeText(new Uint8Array([...Buffer.from('id,client\n'), ...noise]))).toHaveProperty('problem');
  });
});

describe('a cell holding a byte that could not be decoded', () => {
  const settings = { currency: KRW, asOf: d('2026-12-01') };

  it('is an error of its row, at its line and column; the other rows keep their Korean names', () => {
    const read = parseInvoices(decoded(utf8With('판교', [0xff])).text, 'korean.csv', settings);
    expect(read.issues.map(formatIssue)).toEqual([
      'korean.csv:3:2: 거래처 "판교\uFFFD테크" has a character that could not be read (shown as \uFFFD): the file has bytes that are not valid in its encoding; retype the cell in the spreadsheet and save the file again as "CSV UTF-8"; if it is in another encoding, name it with --encoding',
    ]);
    expect(read.issues[0]!.rowOnly).toBe(true);
    expect(read.values.map((invoice) => invoice.client)).toContain('스튜디오 봄');
    expect(read.values.map((invoice) => invoice.client)).not.toContain('판교\uFFFD테크');
  });

  it('counts the lost characters of a cell', () => {
    const text = 'id,client,amount,issued\nINV-1,A\uFFFDB\uFFFD,100,2026-11-01\n';
    expect(parseInvoices(text, 'f.csv', settings).issues[0]!.problem).toMatch(/^has 2 characters that could not be read/);
  });
});
