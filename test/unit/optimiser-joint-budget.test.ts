import { describe, expect, it } from 'vitest';
import { bridgeForecast } from '../../src/bridge/bridge-forecast.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import type { Catalogue } from '../../src/read/catalogue-schema.js';
import { d, expense, invoice, options } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

// The joint search over sub-catalogues and lower caps proves the forecast's plans cheapest only when it ends within
// its runs. A cheap shared line that the first window fills to the cap steps the caps below it down one unit a run
// (each run's plan fits the next cap exactly), so the search runs out: the plans must not then claim to be exact.
const A = d('2026-03-02');

describe('a joint search that runs out of runs', () => {
  const report = buildForecast(
    [
      invoice({ id: 'PAY-0', client: 'P0', amount: 300_000, issued: A - 40, due: A + 8 }),
      invoice({ id: 'PAY-1', client: 'P1', amount: 100_000, issued: A - 40, due: A + 17 }),
    ],
    [expense({ amount: 283_000, date: A + 3 }), expense({ amount: 95_000, date: A + 12 })],
    options({ asOf: A, days: 60, delayDays: 0 }),
  );
  const catalogue = {
    schemaVersion: 1,
    currency: 'KRW',
    jurisdiction: 'KR',
    sharedLimits: [{ id: 'card', limit: 150_000, used: 0 }],
    options: [
      bridgeOption({
        id: 'dear-line',
        category: 'revolving_line',
        amount: { basis: 'cash', min: 10_000, max: 500_000, step: 10_000 },
        charges: [interest(0.18)],
      }),
      bridgeOption({
        id: 'card-line',
        category: 'revolving_line',
        amount: { basis: 'cash', min: 10_000, max: 400_000, step: 10_000, sharedLimitId: 'card' },
        charges: [interest(0.05)],
      }),
    ],
  } as Catalogue;

  it('marks every plan as not proven cheapest', () => {
    const bridges = bridgeForecast(report, { catalogue });
    expect(bridges.map((bridge) => [bridge.plan?.residualGap, bridge.plan?.exact])).toEqual([
      [0, false],
      [0, false],
    ]);
  });
});
