import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

const args = [
  'forecast',
  'test/fixtures/tax/invoices.csv',
  '--as-of',
  '2026-12-01',
  '--days',
  '90',
  '--withholding',
  '3.3',
  '--fx',
  'USD=1390.5',
  '--fx-rates',
  'test/fixtures/tax/fx.csv',
  '--json',
];

describe('withholding, VAT and other currencies in the forecast', () => {
  const run = cli(args);
  const report = JSON.parse(run.stdout) as { events: Array<Record<string, unknown>> };
  const event = (id: string) => report.events.find((e) => e.id === id);

  it('runs', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('an invoice event carries the cash received, with gross and withheld beside it (--withholding 3.3 as default)', () => {
    expect(event('K-1')).toMatchObject({ date: '2026-12-20', amount: 1_193_837, gross: 1_234_567, withheld: 40_730, vat: 0, original: null });
  });

  it('a taxable invoice reserves its 10 % VAT and pays it on the next deadline; a paid one from the same half-year too', () => {
    expect(event('K-2')).toMatchObject({ amount: 1_100_000, gross: 1_100_000, withheld: 0, vat: 100_000 });
    expect(report.events.find((e) => e.kind === 'tax')).toMatchObject({
      date: '2027-01-25',
      kind: 'tax',
      description: 'VAT for 2026 H2',
      amount: -300_000,
      invoices: ['K-2', 'K-3'],
    });
  });

  it('converts other currencies at the given rates and keeps the original', () => {
    // $2,500.00 × 1390.5 = ₩3,476,250; €1,000.50 × 1512.25 = ₩1,513,006.1 → ₩1,513,006 (half up).
    expect(event('U-1')).toMatchObject({ amount: 3_476_250, gross: 3_476_250, original: { amount: 2500, currency: 'USD' } });
    expect(event('E-1')).toMatchObject({ amount: 1_513_006, original: { amount: 1000.5, currency: 'EUR' } });
  });

  it('names the invoices that need a missing exchange rate', () => {
    const missing = cli(['forecast', 'test/fixtures/tax/invoices.csv', '--as-of', '2026-12-01', '--fx', 'USD=1390.5']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain(
      'test/fixtures/tax/invoices.csv:6:9: currency "EUR" has no exchange rate to KRW (invoices in EUR: E-1); give one with --fx EUR=RATE',
    );
  });
});
