import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { containerKind } from '../../src/read/workbook/container-kind.js';
import { htmlRows } from '../../src/read/workbook/html-rows.js';
import { htmlText } from '../../src/read/workbook/html-text.js';
import { readWorkbook } from '../../src/read/workbook/read-workbook.js';

// The shape of KB국민's "엑셀" download: an EUC-KR page whose wrapper table holds an account table and the transactions.
const KB_PAGE = `<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>
<title>거래내역</title><style>td { mso-number-format: "\\@"; }</style></head><body>
<table><tr><td>
  <table>
    <tr><td>조회기간</td><td colspan="2">2026.11.01 ~ 2026.11.30</td></tr>
    <tr><td>계좌번호</td><td>123456-01-&nbsp;000000</td></tr>
  </table>
  <table border="1">
    <tr><th>거래일시</th><th>적요</th><th colspan=2>금액</th><th>잔액</th></tr>
    <!-- <tr><td>commented out</td></tr> -->
    <tr><td rowspan="2">2026.11.28<br>14:03:22</td><td><b>급여</b> 입금</td><td>1,500,000&nbsp;</td><td>0</td><td>2,000,000</td></tr>
    <tr><td>카드 &amp; 수수료</td><td>0</td><td>25,000</td><td>1,975,000</td></tr>
  </table>
</td></tr></table></body></html>`;

describe('an HTML table saved as .xls', () => {
  it('is sniffed as HTML after a byte-order mark and white space, in UTF-8 or UTF-16', () => {
    expect(containerKind(Buffer.from('\uFEFF \r\n<html>'))).toBe('html');
    expect(containerKind(Buffer.from('\uFEFF\n<table>', 'utf16le'))).toBe('html');
    expect(containerKind(Buffer.from('id,client\n'))).toBe('text');
  });

  it('is decoded by its own meta charset: EUC-KR bytes read as Korean', () => {
    const bytes = iconv.encode(KB_PAGE, 'euc-kr');
    const decoded = htmlText(bytes);
    expect('text' in decoded && decoded.text.includes('거래일시')).toBe(true);
  });

  it('is one sheet, rows down the page, with colspans, rowspans, line breaks, entities and inline tags as Excel shows them', () => {
    const read = readWorkbook(iconv.encode(KB_PAGE, 'euc-kr'), 'html', 'kb.xls');
    expect(read).toEqual({
      sheets: [
        {
          name: '',
          rows: [
            { line: 1, cells: ['조회기간', '2026.11.01 ~ 2026.11.30'] },
            { line: 2, cells: ['계좌번호', '123456-01- 000000'] },
            { line: 3, cells: ['거래일시', '적요', '금액', '', '잔액'] },
            { line: 4, cells: ['2026.11.28\n14:03:22', '급여 입금', '1,500,000', '0', '2,000,000'] },
            // The rowspan above covers column A: this row's first cell is in B.
            { line: 5, cells: ['', '카드 & 수수료', '0', '25,000', '1,975,000'] },
          ],
        },
      ],
    });
  });

  it('places a table nested in a later cell at that cell’s column', () => {
    const rows = htmlRows('<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>');
    expect(rows).toEqual({
      name: '',
      rows: [
        { line: 1, cells: ['', 'b', 'c'] },
        { line: 2, cells: ['a'] },
      ],
    });
  });

  it('reads rows whose end tags are left out, as HTML allows', () => {
    expect(htmlRows('<table><tr><td>1<td>2<tr><td>3</table>')).toEqual({
      name: '',
      rows: [
        { line: 1, cells: ['1', '2'] },
        { line: 2, cells: ['3'] },
      ],
    });
  });

  it('says when a page has no table', () => {
    const read = readWorkbook(Buffer.from('<html><body>로그인이 필요합니다</body></html>'), 'html', 'kb.xls');
    expect(read).toMatchObject({ issue: { file: 'kb.xls', line: 1, column: 1, problem: 'is an HTML page without a table' } });
  });

  it('stops at a cell past column XFD, however the page spans its columns', () => {
    const wide = `<table><tr>${'<td colspan="1000">x</td>'.repeat(18)}</tr></table>`;
    expect(readWorkbook(Buffer.from(wide), 'html', 'kb.xls')).toMatchObject({
      issue: { sheet: '', line: 1, column: 16_385, problem: 'has a cell past column XFD, the last column Excel has' },
    });
  });

  it('reads a page of unclosed tags and stray angle brackets in linear time', () => {
    const hostile = `<table><tr><td>${'<<x'.repeat(50_000)}${'<td rowspan=9>'.repeat(5_000)}${'<script'.repeat(50_000)}`;
    const started = performance.now();
    htmlRows(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives up on a page whose spans would take quadratic time to lay out, and says so', () => {
    const page = `<table><tr>${'<td rowspan=65534>x'.repeat(16_000)}${'<tr><td>y'.repeat(2_000)}</table>`;
    const started = performance.now();
    expect(readWorkbook(Buffer.from(page), 'html', 'kb.xls')).toMatchObject({
      issue: { line: 1, column: 1, problem: 'has tables spanned in more ways than cashflow lays out' },
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
