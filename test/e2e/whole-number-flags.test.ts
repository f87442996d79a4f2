import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

describe('whole-number flags on the command line', () => {
  it('bridges --days 0 says the range, not "see cashflow forecast --help" (another command)', () => {
    expect(cli(['bridges', '--amount', '1000000', '--days', '0', '--as-of', '2026-12-01'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cashflow: --days "0" must be at least 1; give a whole number from 1 to 3,660\n',
    });
  });

  it('bridges --days 45 prices the amount held 45 days', () => {
    const run = cli(['bridges', '--amount', '1000000', '--days', '45', '--as-of', '2026-12-01', '--json']);
    expect(run.code).toBe(0);
    const options = (JSON.parse(run.stdout) as { options: Array<{ drawDate?: string; repayDate?: string }> }).options;
    const line = options.find((option) => option.drawDate === '2026-12-01');
    expect(line?.repayDate).toBe('2027-01-15');
  });

  it('forecast --delay past its maximum names the flag and the range', () => {
    expect(cli(['forecast', 'fixtures/invoices.csv', '--delay', '4000', '--as-of', '2026-12-01'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cashflow: --delay "4000" is more than 3,650; give a whole number from 0 to 3,650\n',
    });
  });
});
