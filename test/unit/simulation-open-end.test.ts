import { describe, expect, it } from 'vitest';
import { d, expense, invoice, options, report } from '../support/factories.js';

// A window still short on the horizon's last day, judged in the simulation as the forecast judges it (issue 15,
// items 5 and 7): a timing gap is priced on the lines; only a structural one counts as "never recovering".
const history = (october: number, november: number) => [
  invoice({ id: 'O-1', amount: october, issued: d('2026-10-05'), paid: d('2026-10-20') }),
  invoice({ id: 'N-1', amount: november, issued: d('2026-11-05'), paid: d('2026-11-25') }),
];
const horizon = (openingBalance: number) => options({ asOf: d('2026-12-15'), days: 30, openingBalance });
const SIMULATE = { simulation: { runs: 200, seed: 1, band: false } };

describe('a run still short on the last day', () => {
  it('is a timing gap, priced on the overdraft, when the forecast says work not yet invoiced likely covers it', () => {
    // Run-rate ₩4,000,000 a month against 1,500,000 × 365 / 360 = ₩1,520,833 of spending: likely covered. No open
    // invoice, so every run is the forecast: 1,000,000 − 1,500,000 = −500,000 from 12-20 to the last day, 01-13,
    // 25 days. The 마이너스통장 (6.5 %, ₩800,000 of room) carries it: 25 × 500,000 × 0.065 / 365 = 2,226.03 → ₩2,226.
    const value = report(history(3_000_000, 5_000_000), [expense({ amount: 1_500_000, date: d('2026-12-20') })], horizon(1_000_000), SIMULATE);
    expect(value.windows[0]).toMatchObject({ structural: false, recovery: undefined });
    expect(value.simulation!.unbridgedProbability).toBe(0);
    expect(value.simulation!.expectedBridgingCost).toBe(2_226);
  });

  it('never recovers, and is not priced, when the forecast calls its window structural', () => {
    // Run-rate (300,000 + 500,000) / 2 = ₩400,000 a month against 600,000 × 365 / 360 = ₩608,333: structural.
    // 300,000 − 600,000 = −300,000, within the overdraft's room, yet no loan fixes a structural gap.
    const value = report(history(300_000, 500_000), [expense({ amount: 600_000, date: d('2026-12-20') })], horizon(300_000), SIMULATE);
    expect(value.windows[0]).toMatchObject({ structural: true, recovery: undefined });
    expect(value.simulation!.unbridgedProbability).toBe(1);
    expect(value.simulation!.expectedBridgingCost).toBe(0);
  });
});
