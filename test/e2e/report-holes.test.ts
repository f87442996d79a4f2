import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

describe('every loop over dates ends', () => {
  it('forecasts rules that repeat past 2999-12-31 instead of spinning forever', () => {
    const run = cli([
      'forecast',
      'test/fixtures/holes/retainer-2999.csv',
      '--expenses',
      'test/fixtures/holes/expense-2999.csv',
      '--as-of',
      '2999-12-01',
      '--days',
      '90',
      '--balance',
      '0',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { events: Array<{ date: string; kind: string; id?: string }> };
    // Weekly rent from 2999-11-30: 12-07 … 3000-02-22 (13 weeks in the horizon to 3000-02-28).
    expect(
      json.events
        .filter((event) => event.kind === 'expense')
        .map((event) => event.date)
        .slice(-2),
    ).toEqual(['3000-02-15', '3000-02-22']);
    // The monthly retainer from 2999-11-30 is issued 12-30, 3000-01-30, 3000-02-28 in the horizon, each expected 30 days
    // later: only 12-30 → 3000-01-29 lands by 3000-02-28.
    expect(json.events.filter((event) => event.kind === 'invoice').map((event) => [event.date, event.id])).toEqual([['3000-01-29', 'RET@2999-12-30']]);
  });
});
