import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';
import { parseExpenses } from '../../src/read/expenses.js';
import type { InputIssue } from '../../src/read/input-issue.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { d, KRW } from '../support/factories.js';

// `npm run fuzz` runs the same properties far longer (FUZZ_RUNS=100000).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const settings = { currency: KRW, asOf: d('2026-12-01'), fx: new Map([['USD', { num: 13905n, den: 10n }]]), withholding: { num: 33n, den: 1000n } };

/** The reader end to end, from bytes: values or input issues are the only acceptable outcomes. */
function readBytes(bytes: Uint8Array): { count: number; issues: readonly InputIssue[] } {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { count: 0, issues: [] };
  const invoices = parseInvoices(decoded.text, 'f.csv', settings);
  const expenses = parseExpenses(decoded.text, 'f.csv', settings);
  for (const issue of [...invoices.issues, ...expenses.issues]) {
    expect(issue.problem.length).toBeGreaterThan(0);
    expect(issue.hint.length).toBeGreaterThan(0);
  }
  return { count: invoices.values.length + expenses.values.length, issues: [...invoices.issues, ...expenses.issues] };
}

const CELLS = [
  '',
  ' ',
  'INV-1',
  'Studio "B"',
  '"quoted, with comma"',
  '"multi\nline"',
  '1,500,000',
  '₩1,500,000',
  '1500000원',
  '$1,234.56',
  '1.234,56 €',
  '(1,000)',
  '１,５００',
  '0',
  '-5',
  'abc',
  '2026-12-01',
  '2026.12.01',
  '2026년 12월 1일',
  '20261201',
  '46357',
  '12/01/2026',
  '2026-02-30',
  'monthly',
  'weekly',
  'fortnightly',
  'USD',
  'XXX',
  '3.3',
  '3.3 %',
  'taxable',
  '\u0000',
  '\x1b[2J',
  ';',
  '\t',
  '"',
  '""',
  'sep=;',
  '\uFEFF',
  'id',
  'amount',
  '금액',
  '거래처',
];
const HEADERS = [
  'id',
  'client',
  'amount',
  'issued',
  'due',
  'paid',
  'currency',
  'repeat',
  'until',
  'withholding',
  'vat',
  'date',
  'description',
  '금액',
  'Total',
  '',
];

const nearValidCsv = fc
  .record({
    header: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 9 }),
    rows: fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 10 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom('utf-8', 'utf-16le', 'bom'),
  })
  .map(({ header, rows, delimiter, newline, encoding }) => {
    const text = [header, ...rows].map((row) => row.join(delimiter)).join(newline);
    if (encoding === 'utf-16le') return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    return new Uint8Array([...(encoding === 'bom' ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, 'utf8')]);
  });

// Real files with one cell replaced by a tricky one: mostly valid, so the accepting paths are exercised too.
const FIXTURE = readFileSync(new URL('../../fixtures/invoices.csv', import.meta.url), 'utf8').split('\n');
const mutatedFixture = fc.record({ line: fc.nat(), column: fc.nat(), cell: fc.constantFrom(...CELLS) }).map(({ line, column, cell }) => {
  const lines = [...FIXTURE];
  const index = 1 + (line % (lines.length - 2));
  const cells = lines[index]!.split(',');
  cells[column % cells.length] = cell;
  lines[index] = cells.join(',');
  return new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'));
});

describe('the reader never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        readBytes(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('on random near-valid CSVs, and reads the rows it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(nearValidCsv, mutatedFixture), (bytes) => {
        accepted += readBytes(bytes).count;
      }),
      { numRuns: RUNS },
    );
    // The generator is close enough to real files that some rows get through.
    expect(accepted).toBeGreaterThan(0);
  });
});
