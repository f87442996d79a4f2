import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { KRW } from '../support/factories.js';
import { fakeTty } from '../support/fake-tty.js';
import { cli } from '../support/run-cli.js';
import { forecastJsonInProcess } from '../support/run-in-process.js';

const FORECAST = ['forecast', 'fixtures/invoices.csv', '--expenses', 'fixtures/expenses.csv', '--balance', '1500000', '--as-of', '2026-12-01', '--json'];

const ids = defaultCatalogue(KRW).options.map((option) => option.id);
// The built-in KRW options in order; 소액결제현금화 (illegal) is not asked about.
const ASKED = ids.filter((id) => id !== 'kr-micropayment-cashout');

/** Answers: y with figures for the overdraft, n for the emergency line, Enter for every other option. */
const OVERDRAFT_MINE = ['y', '5,000,000', '1000000', '5.9', 'n', ...ASKED.slice(2).map(() => '')];

const loadBack = (path: string) => {
  const read = parseCatalogue(readFileSync(path, 'utf8'), path, defaultCatalogue(KRW));
  expect(read.issues).toEqual([]);
  return read.values!;
};

describe('cashflow bridges --setup on a terminal', () => {
  it('asks option by option and writes an "extends": "defaults" file of what the user confirmed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const path = join(dir, 'bridges.json');
    const io = fakeTty(OVERDRAFT_MINE);
    const code = await runCli(['bridges', '--setup', '--bridges', path], io);
    expect(code).toBe(EXIT.ok);
    expect(io.questions.slice(0, 5)).toEqual([
      '  Do you have it? y = yes, n = no, Enter = keep these figures: ',
      '  Its limit [₩3,000,000]: ',
      '  Used now [₩2,200,000]: ',
      '  Its rate, % a year [6.5]: ',
      '  Do you have it? y = yes, n = no, Enter = keep these figures: ',
    ]);
    expect(io.questions).toHaveLength(4 + ASKED.length - 1);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written.extends).toBe('defaults');
    expect(written.options).toEqual([
      {
        id: 'kr-overdraft',
        enabled: true,
        typical: false,
        availability: { approved: true },
        amount: { capacity: { limit: 5_000_000, used: 1_000_000, resets: 'never' } },
        charges: [{ type: 'interest', annualRate: 0.059, dayBasis: 365, compounding: 'simple', on: 'outstanding', rounding: 'round' }],
      },
      { id: 'kr-emergency-line', enabled: false, typical: false },
    ]);
    const catalogue = loadBack(path);
    const overdraft = catalogue.options.find((option) => option.id === 'kr-overdraft')!;
    expect([overdraft.typical, overdraft.amount.capacity?.limit, overdraft.amount.capacity?.used]).toEqual([false, 5_000_000, 1_000_000]);
    expect(catalogue.options.find((option) => option.id === 'kr-emergency-line')!.enabled).toBe(false);
    expect(io.err.join('')).toContain(`Wrote ${path}: 1 option yours, 1 you do not have.`);
    // The forecast takes the answers as the user's own: the first window's plan is the overdraft, "yours".
    const json = await forecastJsonInProcess([...FORECAST, '--bridges', path]);
    expect(json.shortfalls[0]!.plan).toMatchObject({ basis: 'yours', parts: [{ option: 'kr-overdraft', basis: 'yours' }] });
  });

  it('gives a line without a capacity one, so what is drawn counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const path = join(dir, 'mine.json');
    const io = fakeTty(['', 'y', '2000000', '500000', '', ...ASKED.slice(2).map(() => '')]);
    expect(await runCli(['bridges', '--setup', '--bridges', path], io)).toBe(EXIT.ok);
    const [entry] = JSON.parse(readFileSync(path, 'utf8')).options;
    expect(entry).toMatchObject({ id: 'kr-emergency-line', amount: { max: 2_000_000, capacity: { limit: 2_000_000, used: 500_000, resets: 'never' } } });
    expect(entry.charges[0].annualRate).toBe(0.099);
  });

  it("updating: Enter keeps the file's figures, its other entries stay, and the old file is backed up first", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const path = join(dir, 'bridges.json');
    const before = `${JSON.stringify({
      extends: 'defaults',
      options: [
        { id: 'kr-overdraft', amount: { capacity: { limit: 4000000, used: 0 } } },
        { id: 'kr-card-loan', enabled: false },
      ],
    })}\n`;
    writeFileSync(path, before);
    const io = fakeTty(['y', '', '', '', ...ASKED.slice(1).map(() => '')]);
    expect(await runCli(['bridges', '--setup', '--bridges', path], io)).toBe(EXIT.ok);
    expect(io.questions[1]).toBe('  Its limit [₩4,000,000]: ');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(before);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written.options.map((entry: { id: string }) => entry.id)).toEqual(['kr-card-loan', 'kr-overdraft']);
    expect(written.options[1].amount.capacity).toEqual({ limit: 4_000_000, used: 0, resets: 'never' });
    // A second run keeps the first backup and adds one of its own.
    expect(await runCli(['bridges', '--setup', '--bridges', path], fakeTty(ASKED.map(() => '')))).toBe(EXIT.ok);
    expect(readdirSync(dir).sort()).toEqual(['bridges.json', 'bridges.json.bak', 'bridges.json.bak.1']);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(before);
  });

  it('asks again after a mistyped answer, and writes nothing when the user stops (Ctrl-D)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const path = join(dir, 'bridges.json');
    const io = fakeTty(['maybe', 'y', 'lots']);
    expect(await runCli(['bridges', '--setup', '--bridges', path], io)).toBe(EXIT.input);
    expect(io.err.join('')).toContain('"maybe": answer y (yes), n (no), or Enter to keep the typical figures');
    expect(io.err.join('')).toContain('bridges --setup stopped: nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses to rewrite a whole catalogue of the user's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const path = join(dir, 'full.json');
    const full = `${JSON.stringify(defaultCatalogue(KRW))}\n`;
    writeFileSync(path, full);
    const io = fakeTty([]);
    expect(await runCli(['bridges', '--setup', '--bridges', path], io)).toBe(EXIT.input);
    expect(io.err.join('')).toContain('is a whole catalogue of its own');
    expect(readFileSync(path, 'utf8')).toBe(full);
  });
});

describe('cashflow bridges --setup without a terminal', () => {
  it('exits 2 and points to bridges --init, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-setup-'));
    const run = cli(['bridges', '--setup', '--bridges', join(dir, 'bridges.json')]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('bridges --setup asks questions on a terminal');
    expect(run.stderr).toContain('cashflow bridges --init > bridges.json');
    expect(readdirSync(dir)).toEqual([]);
  });
});
