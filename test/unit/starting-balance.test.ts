import { describe, expect, it } from 'vitest';
import type { StartingBalance } from '../../src/forecast/starting-balance.js';
import { chooseStartingBalance } from '../../src/forecast/starting-balance.js';
import { d, statement } from '../support/factories.js';

const NH = statement('nh.csv', [
  { day: '2026-12-01', amount: 100_000, balance: 1_100_000 },
  { day: '2026-12-03', amount: -50_000, balance: 1_050_000 },
]);
const KB = statement('kb.csv', [
  { day: '2026-12-02', amount: -30_000, balance: 470_000 },
  { day: '2026-12-05', amount: 200_000, balance: 670_000 },
  { day: '2026-12-06', amount: -70_000, balance: 600_000 },
]);

function chosen(...args: Parameters<typeof chooseStartingBalance>): StartingBalance {
  const result = chooseStartingBalance(...args);
  if ('conflict' in result) throw new Error(`unexpected conflict ${result.conflict}`);
  return result;
}
const laterSources = (balance: StartingBalance) => balance.later.map(({ row }) => row.source);

describe('the balance a statement gives', () => {
  it('is its last balance at the end of its last day, named by the balance cell', () => {
    const balance = chosen([NH], undefined, d('2026-12-04'));
    expect(balance).toMatchObject({ amount: 1_050_000, day: d('2026-12-03'), source: 'nh.csv:3', dated: true, later: [], notes: [] });
    expect(balance.statements).toEqual([
      { file: 'nh.csv', profile: 'generic', from: d('2026-12-01'), to: d('2026-12-03'), balance: 1_050_000, balanceDay: d('2026-12-03') },
    ]);
  });

  it('leaves rows after the balance (pending, no balance) as later movements', () => {
    const pending = statement('chase.csv', [
      { day: '2026-12-01', amount: -10_000, balance: 90_000 },
      { day: '2026-12-04', amount: -25_000 },
    ]);
    const balance = chosen([pending], undefined, d('2026-12-10'));
    expect([balance.amount, balance.day]).toEqual([90_000, d('2026-12-01')]);
    expect(laterSources(balance)).toEqual(['chase.csv:3']);
  });

  it('with two accounts, is taken at the earlier last day: the other account carried back by its own rows', () => {
    const balance = chosen([NH, KB], undefined, d('2026-12-07'));
    // kb.csv at the end of 12-03: 600,000 − (+200,000 − 70,000) = 470,000; with nh.csv's 1,050,000.
    expect([balance.amount, balance.day, balance.source]).toEqual([1_520_000, d('2026-12-03'), 'nh.csv:3, kb.csv:4']);
    expect(laterSources(balance)).toEqual(['kb.csv:3', 'kb.csv:4']);
  });

  it('on or after as-of is brought back to the end of as-of − 1: the horizon schedules those days', () => {
    const balance = chosen([NH], undefined, d('2026-12-03'));
    expect([balance.amount, balance.day, balance.later]).toEqual([1_100_000, d('2026-12-02'), []]);
  });
});

describe('a typed balance beside statements', () => {
  it('without a date is a conflict, not a guess (it would be yesterday and always win)', () => {
    const result = chooseStartingBalance([NH], { amount: 5 as never, day: undefined, source: 'config' }, d('2026-12-10'));
    expect(result).toEqual({ conflict: 'undated-typed-with-statements', typed: { amount: 5, day: undefined, source: 'config' }, files: ['nh.csv'] });
  });

  it('with a later date wins, and every file’s rows after it are later movements', () => {
    const balance = chosen([NH, KB], { amount: 2_000_000 as never, day: d('2026-12-04'), source: '--balance' }, d('2026-12-10'));
    expect([balance.amount, balance.day, balance.source, balance.notes]).toEqual([2_000_000, d('2026-12-04'), '--balance', []]);
    expect(laterSources(balance)).toEqual(['kb.csv:3', 'kb.csv:4']);
  });

  it('with the same or an earlier date loses to the statement, and the user hears so', () => {
    const typed = { amount: 2_000_000 as never, day: d('2026-12-03'), source: '--balance' as const };
    const balance = chosen([NH], typed, d('2026-12-10'));
    expect([balance.amount, balance.source]).toEqual([1_050_000, 'nh.csv:3']);
    expect(balance.notes).toEqual([{ kind: 'typed-not-newer', typed, statementDay: d('2026-12-03') }]);
  });

  it('is the balance when no statement has one; a statement without a balance is named', () => {
    const n26 = statement('n26.csv', [{ day: '2026-12-05', amount: -9_000 }], 'n26');
    expect(chosen([NH, n26], undefined, d('2026-12-10')).notes).toEqual([{ kind: 'no-balance', file: 'n26.csv' }]);
    const typed = chosen([n26], { amount: 300_000 as never, day: d('2026-12-01'), source: '--balance' }, d('2026-12-10'));
    expect([typed.amount, laterSources(typed)]).toEqual([300_000, ['n26.csv:2']]);
    const none = chosen([n26], undefined, d('2026-12-10'));
    expect([none.amount, none.source, none.dated, none.notes]).toEqual([0, undefined, false, [{ kind: 'none-in-statements' }]]);
  });
});
