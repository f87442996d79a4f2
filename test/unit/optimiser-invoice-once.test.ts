import { describe, expect, it } from 'vitest';
import { bridgeForecast } from '../../src/bridge/bridge-forecast.js';
import { buildForecast } from '../../src/forecast/forecast-report.js';
import type { Catalogue } from '../../src/read/catalogue-schema.js';
import { d, expense, invoice, options } from '../support/factories.js';
import { bridgeOption } from '../support/options.js';

// An invoice can be sold, discounted or pledged once — across windows too, not only within one. Two short windows
// nine days apart, each ended by a small payment; the one invoice worth bringing forward is paid in six weeks.
const A = d('2026-03-02');

describe('an invoice used by an earlier window', () => {
  const report = buildForecast(
    [
      invoice({ id: 'PAY-0', client: 'P0', amount: 100_000, issued: A - 40, due: A + 8 }),
      invoice({ id: 'PAY-1', client: 'P1', amount: 200_000, issued: A - 40, due: A + 21 }),
      invoice({ id: 'LATE', client: 'Late', amount: 150_000, issued: A - 10, due: A + 45 }),
    ],
    [expense({ amount: 100_000, date: A + 3 }), expense({ amount: 180_000, date: A + 17 })],
    options({ asOf: A, days: 60, delayDays: 0 }),
  );
  const catalogue = {
    schemaVersion: 1,
    currency: 'KRW',
    jurisdiction: 'KR',
    sharedLimits: [],
    options: [
      bridgeOption({
        id: 'early-pay',
        category: 'early_payment_discount',
        amount: { basis: 'face', min: 1, max: 100_000_000, step: 1 },
        term: { kind: 'until_invoice_paid' },
        charges: [{ type: 'discount', pct: 0.01, of: 'invoice_gross' }],
      }),
    ],
  } as Catalogue;

  const bridges = bridgeForecast(report, { catalogue });
  const plans = bridges.map((bridge) => ({
    invoices: bridge.plan?.parts.map((part) => part.invoiceId),
    cost: bridge.plan?.totalCost,
    through: bridge.need === undefined ? undefined : bridge.need.end - A,
  }));

  it('is not used again by a later one', () => {
    expect(report.shortfalls.map((w) => [w.start - A, w.end - A])).toEqual([
      [3, 7],
      [17, 20],
    ]);
    const invoices = plans.flatMap((plan) => plan.invoices ?? []);
    expect(new Set(invoices).size).toBe(invoices.length);
  });

  // Planned in order, the first window takes LATE (1,500: the cheapest for it alone) and the second then PAY-1
  // (2,000); asking P1 to pay early once carries both windows for 2,000 (README, "The plan": grouped windows).
  it('is weighed against one early payment that carries both windows', () => {
    expect(plans).toEqual([
      { invoices: ['PAY-1'], cost: 2_000, through: 20 },
      { invoices: [], cost: 0, through: 20 },
    ]);
  });
});
