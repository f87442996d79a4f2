import { describe, expect, it } from 'vitest';
import { INPUT_SCHEMA } from '../../src/i18n/messages/input-schema.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { parseConfig } from '../../src/read/config.js';

// The schemas hand zod only a message's English (src/read/zod.ts, `says`): the reader finds the message again by it,
// which holds only while no two messages say the same English.
describe("the JSON schemas' messages", () => {
  it('each say their own English, so the English finds its message again', () => {
    const english = Object.values(INPUT_SCHEMA.en).map((message) => (message as (...params: unknown[]) => string)(['a', 'b'], 'x'));
    expect(new Set(english).size).toBe(english.length);
  });

  it('reach the issue as references of our messages, with their parameters, not as English', () => {
    const config = parseConfig('{ "days": "x", "tax": { "override": { "bonus": 1 } } }', 'c.json');
    expect(config.issues.map((issue) => issue.message)).toEqual([
      { id: 'schema', params: [{ ours: { id: 'wholeNumber', params: [] } }, undefined] },
      { id: 'schema', params: [{ ours: { id: 'notTaxKind', params: [expect.arrayContaining(['income-tax', 'vat-final'])] } }, undefined] },
    ]);
    const twice = { id: 'same-id', name: { en: 'A' }, category: 'revolving_line', enabled: true, recommendable: false };
    const option = {
      ...twice,
      legal: { status: 'legal' },
      risk: { level: 1 },
      availability: { leadTimeDays: 0 },
      amount: { basis: 'cash', min: 1, max: 5, step: 1 },
      term: { kind: 'flexible' },
      charges: [],
    };
    const catalogue = parseCatalogue(JSON.stringify({ schemaVersion: 1, currency: 'KRW', options: [option, option] }), 'b.json');
    expect(catalogue.issues.map((issue) => [issue.path, issue.problem, issue.message])).toEqual([
      ['options[1].id', '"same-id" repeats the id "same-id"', { id: 'schema', params: [{ ours: { id: 'repeatsId', params: ['same-id'] } }, '"same-id"'] }],
    ]);
  });

  it("leave zod's own issues as data: its code and details, and whether the value is there", () => {
    const config = parseConfig('{ "balance": true }', 'c.json');
    expect(config.issues[0]!.message).toEqual({
      id: 'schema',
      params: [
        expect.objectContaining({ code: 'invalid_union', english: 'Invalid input', alternatives: { types: ['string', 'number'] }, missing: false }),
        undefined,
      ],
    });
  });
});
