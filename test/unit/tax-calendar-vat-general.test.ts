import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/day.js';
import { scheduleEvents } from '../../src/forecast/schedule.js';
import { nextBusinessDayFor } from '../../src/forecast/tax-calendar/business-day.js';
import { generalVatEvents } from '../../src/forecast/tax-calendar/vat-general.js';
import type { VatPurchase, VatSupply } from '../../src/forecast/tax-calendar/vat-inputs.js';
import { d, invoice, KRW, options } from '../support/factories.js';
import { weekendsOnly } from '../support/weekend-rolling.js';

function supply(issued: string, vat: number, id?: string): VatSupply {
  return { issued: d(issued), gross: vat * 11, vat, taxable: true, ...(id === undefined ? {} : { id }) };
}

function purchase(date: string, amount: number, inputVat?: number): VatPurchase {
  return { date: d(date), amount, ...(inputVat === undefined ? {} : { inputVat }) };
}

/** The events as dated lines, easy to compare whole. */
function lines(events: ReturnType<typeof generalVatEvents>) {
  return events.map((event) => `${formatDay(event.date)} ${event.taxKind} ${event.amount}`);
}

describe('VAT of an 일반과세자', () => {
  const supplies = [supply('2025-09-10', 1_534_567, 'A-1'), supply('2026-03-02', 2_000_000, 'A-2')];
  const purchases = [purchase('2025-10-05', 3_300_000, 300_000), purchase('2026-05-15', 1_100_000, 100_000), purchase('2026-02-01', 50_000)];
  const events = generalVatEvents({ from: d('2026-01-01'), to: d('2026-12-31'), supplies, purchases, nextBusinessDay: weekendsOnly });

  it('bills half of the previous period as 예정고지 and nets it and the input VAT from the 확정 payment', () => {
    // 2025 H2: output 1,534,567 − input 300,000 = 1,234,567 payable. No 2025 H1 supplies, so no 예정고지 on
    //   25 Oct 2025, and the 확정 on 25 Jan 2026 (a Sunday → Mon 26 Jan) is all of it: −1,234,567.
    // 예정고지 25 Apr 2026 (Sat → Mon 27 Apr): 1,234,567 × 50 % = 617,283.5, cut below 1,000 → 617,000.
    // 2026 H1: output 2,000,000 − input 100,000 (the 50,000 row has no 세금계산서 VAT) = 1,900,000 payable;
    //   확정 25 Jul 2026 (Sat → Mon 27 Jul): 1,900,000 − 617,000 = 1,283,000.
    // 예정고지 25 Oct 2026 (Sun → Mon 26 Oct): 1,900,000 × 50 % = 950,000 (already whole thousands).
    expect(lines(events)).toEqual([
      '2026-01-26 vat-final -1234567',
      '2026-04-27 vat-preliminary -617000',
      '2026-07-27 vat-final -1283000',
      '2026-10-26 vat-preliminary -950000',
    ]);
  });

  it('shows its working: the statutory day, the period and what was netted', () => {
    const final = events.find((event) => event.taxKind === 'vat-final' && event.working.period === '2026 H1')!;
    expect(final.dueDate).toBe(d('2026-07-27'));
    expect(final.description).toBe('VAT for 2026 H1');
    expect(final.working).toMatchObject({
      statutoryDue: '2026-07-25',
      outputVat: 2_000_000,
      inputVat: 100_000,
      preliminaryPaid: 617_000,
      payable: 1_900_000,
      taxable: 20_000_000,
      invoices: ['A-2'],
    });
    // Every figure of an 일반과세자's VAT is read from the statute itself.
    expect(final.unconfirmed).toEqual([]);
    const notice = events.find((event) => event.taxKind === 'vat-preliminary')!;
    expect(notice.working).toMatchObject({ statutoryDue: '2026-04-25', basisPeriod: '2025 H2', basis: 1_234_567 });
    expect(notice.unconfirmed).toEqual([]);
  });

  it('issues no 예정고지 under 500,000 won, and the 확정 payment is then the whole period', () => {
    // 2025 H2 payable 999,999 → half 499,999.5 → 499,000 < 500,000: no notice on 25 Apr 2026.
    // 2026 H1 확정: 800,000, nothing to net.
    const small = generalVatEvents({
      from: d('2026-02-01'),
      to: d('2026-08-31'),
      supplies: [supply('2025-11-03', 999_999), supply('2026-06-30', 800_000)],
      purchases: [],
      nextBusinessDay: weekendsOnly,
    });
    expect(lines(small)).toEqual(['2026-07-27 vat-final -800000']);
  });

  it('refunds a period whose 예정고지 and input VAT exceed its output VAT, 30 days after the return', () => {
    // 2026 H1 payable 1,900,000 → 예정고지 950,000 on 25 Oct 2026; no H2 supplies, 50,000 input VAT in H2:
    // 확정 25 Jan 2027 (a Monday): 0 − 50,000 − 950,000 = −1,000,000 → refund by 25 Jan + 30 = 24 Feb 2027 (Wed).
    const refund = generalVatEvents({
      from: d('2027-01-01'),
      to: d('2027-03-31'),
      supplies: [supply('2026-03-02', 2_000_000)],
      purchases: [purchase('2026-05-15', 1_100_000, 100_000), purchase('2026-08-01', 550_000, 50_000)],
      nextBusinessDay: weekendsOnly,
    });
    expect(lines(refund)).toEqual(['2027-02-24 vat-final 1000000']);
    expect(refund[0]!.dueDate).toBe(d('2027-01-25'));
    expect(refund[0]!.description).toBe('VAT refund for 2026 H2');
  });

  it('takes the amounts the user knows from the override', () => {
    // 예정고지 as billed: 700,000 (instead of 617,000), so the H1 확정 is 1,900,000 − 700,000 = 1,200,000.
    const known = generalVatEvents({
      from: d('2026-04-01'),
      to: d('2026-07-31'),
      supplies,
      purchases,
      nextBusinessDay: weekendsOnly,
      override: { 'vat-preliminary': 700_000 },
    });
    expect(lines(known)).toEqual(['2026-04-27 vat-preliminary -700000', '2026-07-27 vat-final -1200000']);
  });

  it('is the existing VAT reserve when there is no 예정고지 and no input VAT (a new business)', () => {
    // Taxable invoices of 2026 H1 only: the reserve pays their VAT on 25 July, a Saturday, rolled to Monday 27 July;
    // the calendar with the same rolling must give the same day, amount and description.
    const invoices = [
      invoice({ id: 'T-1', amount: 1_100_000, gross: 1_100_000, vat: 100_000, issued: d('2026-01-15') }),
      invoice({ id: 'T-2', amount: 2_200_000, gross: 2_200_000, vat: 200_000, issued: d('2026-05-20'), paid: d('2026-05-30') }),
      invoice({ id: 'T-3', amount: 330_000, gross: 330_000, vat: 30_000, issued: d('2026-04-01') }),
    ];
    const reserve = scheduleEvents(invoices, [], options({ asOf: d('2026-06-01'), days: 90 })).filter((event) => event.kind === 'tax');
    const calendar = generalVatEvents({
      from: d('2026-06-01'),
      to: d('2026-08-30'),
      supplies: invoices.map((row) => ({ issued: row.issued, gross: row.gross, vat: row.vat, taxable: row.vat > 0, id: row.id })),
      purchases: [],
      nextBusinessDay: nextBusinessDayFor(KRW),
    });
    expect(reserve.map((event) => [event.date, event.amount, event.description])).toEqual([[d('2026-07-27'), -330_000, 'VAT for 2026 H1']]);
    expect(calendar.map((event) => [event.date, event.amount, event.description])).toEqual([[d('2026-07-27'), -330_000, 'VAT for 2026 H1']]);
    expect(calendar[0]!.working.invoices).toEqual(['T-1', 'T-2', 'T-3']);
  });
});
