import { describe, expect, it } from 'vitest';
import { forecastJson, renderJson, renderJsonChunks } from '../../src/render/json-report.js';
import { d, expense, invoice, options, report as reportOf } from '../support/factories.js';

// The JSON of a large forecast is written in pieces; joined, they must be exactly the one-string document.
describe('JSON written in pieces', () => {
  const asOf = d('2026-12-01');
  const whole = (report: Parameters<typeof forecastJson>[0]) => `${JSON.stringify(forecastJson(report), null, 2)}\n`;

  it('joins to JSON.stringify of the whole document, with and without events', () => {
    const withEvents = reportOf(
      [invoice({ id: 'A "quoted"\nid', client: '스튜디오', amount: 1_500_000, issued: d('2026-11-20') })],
      [expense({ amount: 700_000, date: d('2026-12-05'), repeat: 'monthly', description: 'rent\u0000' })],
      options({ asOf, days: 90, openingBalance: 10_000_000 }),
    );
    expect(withEvents.events.length).toBeGreaterThan(2);
    expect(renderJson(withEvents)).toBe(whole(withEvents));
    const none = reportOf([], [], options({ asOf, days: 10 }));
    expect(none.events).toEqual([]);
    expect(renderJson(none)).toBe(whole(none));
  });

  it('writes a large forecast in pieces of about a megabyte', () => {
    const invoices = Array.from({ length: 20_000 }, (_, index) =>
      invoice({
        id: `INV-${index}`,
        client: `Client ${index % 50}`,
        amount: 10_000 + index,
        issued: asOf - (index % 60),
      }),
    );
    const report = reportOf(invoices, [], options({ asOf, days: 365 }));
    const chunks = [...renderJsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(1.1 * 2 ** 20);
    expect(chunks.join('')).toBe(whole(report));
  });
});
