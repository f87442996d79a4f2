import { describe, expect, it } from 'vitest';
import { chooseCatalogue, defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { KRW, USD } from '../support/factories.js';

const read = (document: unknown, currency = KRW) => parseCatalogue(JSON.stringify(document), 'b.json', defaultCatalogue(currency));
const option = (catalogue: ReturnType<typeof chooseCatalogue>, id: string) => catalogue.options.find((entry) => entry.id === id)!;

describe('an "extends": "defaults" file holds only its changes (issue 15)', () => {
  it('inherits schemaVersion and currency, and changes only the fields an entry gives', () => {
    const { values, issues } = read({ extends: 'defaults', options: [{ id: 'kr-overdraft', amount: { capacity: { limit: 5_000_000, used: 0 } } }] });
    expect(issues).toEqual([]);
    expect(values).toMatchObject({ schemaVersion: 1, currency: 'KRW', jurisdiction: 'KR' });
    const overdraft = option(chooseCatalogue(KRW, values), 'kr-overdraft');
    expect(overdraft.amount.capacity).toEqual({ limit: 5_000_000, used: 0, resets: 'never' });
    expect(overdraft.charges).toEqual(option(defaultCatalogue(KRW), 'kr-overdraft').charges);
    expect(overdraft.typical).toBe(false);
    // The untouched built-ins are still there, still typical.
    expect(chooseCatalogue(KRW, values).options).toHaveLength(defaultCatalogue(KRW).options.length);
    expect(option(chooseCatalogue(KRW, values), 'kr-card-loan').typical).toBe(true);
  });

  it('the built-in 마이너스통장 has no per-draw max below its capacity, so a new limit is all of its headroom', () => {
    const overdraft = option(defaultCatalogue(KRW), 'kr-overdraft');
    expect(overdraft.amount.max).toBeGreaterThanOrEqual(1_000_000_000);
    expect(overdraft.amount.capacity!.limit - overdraft.amount.capacity!.used).toBe(800_000);
  });

  it('switching a display-only built-in on makes it recommendable, unless the entry says not or it is illegal', () => {
    const catalogue = (options: unknown[]) => chooseCatalogue(KRW, read({ extends: 'defaults', options }).values);
    expect(option(catalogue([{ id: 'kr-tax-late-payment', enabled: true }]), 'kr-tax-late-payment')).toMatchObject({ enabled: true, recommendable: true });
    expect(option(catalogue([{ id: 'kr-tax-late-payment', enabled: true, recommendable: false }]), 'kr-tax-late-payment').recommendable).toBe(false);
    expect(option(catalogue([{ id: 'kr-micropayment-cashout', enabled: true }]), 'kr-micropayment-cashout').recommendable).toBe(false);
    expect(option(catalogue([{ id: 'kr-tax-late-payment', notes: 'mine' }]), 'kr-tax-late-payment').recommendable).toBe(false);
  });

  it("names the user's entry in a problem, and still refuses a wrong currency or a bad value", () => {
    const problems = (document: unknown) => read(document).issues.map((issue) => `${issue.path}: ${issue.problem}`);
    expect(
      problems({
        extends: 'defaults',
        options: [
          { id: 'kr-card-loan', enabled: false },
          { id: 'kr-overdraft', amount: { capacity: { limit: -1 } } },
        ],
      }),
    ).toEqual(['options[1].amount.capacity.limit: -1 must not be negative']);
    expect(read({ extends: 'defaults', currency: 'USD', options: [] }).values?.currency).toBe('USD');
    expect(read({ extends: 'defaults', options: [{ id: 'line-of-credit', enabled: false }] }, USD).values?.currency).toBe('USD');
  });

  it('a file without "extends" is read whole, as before', () => {
    expect(read({ options: [{ id: 'kr-overdraft', enabled: false }] }).issues.map((issue) => issue.path)).toContain('schemaVersion');
  });
});
