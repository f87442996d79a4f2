import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/domain/day.js';
import { plainInvoiceBook } from '../../src/read/invoice-columns.js';
import { COLUMNAR_CHARS } from '../../src/read/invoices.js';
import { KRW } from '../support/factories.js';
import { cli, ROOT } from '../support/run-cli.js';

// A bookkeeper's invoices file past 1 MiB is read by the columnar reader (src/read/invoice-columns.ts); the same
// rows with CRLF line ends are read row by row by the reader of record, since the columnar one takes no '\r'. The
// whole CLI output — JSON and table — must be the same both ways: the row reader is the oracle for the fast path.

const CLIENTS = ['스튜디오 봄', '판교테크', '노을커피', '한빛출판', 'Acme Ltd', 'Blue Fox GmbH', '리틀브랜드', 'Nordlys AS'];

/** ~20,000 paid invoices (each client paying its own way late) and 40 open ones; plain, quoted and odd amounts. */
function bookText(): string {
  // Only the plain columns: a file with `repeat`/`until` (retainers) is the reader of record's.
  const rows = ['id,client,amount,issued,due,paid'];
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const dayOf = (text: string) => parseIsoDay(text)!;
  const first = dayOf('2023-01-02');
  for (let i = 0; i < 20_000; i += 1) {
    const client = i % CLIENTS.length;
    const issued = first + Math.floor((i * 1_000) / 20_000);
    const due = issued + 30;
    const paid = due + ((client * 9 + (i % 11)) % 70) - 5;
    const amount = 100_000 + ((i * 7_919) % 2_900_000);
    const cell = i % 5 === 0 ? `"${amount.toLocaleString('en-US')}"` : String(amount);
    rows.push(`INV-${String(i).padStart(6, '0')},${CLIENTS[client]},${cell},${iso(issued)},${iso(due)},${iso(paid)}`);
  }
  for (let i = 0; i < 40; i += 1) {
    const issued = dayOf('2026-10-01') + i;
    rows.push(`OPEN-${i},${CLIENTS[i % CLIENTS.length]},${300_000 + i * 10_000},${iso(issued)},${iso(issued + 30)},`);
  }
  return `${rows.join('\n')}\n`;
}

describe('an invoices file past 1 MiB', () => {
  const text = bookText();
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-large-'));
  const [lf, crlf] = [join(dir, 'lf'), join(dir, 'crlf')];
  for (const [folder, body] of [
    [lf, text],
    [crlf, text.replaceAll('\n', '\r\n')],
  ] as const) {
    mkdirSync(folder);
    writeFileSync(join(folder, 'invoices.csv'), body);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (folder: string, format: string[]) =>
    cli(['forecast', 'invoices.csv', '--expenses', join(ROOT, 'fixtures/expenses.csv'), '--balance', '100000', '--as-of', '2026-12-01', ...format], {}, folder);

  it('is read by the columnar reader, and the same rows with CRLF are not', () => {
    expect(text.length).toBeGreaterThanOrEqual(COLUMNAR_CHARS);
    const settings = { currency: KRW, asOf: parseIsoDay('2026-12-01')! };
    expect(plainInvoiceBook(text, 'invoices.csv', settings)).toBeDefined();
    expect(plainInvoiceBook(text.replaceAll('\n', '\r\n'), 'invoices.csv', settings)).toBeUndefined();
  });

  it.each([[['--json']], [[]], [['--format', 'csv']]])(
    'prints the same as the row-by-row reader (%j)',
    (format) => {
      const [fast, slow] = [run(lf, format), run(crlf, format)];
      expect(fast.stderr).toBe(slow.stderr);
      expect(fast.code).toBe(slow.code);
      expect(fast.stdout).toBe(slow.stdout);
      // The forecast is a real one: each client's open invoices expected as its paid rows say it pays.
      if (format[0] === '--json') {
        const report = JSON.parse(fast.stdout);
        const open = report.events.filter((event: { kind: string }) => event.kind === 'invoice');
        expect(open.length).toBe(40);
        // Client c pays (9c + i mod 11) mod 70 − 5 days after a 30-day due date: for c ≤ 6 (9c + 10 < 70, no wrap) the median
        // over i mod 11 = 0…10 is 9c + 5 − 5, so 30 + 9c days from issue, learned from its 2,500 paid rows (the first five clients checked).
        for (const [c, name] of CLIENTS.slice(0, 5).entries()) {
          const theirs = open.filter((event: { client: string }) => event.client === name);
          expect(theirs.length).toBe(5);
          for (const event of theirs) expect(event.expectedBy).toMatchObject({ days: 30 + 9 * c, paidCount: 2_500 });
        }
      }
    },
    60_000,
  );
});
