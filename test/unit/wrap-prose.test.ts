import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/i18n/display-width.js';
import { wrapProse } from '../../src/render/wrap-prose.js';

describe('wrapProse', () => {
  it('leaves a line that fits exactly as it is', () => {
    const line = '     ₩581 · 6.50 % APR · 6.71 % EAR';
    expect(wrapProse([line], displayWidth(line))).toEqual([line]);
  });

  it('breaks a longer line at spaces, continued two cells further in than its own indent', () => {
    // 5 + 'drawn as needed, up to ₩382,000' is 36 cells; with ' on' 39 > 38, so the break comes before 'on'.
    expect(wrapProse(['     drawn as needed, up to ₩382,000 on 2026-12-25, repaid 2027-01-04'], 38)).toEqual([
      '     drawn as needed, up to ₩382,000',
      '       on 2026-12-25, repaid',
      '       2027-01-04',
    ]);
  });

  it('keeps a figure with its unit and a Korean date whole, and measures Hangul as two cells', () => {
    // '  연이율 17.9' would be 12 cells; '%' may not start a line, so '17.9 %' moves down whole.
    expect(wrapProse(['  연이율 17.9 %'], 12)).toEqual(['  연이율', '    17.9 %']);
    // '(원래 1월' fits 14 cells but would split the date: '1월 25일경)' moves down whole.
    expect(wrapProse(['  받기 (원래 1월 25일경)'], 14)).toEqual(['  받기 (원래', '    1월 25일경)']);
    for (const line of wrapProse(['  한빛출판에 2% 할인(600,000원)을 제안해 INV-2026-090 지금 받기'], 30)) {
      expect(displayWidth(line)).toBeLessThanOrEqual(30);
    }
  });

  it('never cuts a word longer than the room: it keeps a line of its own', () => {
    expect(wrapProse(['  see https://example.com/a-very-long-address now'], 20)).toEqual(['  see', '    https://example.com/a-very-long-address', '    now']);
  });

  it('measures colour codes as nothing', () => {
    const bold = '\u001b[1mBridging 2026-12-25\u001b[22m';
    expect(wrapProse([bold], 19)).toEqual([bold]);
  });

  it('breaks with no hanging indent when asked (a paragraph of notes)', () => {
    expect(wrapProse([' one two three four'], 10, 0)).toEqual([' one two', ' three', ' four']);
  });

  it('fits each line of a message that holds its own line breaks', () => {
    expect(wrapProse([' short one\n and a second line'], 12)).toEqual([' short one', ' and a', '   second', '   line']);
  });

  it('continues a coloured line as far in as the same line uncoloured: the codes take no room', () => {
    const red = '\u001b[31m  Still short on 2026-12-25\u001b[39m';
    expect(wrapProse([red], 20)).toEqual(['\u001b[31m  Still short on', '    2026-12-25\u001b[39m']);
    expect(wrapProse(['  Still short on 2026-12-25'], 20)).toEqual(['  Still short on', '    2026-12-25']);
  });

  it('keeps a line with no words, and every line when the width is unknown', () => {
    expect(wrapProse(['     '], 2)).toEqual(['     ']);
    expect(wrapProse(['one two', '', 'three'], Number.NaN)).toEqual(['one two', '', 'three']);
    expect(wrapProse(['a\n\nb'], 0)).toEqual(['a', '', 'b']);
  });

  it('takes a run of spaces in a broken line as one, and never ends a line with a space', () => {
    expect(wrapProse(['a  b  c  d'], 4)).toEqual(['a b', '  c', '  d']);
  });

  it('keeps a number with the word after it, but a list of numbers still breaks', () => {
    // '1 2' glue (a number leads), then '3' starts a new word: pairs, never one word of the whole list.
    expect(wrapProse(['1 2 3 4 5 6 7 8'], 5)).toEqual(['1 2', '  3 4', '  5 6', '  7 8']);
    // A Korean date stays whole: 2027년 leads 1월, which leads 5일.
    expect(wrapProse(['  기한 2027년 1월 5일'], 12)).toEqual(['  기한', '    2027년 1월 5일']);
  });
});
