import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/bridge/bridge-reason.js';
import { defaultCatalogue } from '../../src/bridge/catalogue-choice.js';
import { needOf } from '../../src/bridge/need.js';
import { priceLump } from '../../src/bridge/price-option.js';
import type { FeasibleQuote, Quote } from '../../src/bridge/quote.js';
import { formatDay } from '../../src/domain/day.js';
import { parseCatalogue } from '../../src/read/catalogue.js';
import { d, KRW } from '../support/factories.js';
import { bridgeOption, interest } from '../support/options.js';

const feasible = (quote: Quote): FeasibleQuote => {
  if (!quote.feasible) throw new Error(`infeasible: ${reasonText(quote.reason, 'en')}`);
  return quote;
};
// 1,000,000 short from 2025-03-10 to 03-29 (20 days): the window ends 03-29, so a prepaid advance goes back 03-30.
const need = needOf(d('2025-03-10'), new Array(20).fill(1_000_000), d('2025-03-10'));
const card = (prepayable: boolean | undefined) =>
  bridgeOption({
    id: 'cash-advance',
    category: 'card_cash_advance',
    term: { kind: 'billing_cycle', closeDay: 'last', dueDay: 14, dueMonthOffset: 1, ...(prepayable === undefined ? {} : { prepayable }) },
    charges: [interest(0.18, 'floor')],
  });

describe('a card cash advance repaid early (선결제)', () => {
  it('is priced to the day after the window: 1,000,000 × 18 % × 20 / 365 = 9,863.01, truncated: 9,863', () => {
    const quote = feasible(priceLump(card(true), 1_000_000, need, { currency: KRW }));
    expect(formatDay(quote.repayDate)).toBe('2025-03-30');
    expect(quote.repayDate - quote.drawDate).toBe(20);
    expect(quote.cost).toBe(9_863);
  });

  it('without prepayable it waits for the bill: 35 days to 04-14, 17,260 (TV-11)', () => {
    for (const prepayable of [false, undefined]) {
      const quote = feasible(priceLump(card(prepayable), 1_000_000, need, { currency: KRW }));
      expect(formatDay(quote.repayDate)).toBe('2025-04-14');
      expect(quote.cost).toBe(17_260);
    }
  });

  it('the built-in Korean card cash advance is prepayable, as Korean issuers allow', () => {
    const option = defaultCatalogue(KRW).options.find((entry) => entry.id === 'kr-card-cash-advance')!;
    expect(option.term).toMatchObject({ kind: 'billing_cycle', prepayable: true });
    // 17.9 %: 1,000,000 × 0.179 × 20 / 365 = 9,808.22 → 9,808.
    expect(feasible(priceLump(option, 1_000_000, need, { currency: KRW })).cost).toBe(9_808);
  });

  it('a catalogue entry reads term.prepayable, and rejects a value that is not true or false', () => {
    const entry = (prepayable: unknown) => JSON.stringify({ extends: 'defaults', options: [{ id: 'kr-card-cash-advance', term: { prepayable } }] });
    const off = parseCatalogue(entry(false), 'bridges.json', defaultCatalogue(KRW));
    expect(off.issues).toEqual([]);
    expect(off.values?.options.find((option) => option.id === 'kr-card-cash-advance')?.term).toMatchObject({ prepayable: false });
    expect(parseCatalogue(entry('yes'), 'bridges.json', defaultCatalogue(KRW)).issues.length).toBeGreaterThan(0);
  });
});
