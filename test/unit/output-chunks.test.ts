import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parseExpenses } from '../../src/read/expenses.js';
import { parseInvoices } from '../../src/read/invoices.js';
import { renderCsv, renderCsvChunks } from '../../src/render/csv-report.js';
import { plainTableChunks, plainTableText } from '../../src/render/plain-table.js';
import { renderTable, renderTableChunks } from '../../src/render/table-report.js';
import type { CashflowReport } from '../../src/report/cashflow-report.js';
import { d, expense, invoice, KRW, options, report as reportOf } from '../support/factories.js';

// The table and CSV of a large forecast are written in pieces; joined, they must be exactly the one-string text
// of the renderers they stand in for (plainTableText lays the table out with cli-table3 in blocks).
const asOf = d('2026-12-01');
const PLAIN = new Chalk({ level: 0 });
const COLOUR = new Chalk({ level: 1 });

const fixture = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function fixtureReport(): CashflowReport {
  const settings = { currency: KRW, asOf };
  const invoices = parseInvoices(fixture('fixtures/invoices.csv'), 'invoices.csv', settings);
  const expenses = parseExpenses(fixture('fixtures/expenses.csv'), 'expenses.csv', settings);
  expect(invoices.issues).toEqual([]);
  return reportOf(invoices.values, expenses.values, options({ asOf, days: 180, openingBalance: 1_500_000 }));
}

/** 10,000 open invoices whose descriptions are sometimes too long for their column (they wrap), some overdue. */
function largeReport(): CashflowReport {
  const invoices = Array.from({ length: 10_000 }, (_, index) =>
    invoice({
      id: index % 13 === 0 ? `INV-2026-${index}-with-a-long-reference` : `INV-${index}`,
      client: index % 17 === 0 ? `스튜디오 봄 ${index % 50}` : `Client ${index % 50}`,
      amount: 10_000 + index * 10,
      issued: asOf - (index % 90),
      due: asOf - (index % 90) + 30,
    }),
  );
  const expenses = [expense({ amount: 70_000_000, date: d('2026-12-05'), repeat: 'monthly', description: 'payroll', category: 'staff' })];
  return reportOf(invoices, expenses, options({ asOf, days: 365, openingBalance: 10_000_000 }));
}

describe('the table written in pieces', () => {
  it('joins to plainTableText with wrapped, coloured and plain rows, in pieces that end at line ends', { timeout: 60_000 }, () => {
    for (const chalk of [PLAIN, COLOUR]) {
      const rows = Array.from({ length: 3_000 }, (_, index) => [
        `2026-12-${String(1 + (index % 28)).padStart(2, '0')}`,
        index % 5 === 0 ? chalk.green(`+₩${index * 1000}`) : `+₩${index * 1000}`,
        index % 7 === 0 ? `스튜디오 봄 · a description long enough to wrap at the column's edge ${index}` : `row ${index}`,
      ]);
      const head = ['Date', 'Amount', 'What'];
      const pieces = [...plainTableChunks(head, [11, 14, 37], ['left', 'right', 'left'], chalk, rows, 80, 10_000)];
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces.slice(1)) expect(piece.startsWith('\n')).toBe(true);
      expect(pieces.join('')).toBe(plainTableText(head, [11, 14, 37], ['left', 'right', 'left'], chalk, rows));
    }
  });

  it('joins to plainTableText with no rows, and with no heading', () => {
    expect([...plainTableChunks(['Date'], [11], ['left'], PLAIN, [])].join('')).toBe(plainTableText(['Date'], [11], ['left'], PLAIN, []));
    const rows = [['a', 'b']];
    expect([...plainTableChunks([], [5, 5], ['left', 'right'], PLAIN, rows)].join('')).toBe(plainTableText([], [5, 5], ['left', 'right'], PLAIN, rows));
  });

  it('joins to renderTable on the fixtures and on a 10,000-invoice book: events and days, plain and coloured, 80 and 132 columns', { timeout: 120_000 }, () => {
    const large = largeReport();
    // The generated book really has rows that wrap and rows that do not.
    const text = renderTable(large, { chalk: PLAIN, daily: false, columns: 80 });
    expect(text.split('\n').filter((line) => line.startsWith('  ')).length).toBeGreaterThan(100);
    expect(large.events.length).toBeGreaterThan(9_000);
    const styles = [
      { chalk: PLAIN, daily: false, columns: 80 },
      { chalk: PLAIN, daily: false, columns: 132 },
      { chalk: COLOUR, daily: false, columns: 80 },
      { chalk: PLAIN, daily: true, columns: 80 },
      { chalk: COLOUR, daily: true, columns: 132 },
    ];
    for (const report of [fixtureReport(), large]) {
      for (const style of styles) expect([...renderTableChunks(report, style)].join('')).toBe(renderTable(report, style));
    }
    const ko = { chalk: PLAIN, daily: false, columns: 80, lang: 'ko' as const };
    expect([...renderTableChunks(large, ko)].join('')).toBe(renderTable(large, ko));
  });

  it('joins to renderTable when there are no events', () => {
    const empty = reportOf([], [], options({ asOf, days: 10 }));
    expect(empty.events).toEqual([]);
    const style = { chalk: PLAIN, daily: false, columns: 80 };
    expect([...renderTableChunks(empty, style)].join('')).toBe(renderTable(empty, style));
  });
});

describe('the CSV written in pieces', () => {
  it('joins to renderCsv on the fixtures and on a 10,000-invoice book, per day and per event', () => {
    for (const report of [fixtureReport(), largeReport()]) {
      for (const events of [false, true]) {
        const pieces = [...renderCsvChunks(report, events, 'ko')];
        expect(pieces.join('')).toBe(renderCsv(report, events, 'ko'));
        if (events && report.events.length > 10_000) expect(pieces.length).toBeGreaterThan(1);
      }
    }
  });
});
