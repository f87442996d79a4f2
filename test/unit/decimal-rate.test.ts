import { describe, expect, it } from 'vitest';
import { readSettingsFromFlags } from '../../src/cli/read-flags.js';
import { parseExchangeRate, parseRate } from '../../src/domain/parse-rate.js';
import { parseFxRates } from '../../src/read/fx-rates.js';
import { formatIssue } from '../../src/render/input-issues.js';
import { d, KRW } from '../support/factories.js';

const FX_HINT = 'write units of the forecast currency per 1 unit with a decimal point, e.g. 1390.5';

describe('exchange rates: one parser for --fx, --fx-rates and the config', () => {
  it.each([
    ['1390.5', 13_905n, 10n],
    ['1,390.50', 139_050n, 100n],
    ['12,345,678', 12_345_678n, 1n],
    [' ０.９２ ', 92n, 100n],
    ['0.00072', 72n, 100_000n],
  ])('reads %j exactly as %i/%i', (text, num, den) => {
    expect(parseExchangeRate(text)).toEqual({ ok: true, rate: { num, den } });
  });

  it.each([
    ['0,0', 'is zero', FX_HINT],
    ['0', 'is zero', FX_HINT],
    ['0.000', 'is zero', FX_HINT],
    ['1390,5', 'uses a decimal comma', 'write it with a decimal point: 1390.5'],
    ['0,001', 'uses a decimal comma', 'write it with a decimal point: 0.001'],
    ['1,390', 'could be read two ways', 'write 1390 for thousands, or 1.390 if the comma is a decimal comma'],
    ['1,39,0', 'is not a rate', FX_HINT],
    ['-1390', 'is not a rate', FX_HINT],
    ['1e3', 'is not a rate', FX_HINT],
    ['3 %', 'is not a rate', FX_HINT],
    ['', 'is not a rate', FX_HINT],
    ['1'.repeat(31), 'has more than 30 digits', FX_HINT],
  ])('refuses %j: %s', (text, problem, hint) => {
    expect(parseExchangeRate(text)).toMatchObject({ ok: false, problem, hint });
  });

  it('an --fx-rates file refuses 0,0 (it read as 0 and turned $1,000 into ₩0) and 1390,5 (it read as 13905)', () => {
    const read = parseFxRates('currency,rate\nUSD,"0,0"\nEUR,"1390,5"\nJPY,9.41\n', 'fx.csv');
    expect(read.issues.map(formatIssue)).toEqual([
      `fx.csv:2:2: rate "0,0" is zero; ${FX_HINT}`,
      'fx.csv:3:2: rate "1390,5" uses a decimal comma; write it with a decimal point: 1390.5',
    ]);
    expect([...read.values]).toEqual([['JPY', { num: 941n, den: 100n }]]);
  });

  it('--fx takes the same rates, and names the flag and the rate when it refuses one', () => {
    const settings = (fx: string[]) => readSettingsFromFlags({ fx }, KRW, d('2026-12-01')).settings.fx;
    expect(settings(['USD=1,390.5'])).toEqual(new Map([['USD', { num: 13_905n, den: 10n }]]));
    expect(() => settings(['USD=0,0'])).toThrow(expect.objectContaining({ message: '--fx "USD=0,0": rate "0,0" is zero', hint: FX_HINT }));
    expect(() => settings(['USD=1390,5'])).toThrow(
      expect.objectContaining({ message: '--fx "USD=1390,5": rate "1390,5" uses a decimal comma', hint: 'write it with a decimal point: 1390.5' }),
    );
    expect(() => settings(['XYZ=1390'])).toThrow(
      expect.objectContaining({ message: '--fx "XYZ=1390" is not CODE=RATE', hint: 'e.g. --fx USD=1390.5: KRW per 1 USD' }),
    );
  });
});

describe('withholding rates, by the same parser', () => {
  it.each([
    ['3.3 %', 33n, 1000n],
    ['3.3', 33n, 1000n],
    ['0.033', 33n, 1000n],
    ['３.３％', 33n, 1000n],
    ['0', 0n, 1n],
    ['50 %', 50n, 100n],
  ])('reads %j as %i/%i', (text, num, den) => {
    expect(parseRate(text)).toEqual({ ok: true, rate: { num, den } });
  });

  it.each([
    ['50.1', 'is above 50 %', 'Korean freelance withholding is 3.3 %; write 3.3'],
    ['3,3', 'uses a decimal comma', 'write it with a decimal point: 3.3'],
    ['1,000', 'uses a decimal comma', 'write it with a decimal point: 1.000'],
    ['three', 'is not a rate', 'write it as 3.3 %, 3.3 or 0.033'],
  ])('refuses %j: %s', (text, problem, hint) => {
    expect(parseRate(text)).toMatchObject({ ok: false, problem, hint });
  });
});
