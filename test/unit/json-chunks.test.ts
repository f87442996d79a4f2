import { describe, expect, it } from 'vitest';
import { forecastJson, renderJson, renderJsonChunks } from '../../src/render/json-report.js';
import { jsonSafeText } from '../../src/render/safe-text.js';
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

  // Names JSON.stringify escapes, one a terminal must not see raw, and a lone surrogate: the texts made once per
  // document (clients, source files) and the ones made per entry (ids) alike.
  const hostile = ['A "quoted"\\name', '스튜디오\u2028', 'Evil\u202eCo', 'half \ud800 pair', 'tab\there'];

  it('writes the doubtful and written-off lists as JSON.stringify does, dates, no due date and hostile text included', () => {
    const invoices = hostile.flatMap((name, index) => [
      invoice({ id: `D-${name}`, client: name, amount: 100_000 + index, issued: asOf - 10, status: 'disputed', source: { file: name, line: index + 2 } }),
      invoice({ id: `L-${name}`, client: name, amount: 200_000 + index, issued: asOf - 400, due: asOf - 370, source: { file: `${name}.csv`, line: 9 } }),
      invoice({ id: `W-${name}`, client: name, amount: 300_000 + index, issued: asOf - 50, status: 'written-off' }),
      invoice({ id: `O-${name}`, client: name, amount: 400_000 + index, issued: asOf - 5, source: { file: name, line: index + 40 } }),
    ]);
    const report = reportOf(invoices, [], options({ asOf, days: 90 }));
    expect(report.doubtful.map((entry) => entry.reason).sort()).toEqual([...Array(5).fill('disputed'), ...Array(5).fill('late')]);
    expect(report.doubtful.some((entry) => entry.due === undefined)).toBe(true);
    expect(report.doubtful.some((entry) => entry.due !== undefined)).toBe(true);
    expect(report.writtenOff).toHaveLength(5);
    expect(report.events.filter((event) => event.kind === 'invoice')).toHaveLength(5);
    const text = renderJson(report);
    expect(text).toBe(jsonSafeText(whole(report)));
    // The escapes are really there: a raw U+202E or U+2028 would reorder or break a terminal's line.
    expect(text).not.toMatch(/[\u202e\u2028]/);
    expect(text).toContain('"Evil\\u202eCo:4"');
    expect(text).toContain('"half \\ud800 pair"');
  });

  it('writes long doubtful and written-off lists across chunks, each chunk safe on its own', () => {
    const invoices = Array.from({ length: 12_000 }, (_, index) =>
      invoice({
        id: `INV-${index}`,
        client: hostile[index % hostile.length]!,
        amount: 10_000 + index,
        issued: asOf - 30 - (index % 500),
        due: index % 3 === 0 ? undefined : asOf - (index % 400),
        status: index % 2 === 0 ? 'disputed' : index % 5 === 1 ? 'written-off' : undefined,
      }),
    );
    const report = reportOf(invoices, [], options({ asOf, days: 365 }));
    expect(report.doubtful.length).toBeGreaterThan(6_000);
    expect(report.writtenOff.length).toBeGreaterThan(1_000);
    const chunks = [...renderJsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(1.1 * 2 ** 20);
    for (const chunk of chunks) expect(jsonSafeText(chunk)).toBe(chunk);
    expect(chunks.join('')).toBe(jsonSafeText(whole(report)));
  });
});
