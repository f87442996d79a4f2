import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastJson } from '../../src/render/json-report.js';
import { invoiceEventText, JsonTexts } from '../../src/render/json-texts.js';
import { d, invoice, KRW, options, report as reportOf, USD } from '../support/factories.js';

// An invoice's event is written directly in the JSON of a forecast; it must be the very text JSON.stringify gives
// its value inside the document (indented four spaces, as an element of `events`).
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const asOf = d('2026-12-01');

describe("an invoice event's JSON written directly", () => {
  it('is JSON.stringify of the event in the document, for any id, client, amount, days, history and original', () => {
    const row = fc.record({
      id: fc.string({ unit: 'binary', maxLength: 12 }),
      client: fc.constantFrom('Client 1', '스튜디오 "봄"', 'a\u2028b\u0000', '\\'),
      amount: fc.integer({ min: 1, max: 2 ** 40 }),
      issuedAgo: fc.integer({ min: 0, max: 200 }),
      term: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      paidAfter: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
      original: fc.option(fc.integer({ min: 1, max: 10 ** 9 }), { nil: undefined }),
    });
    const seen = { events: 0, originals: 0, overdue: 0, history: 0 };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom(KRW, USD), (rows, currency) => {
        const invoices = rows.map((entry, index) => {
          const issued = asOf - entry.issuedAgo;
          const paid = entry.paidAfter === undefined || issued + entry.paidAfter >= asOf ? undefined : issued + entry.paidAfter;
          return invoice({
            id: `${entry.id}-${index}`,
            client: entry.client,
            amount: entry.amount,
            issued,
            due: entry.term === undefined ? undefined : issued + entry.term,
            paid,
            original: entry.original === undefined ? undefined : { amount: entry.original, currency: 'USD' },
            source: { file: 'in "voices".csv', line: index + 2 },
          } as Parameters<typeof invoice>[0]);
        });
        const report = reportOf(invoices, [], options({ asOf, days: 365, currency, minHistory: 1 }));
        const values = forecastJson(report).events;
        const texts = new JsonTexts();
        report.events.forEach((event, index) => {
          if (event.kind !== 'invoice') return;
          seen.events += 1;
          if (event.original !== undefined) seen.originals += 1;
          if (event.overdue) seen.overdue += 1;
          if (event.assumption.paidCount > 0) seen.history += 1;
          const expected = JSON.stringify(values[index], null, 2).replaceAll('\n', '\n    ');
          expect(invoiceEventText(event, currency)).toBe(expected);
          // And with the texts of earlier events remembered, as renderJsonChunks writes them.
          expect(invoiceEventText(event, currency, texts)).toBe(expected);
        });
      }),
      { numRuns: RUNS },
    );
    // Every branch of the text was written.
    expect(Math.min(seen.events, seen.originals, seen.overdue, seen.history)).toBeGreaterThan(0);
  });
});
