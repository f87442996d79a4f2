import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

const INVOICE = 'test/fixtures/rates/usd-invoice.csv';

describe('exchange rates that would turn an invoice into nothing', () => {
  it('an --fx-rates file with 0,0 stops the run (it forecast the $1,000 invoice as ₩0)', () => {
    const run = cli(['forecast', INVOICE, '--fx-rates', 'test/fixtures/rates/zero-with-comma.csv', '--as-of', '2026-12-01', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(
      'test/fixtures/rates/zero-with-comma.csv:2:2: rate "0,0" is zero; write units of the forecast currency per 1 unit with a decimal point, e.g. 1390.5',
    );
  });

  it('a rate so small that $1,000 converts to ₩0 names the invoice row', () => {
    const run = cli(['forecast', INVOICE, '--fx', 'USD=0.0000001', '--as-of', '2026-12-01', '--json']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `${INVOICE}:2:3: amount "$1,000.00" converts to ₩0 at the USD rate; check the rate (KRW per 1 USD, from --fx or --fx-rates): it is too small for this amount\n` +
        'cashflow: 1 input error; nothing was forecast.\n',
    });
  });
});
