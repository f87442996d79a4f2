import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { caughtUpEvents, scheduleEvents } from '../../src/forecast/schedule.js';
import { d, invoice, options, USD } from '../support/factories.js';

// A taxable invoice of 1,100,000 issued in March 2026: 100,000 VAT due with the 2026 H1 return on 25 July 2026,
// a Saturday, so paid on Monday 27 July (국세기본법 제5조①).
const taxable = invoice({ amount: 1_100_000, vat: 100_000, issued: d('2026-03-10'), paid: d('2026-04-01') });

describe('the VAT reserve on the next business day', () => {
  it('moves 25 July 2026 (Saturday) to 27 July for KRW books', () => {
    const tax = scheduleEvents([taxable], [], options({ asOf: d('2026-07-01'), days: 60 })).filter((e) => e.kind === 'tax');
    expect(tax.map((e) => [formatDay(e.date), e.amount])).toEqual([['2026-07-27', -100_000]]);
  });

  it('finds the moved deadline when the horizon starts between the statutory and the moved day', () => {
    const tax = scheduleEvents([taxable], [], options({ asOf: d('2026-07-26'), days: 10 })).filter((e) => e.kind === 'tax');
    expect(tax.map((e) => formatDay(e.date))).toEqual(['2026-07-27']);
  });

  it('catches up the moved deadline, not the statutory one', () => {
    const caught = caughtUpEvents([taxable], [], options({ asOf: d('2026-07-27'), balanceDay: d('2026-07-20') }));
    expect(caught.filter((e) => e.kind === 'tax')).toEqual([]);
  });

  it('keeps the statutory day for other currencies', () => {
    const usd = invoice({ amount: 110_000, vat: 10_000, issued: d('2026-03-10'), paid: d('2026-04-01') });
    const tax = scheduleEvents([usd], [], options({ currency: USD, asOf: d('2026-07-01'), days: 60 })).filter((e) => e.kind === 'tax');
    expect(tax.map((e) => formatDay(e.date))).toEqual(['2026-07-25']);
  });
});
