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

const WITH_PROJECT = {
  'inv.csv': 'id,client,amount,issued,프로젝트\nA-1,Acme,"1,000,000",2026-12-10,웹사이트\n',
  'exp.csv': 'date,amount,description,프로젝트,메모2\n2026-12-05,"500,000",Rent,공통,\n',
};

describe('a column cashflow does not know', () => {
  it('is one warning per run, though both files have it', () => {
    const at = books(WITH_PROJECT);
    const result = cli(['forecast', at('inv.csv'), '--expenses', at('exp.csv'), '--as-of', '2026-12-01', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter((line) => line !== '')).toEqual([
      `warning: ${at('inv.csv')}:1:5: column "프로젝트" is not a column cashflow knows; its cells are ignored; known columns: id, client, amount, issued, due, paid, currency, repeat, until, withholding, vat, status; map it with --map FIELD="프로젝트", or silence it with --ignore-column "프로젝트"`,
      `warning: ${at('exp.csv')}:1:5: column "메모2" is not a column cashflow knows; its cells are ignored; known columns: date, amount, description, category, repeat, until, deferrable, inputVat; map it with --map FIELD="메모2", or silence it with --ignore-column "메모2"`,
    ]);
  });

  it('is silenced by --ignore-column (repeatable) or by "ignore" in the config', () => {
    const at = books({ ...WITH_PROJECT, 'cashflow.config.json': JSON.stringify({ ignore: ['프로젝트', '메모 2'] }) });
    const flags = ['--expenses', at('exp.csv'), '--as-of', '2026-12-01'];
    const byFlag = cli(['forecast', at('inv.csv'), ...flags, '--ignore-column', '프로젝트', '--ignore-column', '메모2']);
    expect([byFlag.code, byFlag.stderr]).toEqual([0, '']);
    const byConfig = cli(['forecast', at('inv.csv'), ...flags, '--config', at('cashflow.config.json')]);
    expect([byConfig.code, byConfig.stderr]).toEqual([0, '']);
    const one = cli(['forecast', at('inv.csv'), ...flags, '--ignore-column', '프로젝트']);
    expect(one.stderr).toContain('column "메모2" is not a column cashflow knows');
    expect(one.stderr).not.toContain('프로젝트"');
  });

  it('--quiet silences every warning, and errors still print', () => {
    const at = books({ ...WITH_PROJECT, 'header-only.csv': 'date,amount,description\n', 'bad.csv': 'id,client,amount,issued,x\nA,B,zero,2026-12-01,\n' });
    const quiet = cli(['forecast', at('inv.csv'), '--expenses', at('header-only.csv'), '--as-of', '2026-12-01', '--quiet']);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const failed = cli(['forecast', at('bad.csv'), '--as-of', '2026-12-01', '--quiet']);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      `${at('bad.csv')}:2:3: amount "zero" is not an amount; write digits with optional thousands separators, e.g. 1,500,000\ncashflow: 1 input error; nothing was forecast.\n`,
    );
  });
});

describe('CSV for Excel', () => {
  const forecast = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--as-of', '2026-12-01', '--format', 'csv'];

  it('--format csv stays plain UTF-8 without a BOM, for scripts', () => {
    const result = cli(forecast);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('date,inflow,outflow,balance,shortfall\n')).toBe(true);
  });

  it('--bom starts it with a UTF-8 BOM, on stdout and in --output, and in a ledger export', () => {
    expect(cli([...forecast, '--bom']).stdout.startsWith('\uFEFFdate,inflow,outflow,balance,shortfall\n')).toBe(true);
    const at = books({});
    expect(cli([...forecast, '--events', '--bom', '--output', at('events.csv')]).code).toBe(0);
    expect([...readFileSync(at('events.csv')).subarray(0, 7)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('date')]);
    const journal = cli(['export', '--to', 'ledger', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--bom']);
    expect(journal.code).toBe(0);
    expect(journal.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(journal.stdout.charCodeAt(1)).not.toBe(0xfeff);
  });

  it('"bom": true in the config does it too', () => {
    const at = books({ 'cashflow.config.json': JSON.stringify({ format: 'csv', bom: true }) });
    const result = cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--config', at('cashflow.config.json')]);
    expect(result.stdout.startsWith('\uFEFFdate,')).toBe(true);
  });

  it('--bom leaves JSON and tables alone, so "bom": true in the config does not break jq', () => {
    const json = cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--json', '--bom']);
    expect(json.code).toBe(0);
    expect(json.stdout.startsWith('{')).toBe(true);
    expect(cli(['forecast', 'fixtures/invoices.csv', '--as-of', '2026-12-01', '--bom']).stdout.startsWith('Cash-flow')).toBe(true);
  });
});
