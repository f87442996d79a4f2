import { currencyOf } from '../src/domain/currency.js';
import { dayFromParts } from '../src/domain/day.js';
import { minor } from '../src/domain/money.js';
import type { ForecastOptions } from '../src/forecast/options.js';
import { simulate } from '../src/forecast/simulation.js';
import { syntheticBooks } from './synthetic.js';

/** Times the simulation at the size: 10,000 runs × 365 days × 1,000 open invoices. Median of 5. */
export function benchSimulation(): { name: string; medianMs: number; samplesMs: number[]; target: string; met: boolean } {
  const asOf = dayFromParts(2026, 12, 1)!;
  const { invoices, expenses } = syntheticBooks(asOf, 1000);
  const options: ForecastOptions = {
    currency: currencyOf('KRW')!,
    asOf,
    days: 365,
    openingBalance: minor(50_000_000),
    openingBalanceGiven: true,
    buffer: minor(0),
    delayDays: 30,
    overdueGraceDays: 14,
    minHistory: 3,
  };
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    simulate(invoices, expenses, options, {
      runs: 10_000,
      seed: i + 1,
      minHistory: 3,
      lines: [{ annualRate: 0.065, headroom: minor(5_000_000) }],
      windows: [],
    });
    samples.push(performance.now() - started);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = sorted[2]!;
  return { name: 'simulate 10,000 runs × 365 days × 1,000 open invoices', medianMs, samplesMs: samples, target: '< 1000 ms', met: medianMs < 1000 };
}
