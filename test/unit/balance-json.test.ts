import { describe, expect, it } from 'vitest';
import { chooseCatalogue } from '../../src/bridge/catalogue-choice.js';
import { chooseStartingBalance } from '../../src/forecast/starting-balance.js';
import { renderJson } from '../../src/render/json-report.js';
import { buildReport } from '../../src/report/build-report.js';
import { d, expense, KRW, options, statement } from '../support/factories.js';

describe('statement text before the events in the JSON document', () => {
  it('cannot pass for the place the events are written, however it is spelled', () => {
    const nh = statement('nh.csv', [
      { day: '2026-11-20', amount: 1, balance: 100 },
      { day: '2026-11-25', amount: -5, counterparty: '\u0000events\u0000' },
    ]);
    const balance = chooseStartingBalance([nh], undefined, d('2026-12-01'));
    if ('conflict' in balance) throw new Error('conflict');
    const built = buildReport(
      { invoices: [], expenses: [expense({ amount: 10, date: d('2026-12-03') })], balance },
      options({ asOf: d('2026-12-01'), days: 5 }),
      chooseCatalogue(KRW, undefined),
    );
    const document = JSON.parse(renderJson(built));
    expect(document.assumptions.caughtUp[0].description).toBe('\u0000events\u0000');
    expect(document.events.map((event: { date: string; amount: number }) => [event.date, event.amount])).toEqual([['2026-12-03', -10]]);
  });
});
