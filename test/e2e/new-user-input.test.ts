import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';

/** Writes `files` (name → text) into a fresh folder; the path of each by name. */
function books(files: Record<string, string>): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-new-user-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return (name) => join(dir, name);
}

const USD_INVOICES = 'id,client,amount,issued,paid,currency\nU1,Acme,1500.00,2026-10-01,2026-10-31,USD\nU2,Acme,900.00,2026-11-01,,USD\n';

describe('invoices all in one foreign currency', () => {
  it('forecast: one error that says --currency USD, exit 2', () => {
    const at = books({ 'inv.csv': USD_INVOICES });
    const result = cli(['forecast', at('inv.csv'), '--as-of', '2026-12-01']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${at('inv.csv')}:2:6: currency "USD" is the currency of every invoice (2), but the forecast is in KRW and has no USD rate; forecast in USD with --currency USD, or convert with --fx USD=RATE (KRW per 1 USD) or an --fx-rates file\ncashflow: 1 input error; nothing was forecast.\n`,
    );
    expect(cli(['forecast', at('inv.csv'), '--as-of', '2026-12-01', '--currency', 'USD']).code).toBe(0);
  });

  it('clients: needs no exchange rate, since it reads only dates', () => {
    const at = books({ 'inv.csv': USD_INVOICES });
    const result = cli(['clients', at('inv.csv'), '--as-of', '2026-12-01', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).clients).toMatchObject([{ client: 'Acme', paidCount: 1, open: 1, daysToPay: { median: 30 } }]);
  });
});
