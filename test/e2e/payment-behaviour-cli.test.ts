import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

const FORECAST = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01'];

describe('cashflow clients on the fixtures', () => {
  it('prints the table', () => {
    const run = cli(['clients', 'fixtures/invoices.csv', '--as-of', '2026-12-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/판교테크 +4 +67 \/ 67 \/ 67 +37 \/ 37 \/ 37 +1 +0 +history 67 d/);
    expect(run.stdout).toMatch(/리틀브랜드 +0 +— +— +0 +0 +default/);
    // Every spread whole: 34 / 34.8 / 38 was cut to "34 / 34.8 / …" in a 14-column cell.
    expect(run.stdout).toMatch(/스튜디오 봄 +5 +34 \/ 34\.8 \/ 38 +4 \/ 4\.8 \/ 8 +1 +0 +history 34 d/);
    expect(run.stdout).not.toContain('…');
  });

  it("prints JSON with each client's statistics and learned delay", () => {
    const json = z
      .object({ version: z.literal(1), minHistory: z.number(), clients: z.array(z.object({ client: z.string() }).passthrough()) })
      .parse(JSON.parse(cli(['clients', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--json']).stdout));
    expect(json.clients.find((client) => client.client === '스튜디오 봄')).toEqual({
      client: '스튜디오 봄',
      paidCount: 5,
      daysToPay: { median: 34, p80: 34.8, max: 38 },
      lateness: { median: 4, p80: 4.8, max: 8 },
      open: 1,
      overdue: 0,
      learnedDelayDays: 34,
    });
    expect(json.clients.find((client) => client.client === '노을커피')).toMatchObject({ paidCount: 3, open: 1, overdue: 1, learnedDelayDays: 16 });
  });
});

describe('cashflow forecast --scenarios --simulate on the fixtures', () => {
  const args = [...FORECAST, '--scenarios', '0,30', '--simulate', '2000', '--seed', '5'];

  it('adds scenario rows and the odds to the JSON, deterministically for a seed', () => {
    const run = cli([...args, '--json']);
    expect(run.code).toBe(0);
    const report = forecastJsonV1.parse(JSON.parse(run.stdout));
    expect(report.scenarios.map((row) => row.extraDelayDays)).toEqual([0, 30]);
    expect(report.scenarios[0]).toMatchObject({
      firstShortfall: report.summary.firstShortfall,
      lowestBalance: report.summary.lowestBalance,
      shortfallCount: report.summary.shortfallCount,
      bridgingCost: report.summary.bridgingCost,
      structural: false,
    });
    const simulation = report.simulation!;
    expect(simulation).toMatchObject({ runs: 2000, seed: 5 });
    expect(simulation.days).toHaveLength(90);
    expect(simulation.windowFrequency).toHaveLength(report.shortfalls.length);
    expect(simulation.shortfallProbability).toBeGreaterThan(0.5);
    expect(simulation.lowestBalance.p10).toBeLessThanOrEqual(simulation.lowestBalance.p50);
    expect(cli([...args, '--json']).stdout).toBe(run.stdout);
    expect(report.events.find((event) => event.kind === 'invoice' && event.id === 'INV-2026-033')).toMatchObject({
      date: '2027-01-22',
      assumption: 'history: median 67 d over 4 invoices',
    });
    // The learned delays set the day an early-payment discount is repaid by the client's own payment.
    const discountOn = (invoice: string) =>
      report.shortfalls[0]!.alternatives.find((alternative) => alternative.option === 'kr-early-payment-discount' && alternative.invoice === invoice);
    expect(discountOn('INV-2026-035')).toMatchObject({ repayDate: '2027-01-31', cost: 36000 });
    expect(discountOn('INV-2026-033')).toMatchObject({ repayDate: '2027-01-22' });
    // Issue 15, item 3: ₩36,000 for 한빛출판 to pay early is not worth asking against a ₩581 plan.
    expect(report.shortfalls[0]!.askEarly).toEqual([]);
  });

  it('prints them in the table', () => {
    const run = cli(args);
    expect(run.stdout).toContain('If clients pay later than expected');
    expect(run.stdout).toMatch(/The odds, over 2,000 simulated runs \(seed 5\)/);
    expect(run.stdout).toMatch(/Chance of running short +\d+\.\d %/);
  });

  it('refuses a bad run count', () => {
    const run = cli([...FORECAST, '--simulate', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--simulate "many" is not a whole number');
  });
});
