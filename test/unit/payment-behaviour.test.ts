import { describe, expect, it } from 'vitest';
import { bridgeForecast } from '../../src/bridge/bridge-forecast.js';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { formatDay } from '../../src/domain/day.js';
import { clientHistories, learnedDelays } from '../../src/forecast/client-history.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import { percentile } from '../../src/forecast/percentile.js';
import { nonPaymentProbability, simulate } from '../../src/forecast/simulation.js';
import { assumptionText } from '../../src/render/assumption-text.js';
import { buildReport } from '../../src/report/build-report.js';
import { d, expense, invoice, KRW, options } from '../support/factories.js';

const AS_OF = d('2026-12-01');
/** A paid invoice issued on `issued` that took `days` to pay, `late` days after its due date. */
const paid = (client: string, issued: string, days: number, late = 0) =>
  invoice({ client, amount: 100_000, issued: d(issued), paid: d(issued) + days, due: d(issued) + days - late });

describe('client statistics (percentile: linear between closest ranks, type 7)', () => {
  it('the percentile method on an odd and an even count', () => {
    expect(percentile([10, 20, 30], 0.5)).toBe(20);
    expect(percentile([10, 20, 30], 0.8)).toBeCloseTo(26, 10); // rank 1.6: 20 + 0.6 × 10
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25); // mean of the middle two
    expect(percentile([10, 20, 30, 40], 0.8)).toBeCloseTo(34, 10); // rank 2.4: 30 + 0.4 × 10
  });

  it('are exact per client: odd count, even count, no paid invoices, and an overdue open invoice', () => {
    const invoices = [
      paid('Odd', '2026-01-01', 30, 0),
      paid('Odd', '2026-03-01', 40, 10),
      paid('Odd', '2026-05-01', 50, 20),
      paid('Even', '2026-01-10', 10, -4),
      paid('Even', '2026-02-10', 20, 6),
      paid('Even', '2026-03-10', 30, 16),
      paid('Even', '2026-04-10', 40, 26),
      invoice({ id: 'N-1', client: 'Never paid yet', amount: 1, issued: d('2026-11-20') }),
      invoice({ id: 'O-1', client: 'Odd', amount: 1, issued: d('2026-09-01'), due: d('2026-09-15') }),
    ];
    const stats = clientHistories(invoices, options({ asOf: AS_OF }));
    // p80 is a double (rank interpolation); six decimals show it exactly.
    const exact = (spread: { median: number; p80: number; max: number } | undefined) =>
      spread && { median: spread.median, p80: Number(spread.p80.toFixed(6)), max: spread.max };
    expect(stats.map((row) => ({ ...row, daysToPaySpread: exact(row.daysToPaySpread), latenessSpread: exact(row.latenessSpread) }))).toEqual([
      {
        client: 'Odd',
        paidCount: 3,
        daysToPay: [30, 40, 50],
        daysToPaySpread: { median: 40, p80: 46, max: 50 },
        latenessSpread: { median: 10, p80: 16, max: 20 },
        open: 1,
        overdue: 1,
      },
      {
        client: 'Even',
        paidCount: 4,
        daysToPay: [10, 20, 30, 40],
        daysToPaySpread: { median: 25, p80: 34, max: 40 },
        latenessSpread: { median: 11, p80: 20, max: 26 },
        open: 0,
        overdue: 0,
      },
      { client: 'Never paid yet', paidCount: 0, daysToPay: [], daysToPaySpread: undefined, latenessSpread: undefined, open: 1, overdue: 0 },
    ]);
    expect(learnedDelays(stats, 3)).toEqual(
      new Map([
        ['Odd', { medianDays: 40, paidCount: 3 }],
        ['Even', { medianDays: 25, paidCount: 4 }],
      ]),
    );
    expect(learnedDelays(stats, 4)).toEqual(new Map([['Even', { medianDays: 25, paidCount: 4 }]]));
  });
});

describe('learned delays in the forecast', () => {
  const history = [paid('Slow', '2026-01-05', 60), paid('Slow', '2026-03-05', 62), paid('Slow', '2026-05-05', 64), paid('Thin', '2026-06-01', 90)];
  const open = [
    invoice({ id: 'S-1', client: 'Slow', amount: 500_000, issued: d('2026-11-20') }),
    invoice({ id: 'T-1', client: 'Thin', amount: 300_000, issued: d('2026-11-20') }),
    invoice({ id: 'F-1', client: 'Fresh', amount: 200_000, issued: d('2026-11-25') }),
  ];
  const dates = (minHistory: number | undefined) =>
    Object.fromEntries(
      buildForecast([...history, ...open], [], options({ asOf: AS_OF, minHistory })).events.map((event) => [
        event.kind === 'invoice' ? event.id : '',
        `${formatDay(event.date)} ${event.kind === 'invoice' ? assumptionText(event.assumption) : ''}`,
      ]),
    );

  it('move exactly the invoices of clients with enough history, by exactly their median', () => {
    expect(dates(undefined)).toEqual({ 'S-1': '2026-12-20 default: 30 d', 'T-1': '2026-12-20 default: 30 d', 'F-1': '2026-12-25 default: 30 d' });
    // Slow paid in 60, 62, 64 days: median 62 → 2026-11-20 + 62. Thin has one paid invoice, Fresh none: default.
    expect(dates(3)).toEqual({
      'S-1': '2027-01-21 history: median 62 d over 3 invoices',
      'T-1': '2026-12-20 default: 30 d',
      'F-1': '2026-12-25 default: 30 d',
    });
    expect(dates(1)['T-1']).toBe('2027-02-18 history: median 90 d over 1 invoices');
  });

  it('give every invoice event its assumption as data: basis, days and the paid invoices behind it', () => {
    const overdue = invoice({ id: 'S-0', client: 'Slow', amount: 100_000, issued: d('2026-09-01') });
    const events = buildForecast([...history, ...open, overdue], [], options({ asOf: AS_OF, minHistory: 3 })).events;
    const assumed = Object.fromEntries(
      events.map((event) => [event.kind === 'invoice' ? event.id : '', event.kind === 'invoice' ? event.assumption : undefined]),
    );
    expect(assumed['S-1']).toEqual({ basis: 'history', days: 62, paidCount: 3 });
    expect(assumed['T-1']).toEqual({ basis: 'default', days: 30, paidCount: 0 });
    // 2026-09-01 + 62 = 2026-11-02 had passed at as-of: overdue, by the history rule it overran.
    expect(assumed['S-0']).toEqual({ basis: 'overdue', days: 62, paidCount: 3 });
    expect(assumptionText(assumed['S-0']!)).toBe('history: median 62 d over 3 invoices');
  });

  it('stress rows equal separate forecasts with the same extra delay', () => {
    const invoices = [...history, ...open];
    const expenses = [expense({ amount: 900_000, date: d('2026-12-10') })];
    const opts = options({ asOf: AS_OF, openingBalance: 600_000, minHistory: 3 });
    const catalogue = defaultCatalogue(KRW);
    const rows = buildReport({ invoices, expenses }, opts, catalogue, { scenarios: [0, 30, 60] }).scenarios;
    rows.forEach((row, index) => {
      const extra = [0, 30, 60][index]!;
      const separate = buildForecast(invoices, expenses, { ...opts, extraDelayDays: extra });
      const bridges = bridgeForecast(separate, { catalogue });
      expect(row).toEqual({
        extraDelayDays: extra,
        firstShortfall: separate.summary.firstShortfall,
        lowestBalance: separate.summary.lowestBalance,
        lowestDate: separate.summary.lowestDate,
        shortfallCount: separate.summary.shortfallCount,
        bridgingCost: bridges.reduce((sum, bridge) => sum + (bridge.plan?.totalCost ?? 0), 0),
        structural: separate.shortfalls.some((window) => window.structural),
        unplannedWindows: bridges.filter((bridge) => bridge.plan === undefined).length,
      });
    });
    expect(rows.map((row) => row.shortfallCount)).toEqual([1, 1, 1]);
    expect(rows[0]!.lowestBalance).toBe(-300_000);
  });
});

describe('the simulation', () => {
  const sim = (invoices: Parameters<typeof simulate>[0], expenses: Parameters<typeof simulate>[1], runs: number, seed = 7, minHistory = 3) =>
    simulate(invoices, expenses, options({ asOf: AS_OF, days: 90, openingBalance: 100_000 }), { runs, seed, minHistory, lines: [], windows: [] });

  it('gives identical output for the same seed, and different draws for another', () => {
    const invoices = [
      paid('A', '2026-01-01', 20),
      paid('A', '2026-02-01', 45),
      paid('A', '2026-03-01', 70),
      invoice({ client: 'A', amount: 500_000, issued: d('2026-11-25') }),
    ];
    const expenses = [expense({ amount: 300_000, date: d('2026-12-20') })];
    expect(sim(invoices, expenses, 2000, 42)).toEqual(sim(invoices, expenses, 2000, 42));
    expect(sim(invoices, expenses, 2000, 42).dailyShortProbability).not.toEqual(sim(invoices, expenses, 2000, 43).dailyShortProbability);
  });

  it('pays on issued + 40 in every run when the history is all "paid in exactly 40 days"', () => {
    const invoices = [
      paid('Forty', '2026-01-01', 40),
      paid('Forty', '2026-04-01', 40),
      paid('Forty', '2026-07-01', 40),
      invoice({ client: 'Forty', amount: 500_000, issued: d('2026-11-25') }),
    ];
    const expenses = [expense({ amount: 300_000, date: d('2026-12-20') })];
    const result = sim(invoices, expenses, 500);
    // Short from 12-20 (−200,000) until the invoice pays on 11-25 + 40 = 2027-01-04: probability 1 then, 0 around.
    const probability = (day: string) => result.dailyShortProbability[d(day) - AS_OF];
    expect([probability('2026-12-19'), probability('2026-12-20'), probability('2027-01-03'), probability('2027-01-04')]).toEqual([0, 1, 1, 0]);
    expect(result.shortfallProbability).toBe(1);
    expect(result.lowestBalance).toEqual({ p10: -200_000, p50: -200_000, p90: -200_000 });
  });

  it('matches the exact shortfall probability of a two-point history within 1 percentage point at 10,000 runs', () => {
    // Each of two invoices pays in 20 or 60 days with probability ½. Rent on 12-28 leaves the balance short
    // unless both pay in 20 days (on 12-15): P(shortfall) = 1 − ¼ = 0.75.
    const invoices = [
      paid('Two', '2026-01-01', 20),
      paid('Two', '2026-03-01', 60),
      paid('Two', '2026-05-01', 20),
      paid('Two', '2026-07-01', 60),
      invoice({ id: 'X', client: 'Two', amount: 300_000, issued: d('2026-11-25') }),
      invoice({ id: 'Y', client: 'Two', amount: 300_000, issued: d('2026-11-25') }),
    ];
    const expenses = [expense({ amount: 600_000, date: d('2026-12-28') })];
    const result = sim(invoices, expenses, 10_000, 11);
    expect(Math.abs(result.shortfallProbability - 0.75)).toBeLessThan(0.01);
  });

  it('learns non-payment from invoices unpaid 90 days past due', () => {
    const invoices = [
      paid('A', '2026-01-01', 20),
      paid('A', '2026-02-01', 20),
      paid('A', '2026-03-01', 20),
      invoice({ client: 'A', amount: 1, issued: d('2026-04-01'), due: d('2026-05-01') }),
      invoice({ client: 'A', amount: 1, issued: d('2026-11-01') }),
    ];
    // Judged: the four due (or issued) by 2026-09-02; one of them still unpaid.
    expect(nonPaymentProbability(invoices, AS_OF)).toBe(0.25);
  });
});
