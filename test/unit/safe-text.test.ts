import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalogueInput } from '../../src/bridge/default-catalogues.js';
import { chooseChalk } from '../../src/cli/color.js';
import { minor } from '../../src/domain/money.js';
import { inertCell } from '../../src/render/csv-report.js';
import { renderLedger } from '../../src/render/ledger-journal.js';
import { jsonSafeText, safeText, withoutInvisibles } from '../../src/render/safe-text.js';
import { renderWhatIf } from '../../src/render/what-if-table.js';
import { buildWhatIf } from '../../src/report/what-if-report.js';
import { d, expense, invoice, KRW, options, report as reportOf } from '../support/factories.js';

// The characters no output may carry raw (line breaks and tabs of our own layout aside).
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u115f\u1160\u3164\uffa0]|(?![\u200c\u200d])\p{Cf}/u;

describe('safeText', () => {
  it.each([
    ['Evil \x1b[2J\x1b[31mClient', 'Evil \\x1b[2J\\x1b[31mClient'],
    ['C1 CSI \u009b31m and NEL \u0085', 'C1 CSI \\x9b31m and NEL \\x85'],
    ['invoice\u202egnp.exe', 'invoice\\u202egnp.exe'],
    ['\u202a\u202b\u202c\u202d', '\\u202a\\u202b\\u202c\\u202d'],
    ['\u2066isolated\u2069 \u2067\u2068', '\\u2066isolated\\u2069 \\u2067\\u2068'],
    ['mark\u200e\u200f\u061c', 'mark\\u200e\\u200f\\u061c'],
    ['INV\u200b1 INV\u20601 INV\u00ad1 \ufeff', 'INV\\u200b1 INV\\u20601 INV\\xad1 \\ufeff'],
    ['line\u2028paragraph\u2029', 'line\\u2028paragraph\\u2029'],
    ['hidden\u{e0041}\u{e0042}', 'hidden\\u{e0041}\\u{e0042}'],
    ['\u3164 \u115f\u1160 \uffa0', '\\u3164 \\u115f\\u1160 \\uffa0'],
    ['tab\tcr\rlf\n', 'tab\\x09cr\\x0dlf\\x0a'],
  ])('escapes %j visibly', (text, shown) => {
    expect(safeText(text)).toBe(shown);
  });

  it.each(['김철수 스튜디오', 'Café Zoë', '👨‍👩‍👧 family', 'می‌خواهم', '₩1,500,000 (주)'])('leaves %j as it is', (text) => {
    expect(safeText(text)).toBe(text);
  });

  it('removes the same characters for formats other programs read', () => {
    expect(withoutInvisibles('Evil\u009b31m\u0085 Co\u202e\u2066 (주)\x1b')).toBe('Evil31m Co (주)');
  });
});

describe('jsonSafeText', () => {
  it('escapes what JSON.stringify leaves raw and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (texts) => {
        const value = { texts, nested: { first: texts[0] ?? null } };
        const json = jsonSafeText(JSON.stringify(value, null, 2));
        expect(json).not.toMatch(RAW);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 100 },
    );
    expect(jsonSafeText(JSON.stringify({ client: 'A\u009bB\u202eC\u{e0041}' }))).toBe('{"client":"A\\u009bB\\u202eC\\udb40\\udc41"}');
  });

  // Plain ASCII skips the pattern (see plainAscii); these are the edges of that test.
  it('finds DEL in ASCII text, and a character past U+007E however far in, in short and long texts', () => {
    const ascii = `{"id":"${'x'.repeat(100)}"}`;
    expect(jsonSafeText(ascii)).toBe(ascii);
    expect(jsonSafeText('{"id":"a\x7fb"}')).toBe('{"id":"a\\u007fb"}');
    expect(jsonSafeText('\u0085')).toBe('\\u0085');
    for (const length of [10, 3_000_000, 5_000_000]) {
      const run = 'a'.repeat(length);
      expect(jsonSafeText(`${run}\u202e`)).toBe(`${run}\\u202e`);
      expect(jsonSafeText(`${run}\x7f${run}`)).toBe(`${run}\\u007f${run}`);
      expect(jsonSafeText(`${run}é\u00ad`)).toBe(`${run}é\\u00ad`);
      expect(jsonSafeText(run)).toBe(run);
    }
  });
});

describe('CSV cells cannot start a formula', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['＝HYPERLINK("http://x")', '\'＝HYPERLINK("http://x")'],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['﹦1', "'﹦1"],
    ['﹫x', "'﹫x"],
    ['  =1+1', "'  =1+1"],
    ['\u3000＝1', "'\u3000＝1"],
    ['\u00a0@x', "'\u00a0@x"],
  ])('%j is prefixed with a quote', (text, cell) => {
    expect(inertCell(text)).toBe(cell);
  });

  it.each([
    ['a=b', 'a=b'],
    ['김＝1', '김＝1'],
    ['\t=1', '\\x09=1'],
    ['\r@x', '\\x0d@x'],
    ['Client\u009b\u202e', 'Client\\x9b\\u202e'],
  ])('%j is written as %j', (text, cell) => {
    expect(inertCell(text)).toBe(cell);
  });
});

describe('the ledger export', () => {
  it('writes no C1 control or bidi override into payees and accounts', () => {
    const asOf = d('2026-12-01');
    const report = reportOf(
      [invoice({ id: 'INV\u00851', client: 'Evil\u009b31m Co\u202e (주)', amount: 100_000, issued: d('2026-11-20'), due: d('2026-12-10') })],
      [expense({ description: 'Rent\u2066\u0085', category: 'Office\u009b\u2069', amount: 50_000, date: d('2026-12-05') })],
      options({ asOf, days: 30 }),
    );
    const journal = renderLedger(report);
    expect(journal).not.toMatch(RAW);
    expect(journal).toContain('2026-12-20 INV1 Evil31m Co (주)\n');
    expect(journal).toContain('    income:clients:Evil31m Co (주)\n');
    expect(journal).toContain('2026-12-05 Rent\n    expenses:Office  50000 KRW\n');
  });
});

describe('the bridges calculator', () => {
  it("escapes a catalogue's names and legal.note", () => {
    const base = defaultCatalogueInput(KRW);
    const option = {
      ...base.options[0]!,
      id: 'hostile',
      name: { en: 'Line\u202eevil' },
      recommendable: false,
      legal: { status: 'legal' as const, refs: [], note: 'ask \u009b\u2067' },
    };
    const whatIf = buildWhatIf({ ...base, options: [option] }, minor(100_000), 30, d('2026-12-01'), KRW);
    const text = renderWhatIf(whatIf, chooseChalk(false, false, {}));
    expect(text).not.toMatch(RAW);
    expect(text).toContain('Line\\u202eevil');
    // The note column is narrower since the what-if table shows each repayment day (issue 15): its escape shows whole.
    expect(text).toContain('ask \\x9b');
  });
});
