import { describe, expect, it } from 'vitest';
import { defaultCatalogueInput } from '../../src/bridge/default-catalogues.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { excerpt, excerptList } from '../../src/read/excerpt.js';
import type { InputIssue } from '../../src/read/input-issue.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { formatIssue, formatIssues } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const settings = { currency: KRW, asOf: d('2026-12-01') };
const cellIssue = (value: string): InputIssue => ({
  severity: 'error',
  file: 'f.csv',
  line: 2,
  column: 3,
  field: 'amount',
  value,
  problem: 'is not an amount',
  hint: 'write digits',
});

describe('what one message quotes', () => {
  it('cuts a 50 MB cell to 80 characters and says how many more there were', () => {
    const line = formatIssue(cellIssue('1'.repeat(50_000_000)));
    expect(line).toBe(`f.csv:2:3: amount "${'1'.repeat(80)}… (49999920 more characters)" is not an amount; write digits`);
  });

  it('cuts by characters, never inside one, and leaves short text alone', () => {
    expect(excerpt('김'.repeat(81))).toBe(`${'김'.repeat(80)}… (1 more character)`);
    expect(excerpt(`${'a'.repeat(79)}😀😀`)).toBe(`${'a'.repeat(79)}😀… (2 more characters)`); // UTF-16 units: no scan of a huge rest
    expect(excerpt('a'.repeat(80))).toBe('a'.repeat(80));
    expect(excerptList(['a', 'b', 'c'], ', ', 2)).toBe('a, b and 1 more');
  });

  it('cuts a huge heading in the hint that quotes it', () => {
    const heading = 'h'.repeat(1_000_000);
    const [warning] = parseInvoices(`id,client,amount,issued,${heading}\nINV-1,A,100,2026-11-01,x\n`, 'f.csv', settings).issues;
    expect(warning!.hint).toBe(
      `known columns: id, client, amount, issued, due, paid, currency, repeat, until, withholding, vat, status; map it with --map FIELD="${'h'.repeat(80)}… (999920 more characters)", or silence it with --ignore-column "${'h'.repeat(80)}… (999920 more characters)"`,
    );
    // The heading is quoted three times (the column, --map, --ignore-column), each cut to 80 characters.
    expect(formatIssue(warning!).length).toBeLessThan(600);
  });

  it('lists at most 20 headings of a header without a required column', () => {
    const header = Array.from({ length: 1000 }, (_, index) => `h${index}`).join(',');
    const issue = parseInvoices(`${header}\n${'x,'.repeat(999)}x\n`, 'f.csv', settings).issues.find((one) => one.severity === 'error')!;
    expect(issue.hint).toMatch(/the header is: h0, h1, .*, h19 and 980 more$/);
  });

  it('lists at most 20 of the invoices that lack an exchange rate', () => {
    // One invoice in the forecast currency: with none, the file is one error saying --currency USD.
    const rows = Array.from({ length: 30 }, (_, index) => `U${index},A,100,2026-11-01,USD`).join('\n');
    const issues = parseInvoices(`id,client,amount,issued,currency\nK,A,100,2026-11-01,KRW\n${rows}\n`, 'f.csv', settings).issues;
    expect(issues).toHaveLength(30);
    expect(issues[0]!.problem).toBe(
      `has no exchange rate to KRW (invoices in USD: ${Array.from({ length: 20 }, (_, index) => `U${index}`).join(', ')} and 10 more)`,
    );
  });

  it('cuts a huge catalogue value quoted in its message', () => {
    const catalogue = defaultCatalogueInput(KRW);
    const option = { ...catalogue.options[0]!, availability: { leadTimeDays: 'x'.repeat(1_000_000) } };
    const [issue] = parseCatalogue(JSON.stringify({ ...catalogue, options: [option] }), 'c.json').issues;
    expect(issue!.problem).toMatch(/^"x{79}… \(999922 more characters\) /);
  });
});

describe('how many issues print', () => {
  it('caps warnings at 50 like errors, each kind with a count of the rest', () => {
    const header = Array.from({ length: 10_000 }, (_, index) => `extra${index}`).join(',');
    const issues = parseInvoices(`id,client,amount,issued,${header}\nINV-1,A,100,2026-11-01\n`, 'f.csv', settings).issues;
    expect(issues).toHaveLength(10_000);
    const lines = formatIssues([...issues, ...Array.from({ length: 60 }, () => cellIssue('x'))])
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(50 + 1 + 50 + 1);
    expect(lines[0]).toMatch(/^warning: f\.csv:1:5: column "extra0" is not a column cashflow knows/);
    expect(lines[50]).toBe('… and 9950 more warnings');
    expect(lines[51]).toMatch(/^f\.csv:2:3: amount "x"/);
    expect(lines[101]).toBe('… and 10 more errors');
  });
});
