import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import type { RenderStyle } from '../../src/render/render-style.js';
import { RENDERERS } from '../../src/render/renderers.js';
import { d, expense, invoice, options, report } from '../support/factories.js';

const plain: RenderStyle = { chalk: new Chalk({ level: 0 }), daily: false, events: false, columns: 80, lang: 'en', headingLang: 'en' };

// A freelancer with ₩200,000 on 2026-12-01: rent of ₩900,000 on the 5th of each month, a ₩1,500,000 invoice
// expected 2026-12-20 (issued 11-20 + 30 days) and a ₩600,000 one expected 2027-01-15: two timing windows.
const books = {
  invoices: [
    invoice({ id: 'A-1', client: 'Studio A', amount: 1_500_000, issued: d('2026-11-20') }),
    invoice({ id: 'B-1', client: 'Brand B', amount: 1_000_000, issued: d('2026-12-16') }),
    invoice({ id: 'A-0', client: 'Studio A', amount: 100_000, issued: d('2026-06-01'), paid: d('2026-07-01') }),
  ],
  expenses: [expense({ description: 'rent', amount: 900_000, date: d('2026-12-05'), repeat: 'monthly' })],
};
const opts = options({ asOf: d('2026-12-01'), days: 60, openingBalance: 200_000, minHistory: 1 });

describe('one report value', () => {
  const value = report(books.invoices, books.expenses, opts, { scenarios: [0, 30], simulation: { runs: 200, seed: 3, band: true } });

  it('holds each window with its own bridging and the bridging total once', () => {
    // 12-05: 200,000 − 900,000 = −700,000 until A-1 (history: 30 d → 12-20) brings +1,500,000 → 800,000;
    // 01-05: −100,000 until B-1 (default 30 d → 01-15) brings +1,000,000.
    expect(value.windows.map((window) => [formatDay(window.start), formatDay(window.end), window.peakGap])).toEqual([
      ['2026-12-05', '2026-12-19', 700_000],
      ['2027-01-05', '2027-01-14', 100_000],
    ]);
    for (const window of value.windows) expect(window.bridging.plan?.residualGap).toBe(0);
    // The overdraft line at 6.5 % on the daily remainder: 700,000 × 15 d × 0.065 / 365 = 1,869.9 → 1,870; its
    // interest, repaid on 12-20, deepens the second window to 101,870: × 10 d × 0.065 / 365 = 181.4 → 181.
    expect(value.windows.map((window) => [window.bridging.need!.peak, window.bridging.plan!.totalCost])).toEqual([
      [700_000, 1_870],
      [101_870, 181],
    ]);
    const total = 1_870 + 181;
    expect(value.summary.bridgingCost).toBe(total);
    expect(value.scenarios[0]!.bridgingCost).toBe(total); // +0 days is the report itself
    expect(value.soon).toEqual(value.windows);
  });

  it('prints the same report through every renderer of the map', () => {
    const out = Object.fromEntries(Object.entries(RENDERERS).map(([format, render]) => [format, render(value, plain)]));
    // table: each window's own plan, with its own total
    expect(out.table).toContain('Bridging 2026-12-05 → 2026-12-19 (short by up to ₩700,000)\n  Cheapest legal plan: ₩1,870 in total');
    expect(out.table).toContain('Bridging 2027-01-05 → 2027-01-14 (short by up to ₩101,870, after earlier plans)\n  Cheapest legal plan: ₩181 in total');
    // the illegal option beside each plan, with its true cost
    expect(out.table!.match(/Not recommended: 소액결제현금화\n {5}would cost/g)).toHaveLength(2);
    expect(out.table).toContain('If clients pay later than expected');
    // json: the same windows and plans, and the total
    const json = JSON.parse(out.json!) as {
      summary: { bridgingCost: number };
      shortfalls: Array<{ start: string; plan: { totalCost: number } }>;
      simulation: { runs: number };
    };
    expect(json.shortfalls.map((window) => [window.start, window.plan.totalCost])).toEqual([
      ['2026-12-05', 1_870],
      ['2027-01-05', 181],
    ]);
    expect(json.summary.bridgingCost).toBe(value.summary.bridgingCost);
    expect(json.simulation.runs).toBe(200);
    // csv: one row per day after the header; the last balance is the closing balance (200,000 − 900,000 × 2 + 2,500,000)
    const rows = out.csv!.trim().split('\n');
    expect(rows).toHaveLength(61);
    expect(rows[60]).toBe('2027-01-29,0,0,900000,0');
    expect(value.summary.closingBalance).toBe(900_000);
    // ledger: the opening balance and the monthly rent as one periodic rule
    expect(out.ledger).toContain('2026-12-01 opening balance\n    assets:bank  200000 KRW');
    expect(out.ledger).toContain('~ every 5th day of month from 2026-12-05  rent\n    expenses:other  900000 KRW');
    // svg: one shaded rectangle per window
    expect(out.svg!.match(/<rect class="shortfall"/g)).toHaveLength(2);
    // chart: ^ under shortfall days
    expect(out.chart).toContain('^ short');
    // check: one line per window starting soon
    expect(
      out
        .check!.split('\n')
        .filter(Boolean)
        .map((line) => line.slice(0, 30)),
    ).toEqual(['2026-12-05 short ₩700,000 for ', '2027-01-05 short ₩100,000 for ']);
    // clients: Studio A learned 30 d from its one paid invoice (minHistory 1); Brand B uses the default
    expect(out.clients).toMatch(/Studio A +1 +30 \/ 30 \/ 30 +— +1 +0 +history 30 d/);
    const clients = JSON.parse(out['clients-json']!) as { clients: Array<{ client: string; learnedDelayDays: number | null }> };
    expect(clients.clients.map((client) => [client.client, client.learnedDelayDays])).toEqual([
      ['Studio A', 30],
      ['Brand B', null],
    ]);
  });

  it('gives a structural window no plan, in every output', () => {
    const structural = report([], [expense({ amount: 100_000, date: d('2026-12-10') })], options({ asOf: d('2026-12-01'), days: 30 }));
    expect(structural.windows).toHaveLength(1);
    expect(structural.windows[0]!.structural).toBe(true);
    expect(structural.windows[0]!.bridging).toEqual({ need: undefined, plan: undefined, nextBest: undefined, alternatives: [], deterrents: [], askEarly: [] });
    expect(structural.summary.bridgingCost).toBe(0);
    expect(RENDERERS.table(structural, plain)).toContain('No loan is proposed');
    expect(RENDERERS.check(structural, plain)).toBe('2026-12-10 short ₩100,000 for 21 days, structural: no loan fixes this\n');
    const json = JSON.parse(RENDERERS.json(structural, plain)) as { shortfalls: Array<{ plan: null; note: string }> };
    expect(json.shortfalls[0]!.plan).toBeNull();
    expect(json.shortfalls[0]!.note).toMatch(/^structural/);
  });

  it('counts as soon only the windows starting within the watched days', () => {
    const soon = report(books.invoices, books.expenses, opts, { withinDays: 10 }).soon;
    expect(soon.map((window) => formatDay(window.start))).toEqual(['2026-12-05']);
  });
});

describe('the VAT of a half-year', () => {
  it('counts every retainer occurrence issued in it, those before as-of too', () => {
    // As of 2026-03-01, a taxable monthly retainer from 2026-01-05 (₩1,100,000 gross, VAT ₩100,000 each):
    // January–June give six occurrences, all paid on the H1 deadline, 2026-07-25 (a Saturday, so Monday
    // 2026-07-27): ₩600,000.
    const retainer = invoice({ id: 'RET', amount: 1_100_000, gross: 1_100_000, vat: 100_000, issued: d('2026-01-05'), repeat: 'monthly' });
    const value = report([retainer], [], options({ asOf: d('2026-03-01'), days: 200 }));
    const tax = value.events.filter((event) => event.kind === 'tax');
    expect(tax.map((event) => [formatDay(event.date), event.amount])).toEqual([['2026-07-27', -600_000]]);
    expect(tax[0]!.kind === 'tax' && tax[0]!.invoices).toEqual(['01', '02', '03', '04', '05', '06'].map((month) => `RET@2026-${month}-05`));
  });
});

describe('a long payment history', () => {
  it('is simulated without overflowing the call stack (200,000 paid invoices of one client)', () => {
    const paid = Array.from({ length: 200_000 }, (_, index) =>
      invoice({
        id: `P-${index}`,
        client: 'Big',
        amount: 1_000,
        issued: d('2020-01-01') + (index % 2000),
        paid: d('2020-01-01') + (index % 2000) + 40 + (index % 7),
      }),
    );
    const open = invoice({ id: 'OPEN', client: 'Big', amount: 500_000, issued: d('2026-11-25') });
    const value = report([...paid, open], [], options({ asOf: d('2026-12-01'), days: 90, minHistory: 3 }), { simulation: { runs: 10, seed: 1, band: false } });
    // Days-to-pay 40…46, median 43: expected 2026-11-25 + 43 = 2027-01-07, paid in every run inside the horizon.
    expect(value.events.map((event) => formatDay(event.date))).toEqual(['2027-01-07']);
    expect(value.simulation?.runs).toBe(10);
    expect(value.simulation?.shortfallProbability).toBe(0);
  });
});
