import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

// A double holds every integer only up to 2^53 − 1; past it a balance or a gap would print rounded. Such a total is
// the input's problem (a mistyped amount), so it is exit 2 with the total named, never a figure and never exit 70.
describe('totals beyond the exact range', () => {
  it('a buffer of 2^53 − 1 won over a balance of −₩1,000,000 is refused, not printed as a rounded peakGap', () => {
    const run = cli(['forecast', 'fixtures/invoices.csv', '--buffer', '9007199254740991', '--balance=-1000000', '--as-of', '2026-12-01', '--json']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cashflow: the opening balance, the buffer and the 6 cash events of the horizon add up to ₩9,007,199,265,200,991 ' +
        '(each taken as positive), more than cashflow can add exactly (₩9,007,199,254,740,991); ' +
        'check the largest, the buffer (₩9,007,199,254,740,991), for a mistyped amount\n',
    });
  });

  it('two invoices of ₩9,000,000,000,000,000 are an input problem (exit 2), not a RangeError (exit 70)', () => {
    const run = cli(['forecast', 'test/fixtures/totals/huge-invoices.csv', '--as-of', '2026-12-01', '--json']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cashflow: the opening balance, the buffer and the 2 cash events of the horizon add up to ₩18,000,000,000,000,000 ' +
        '(each taken as positive), more than cashflow can add exactly (₩9,007,199,254,740,991); ' +
        'check the largest, the invoice at test/fixtures/totals/huge-invoices.csv:2 (₩9,000,000,000,000,000), for a mistyped amount\n',
    });
  });

  it('the simulation, which may draw every open invoice into the horizon, refuses the same way', () => {
    const run = cli(['forecast', 'test/fixtures/totals/huge-invoices.csv', '--as-of', '2026-12-01', '--days', '10', '--simulate', '10']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'cashflow: the opening balance, the buffer, the 0 other cash events and the 2 open invoices the simulation draws ' +
        'add up to ₩18,000,000,000,000,000 (each taken as positive), more than cashflow can add exactly (₩9,007,199,254,740,991); ' +
        'check the largest, the invoice at test/fixtures/totals/huge-invoices.csv:2 (₩9,000,000,000,000,000), for a mistyped amount\n',
    );
  });
});
