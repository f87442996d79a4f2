import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { invoicingRunRate } from '../../src/forecast/run-rate.js';
import type { RenderStyle } from '../../src/render/render-style.js';
import { RENDERERS } from '../../src/render/renderers.js';
import { d, expense, invoice, options, report } from '../support/factories.js';
import { forecastJsonV1 } from '../support/json-contract.js';

const plain: RenderStyle = { chalk: new Chalk({ level: 0 }), daily: false, events: false, columns: 80, lang: 'en', headingLang: 'en' };
const json = (value: ReturnType<typeof report>) => forecastJsonV1.parse(JSON.parse(RENDERERS.json(value, plain)));

describe('a window still open on the last horizon day', () => {
  // ₩500,000 on 12-01, ₩800,000 out on 12-20: −300,000 to the horizon's end (12-30). INV-9, issued 12-10, is
  // expected 30 days later, 2027-01-09, after the horizon: +1,000,000 → 700,000.
  const recovering = report(
    [invoice({ id: 'INV-9', client: 'Client Nine', amount: 1_000_000, issued: d('2026-12-10') })],
    [expense({ amount: 800_000, date: d('2026-12-20') })],
    options({ asOf: d('2026-12-01'), days: 30, openingBalance: 500_000 }),
  );

  it('recovers on the day an invoice after the horizon covers it, and is not structural', () => {
    const [window] = recovering.windows;
    expect(window).toMatchObject({ start: d('2026-12-20'), end: d('2026-12-30'), recovery: undefined, structural: false, runRate: undefined });
    expect(window!.recoversAfterHorizon).toEqual({ date: d('2027-01-09'), invoice: 'INV-9', client: 'Client Nine', gaps: Array(9).fill(300_000) });
    const shortfall = json(recovering).shortfalls[0]!;
    expect([shortfall.structural, shortfall.recoversAfterHorizon, shortfall.runRate]).toEqual([false, '2027-01-09', null]);
    expect(RENDERERS.table(recovering, plain)).toContain(
      ' Recovers on 2027-01-09, after the horizon: a timing gap, not structural;\n INV-9 (Client Nine) is expected then.',
    );
  });

  it('is bridged through the day before it recovers and repaid that day', () => {
    // Need 12-20 … 01-08, 20 days of ₩300,000 on the 6.5 % overdraft: 300,000 × 20 × 0.065 / 365 = 1,068.49 → 1,068.
    const { need, plan } = recovering.windows[0]!.bridging;
    expect([formatDay(need!.start), formatDay(need!.end), need!.peak]).toEqual(['2026-12-20', '2027-01-08', 300_000]);
    expect(plan!.parts.map((part) => [part.option.id, formatDay(part.repayDate), part.cost])).toEqual([['kr-overdraft', '2027-01-09', 1_068]]);
    expect(plan!.totalCost).toBe(1_068);
  });

  // Invoiced ₩3,000,000 in October and ₩5,000,000 in November 2026: ₩4,000,000 a month over those 2 whole months.
  const history = [
    invoice({ id: 'O-1', amount: 3_000_000, issued: d('2026-10-05'), paid: d('2026-10-20') }),
    invoice({ id: 'N-1', amount: 5_000_000, issued: d('2026-11-05'), paid: d('2026-11-25') }),
  ];
  const horizon = options({ asOf: d('2026-12-15'), days: 30, openingBalance: 1_000_000 });

  it('is likely covered by work not yet invoiced when the run-rate is above the spending', () => {
    // 1,500,000 out over 30 days: × 365 / (12 × 30) = 1,520,833.3 → ₩1,520,833 a month, below ₩4,000,000.
    const covered = report(history, [expense({ amount: 1_500_000, date: d('2026-12-20') })], horizon);
    const [window] = covered.windows;
    expect(window).toMatchObject({ structural: false, recoversAfterHorizon: undefined, spendingPerMonth: 1_520_833 });
    expect(window!.bridging.plan).toBeUndefined();
    expect(json(covered).shortfalls[0]!.runRate).toEqual({ perMonth: 4_000_000, months: 2, from: '2026-10-01', to: '2026-11-30' });
    const table = RENDERERS.table(covered, plain);
    expect(table).toContain(
      // Its first hand-made line is 84 cells, so the message is one paragraph broken for 80 columns: ' … a month on' is
      // 76 cells (' average' would make 84), the second line 80 (' month.' would make 87).
      ' Likely covered by work not yet invoiced: you invoiced ₩4,000,000 a month on\n average (2 months, 2026-10-01 → 2026-11-30) and the horizon spends ₩1,520,833 a\n month. List planned work as future-dated invoices to see the day it recovers.',
    );
    expect(table).not.toContain('structural');
    expect(RENDERERS.check(covered, plain)).toBe('2026-12-20 short ₩500,000 for 25 days, likely covered by work not yet invoiced\n');
  });

  it('is structural when the spending is above the run-rate', () => {
    // 5,000,000 out: × 365 / 360 = 5,069,444.4 → ₩5,069,444 a month, above ₩4,000,000.
    const short = report(history, [expense({ amount: 5_000_000, date: d('2026-12-20') })], horizon);
    expect(short.windows[0]).toMatchObject({ structural: true, recoversAfterHorizon: undefined, spendingPerMonth: 5_069_444 });
    expect(json(short).shortfalls[0]).toMatchObject({ structural: true, recoversAfterHorizon: null, runRate: { perMonth: 4_000_000, months: 2 } });
    const table = RENDERERS.table(short, plain);
    expect(table).toContain(' Structural: the horizon spends ₩5,069,444 a month, more than\n you invoiced ₩4,000,000 a month on average (2 months');
    expect(table).toContain('  is a structural deficit, not a timing gap. Cut spending or raise income.\n  Structural: the horizon spends');
  });
});

describe('the invoicing run-rate', () => {
  it('takes the last 12 whole months before as-of, every retainer occurrence, and not the current month', () => {
    const rate = invoicingRunRate(
      [
        // 2025-01-10 … monthly: the 12 occurrences 2025-12-10 … 2026-11-10 fall in the months counted.
        invoice({ id: 'R', amount: 1_000_000, issued: d('2025-01-10'), repeat: 'monthly', until: d('2026-11-30') }),
        invoice({ id: 'X', amount: 2_400_000, issued: d('2026-03-03'), paid: d('2026-04-01') }),
        invoice({ id: 'NOW', amount: 9_000_000, issued: d('2026-12-02') }),
      ],
      d('2026-12-15'),
    );
    // (12 × 1,000,000 + 2,400,000) / 12 = 1,200,000.
    expect(rate).toEqual({ perMonth: 1_200_000, months: 12, from: d('2025-12-01'), to: d('2026-11-30') });
  });

  it('is undefined without a whole month of history', () => {
    expect(invoicingRunRate([invoice({ amount: 1_000, issued: d('2026-12-02') })], d('2026-12-15'))).toBeUndefined();
  });
});

describe('safe to spend today', () => {
  // ₩2,000,000, buffer ₩300,000: −500,000 on 12-10 (1,500,000), +400,000 on 12-20 (1,900,000), −700,000 on 12-25
  // (1,200,000, the lowest). 1,200,000 − 300,000 = ₩900,000 can leave today and no day goes below the buffer.
  const invoices = [invoice({ amount: 400_000, issued: d('2026-11-20') })];
  const expenses = [expense({ amount: 500_000, date: d('2026-12-10') }), expense({ amount: 700_000, date: d('2026-12-25') })];
  const at = (openingBalance: number) => options({ asOf: d('2026-12-01'), days: 30, openingBalance, buffer: 300_000 });

  it('is the lowest balance less the buffer when no shortfall lies ahead', () => {
    const value = report(invoices, expenses, at(2_000_000));
    expect(value.summary.safeToSpend).toBe(900_000);
    expect(json(value).summary.safeToSpend).toBe(900_000);
    expect(RENDERERS.table(value, plain)).toContain(' Safe to spend     ₩900,000 today (the lowest balance less the buffer, 2026-12-25)');
    // Spending exactly that today leaves no shortfall; one won more opens one.
    expect(report(invoices, expenses, at(2_000_000 - 900_000)).summary.shortfallCount).toBe(0);
    expect(report(invoices, expenses, at(2_000_000 - 900_001)).summary.shortfallCount).toBe(1);
  });

  it('is 0 whenever a shortfall lies ahead', () => {
    const value = report(invoices, expenses, at(1_000_000));
    expect(value.summary.shortfallCount).toBe(1);
    expect(value.summary.safeToSpend).toBe(0);
    expect(RENDERERS.table(value, plain)).toContain(' Safe to spend     ₩0 today: a shortfall lies ahead');
  });
});
