import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

// Issue 15, item 3: an early-payment offer says its money, and is suggested only where it helps.

function books(invoices: string, expenses: string, catalogue?: unknown): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-early-'));
  writeFileSync(join(dir, 'inv.csv'), `id,client,amount,issued,due\n${invoices}`);
  writeFileSync(join(dir, 'exp.csv'), `date,amount,description,category\n${expenses}`);
  const bridges = catalogue === undefined ? [] : ['--bridges', join(dir, 'bridges.json')];
  if (catalogue !== undefined) writeFileSync(join(dir, 'bridges.json'), JSON.stringify(catalogue));
  return ['forecast', join(dir, 'inv.csv'), '--expenses', join(dir, 'exp.csv'), '--as-of', '2026-12-01', '--days', '90', ...bridges];
}

function windows(args: readonly string[]) {
  const run = cli([...args, '--json']);
  expect(run.stderr).toBe('');
  return forecastJsonV1.parse(JSON.parse(run.stdout)).shortfalls;
}

const TAX = '2027-01-10,"12,000,000",종합소득세,tax\n';
/** The client has not agreed yet: the plan may not count on the discount, but it may still be worth asking. */
const NOT_AGREED = { extends: 'defaults', options: [{ id: 'kr-early-payment-discount', availability: { approved: false } }] };

describe('the early-payment offer in money', () => {
  it('is part of the plan: the plan says what to offer, in won, on the invoice it discounts', () => {
    const args = [...books('INV-2026-090,한빛출판,"30,000,000",2026-12-01,2027-01-25\n', TAX), '--balance', '0'];
    const [window] = windows(args);
    expect(window!.plan!.parts.map((part) => [part.option, part.invoice, part.cost])).toEqual([['kr-early-payment-discount', 'INV-2026-090', 600000]]);
    expect(window!.askEarly).toEqual([
      {
        invoice: 'INV-2026-090',
        client: '한빛출판',
        amount: 30000000,
        expected: '2027-01-25',
        daysSooner: 15,
        apr: 0.496599,
        pct: 0.02,
        cost: 600000,
        inPlan: true,
      },
    ]);
    const table = cli(args).stdout;
    // 2 % of 30,000,000 = 600,000.
    expect(table).toContain('     offer 한빛출판 2 % (₩600,000) to pay INV-2026-090 now instead of ~01-25\n');
    expect(table).not.toContain('Ask to pay early');
  });

  it('is the only way through: suggested beside a plan that leaves the window short', () => {
    const args = [...books('INV-2026-090,한빛출판,"30,000,000",2026-12-01,2027-01-25\n', TAX, NOT_AGREED), '--balance', '0'];
    const [window] = windows(args);
    expect(window!.plan!.residualGap).toBeGreaterThan(0);
    expect(window!.askEarly).toMatchObject([{ invoice: 'INV-2026-090', cost: 600000, inPlan: false }]);
    expect(cli(args).stdout).toContain(
      // 85 cells (한빛출판 takes 8): broken for 80 columns, its continuation two cells further in.
      '  Ask to pay early: offer 한빛출판 2 % (₩600,000) to pay INV-2026-090 now\n' +
        '    instead of ~01-25\n' +
        '     49.7 % a year; the plan cannot get through without it\n',
    );
  });

  it('is never suggested for an invoice expected within 7 days of the window start (here 5)', () => {
    const args = [...books('INV-2026-091,한빛출판,"30,000,000",2026-12-01,2027-01-15\n', TAX, NOT_AGREED), '--balance', '0'];
    const [window] = windows(args);
    // The plan is still short and the discount would get through, but the client pays in 5 days anyway.
    expect(window).toMatchObject({ start: '2027-01-10', end: '2027-01-14' });
    expect(window!.plan!.residualGap).toBeGreaterThan(0);
    expect(window!.alternatives.find((alternative) => alternative.option === 'kr-early-payment-discount')).toMatchObject({ feasible: true, cost: 600000 });
    expect(window!.askEarly).toEqual([]);
    expect(cli(args).stdout).not.toContain('Ask to pay early');
  });

  it('is not suggested for a 3-day gap, where a 2 % discount costs 248 % a year against a ₩214 line', () => {
    const args = [...books('INV-2026-092,노을커피,"1,000,000",2026-12-01,2027-01-08\n', '2027-01-05,"500,000",월세,rent\n'), '--balance', '100000'];
    const [window] = windows(args);
    expect(window).toMatchObject({ start: '2027-01-05', end: '2027-01-07', peakGap: 400000 });
    // 400,000 on the overdraft for 3 days: 400,000 × 6.5 % × 3 / 365 = 213.7.
    expect(window!.plan).toMatchObject({ totalCost: 214, parts: [{ option: 'kr-overdraft' }] });
    // 2 % of 1,000,000, 3 days sooner: 0.02 / 0.98 × 365 / 3 = 248.3 %.
    expect(window!.alternatives.find((alternative) => alternative.option === 'kr-early-payment-discount')).toMatchObject({ cost: 20000, apr: 2.482993 });
    expect(window!.askEarly).toEqual([]);
    expect(cli(args).stdout).not.toContain('Ask to pay early');
  });

  it('names the same invoice as the plan: the cheaper in money, not the later payer with the lower rate a year', () => {
    // A: 15,000,000 in 15 days (2 %: 300,000, 49.7 % a year); B: 30,000,000 in 41 days (600,000, 18.2 % a year).
    const invoices = 'INV-A,한빛출판,"15,000,000",2026-12-01,2027-01-25\nINV-B,판교테크,"30,000,000",2026-12-01,2027-02-20\n';
    const [window] = windows([...books(invoices, TAX), '--balance', '0']);
    const discounts = window!.plan!.parts.filter((part) => part.option === 'kr-early-payment-discount');
    expect(discounts.map((part) => [part.invoice, part.cost])).toEqual([['INV-A', 300000]]);
    // Before, "Ask to pay early" ranked by rate a year and named INV-B first.
    expect(window!.askEarly.map((target) => [target.invoice, target.cost, target.inPlan])).toEqual([['INV-A', 300000, true]]);
  });
});
