import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonV1 } from '../support/json-contract.js';
import { cli } from '../support/run-cli.js';

// Issue 15, item 4: a payment inside the window that can be paid late at a known price is priced against that payment.

function files(entries: Record<string, string>): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-levers-'));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
  return (name) => join(dir, name);
}

// Nothing in hand; ₩12,000,000 of tax due 2027-01-10; a ₩30,000,000 invoice expected 15 days later (01-25).
const TAX_BOOKS = {
  'invoices.csv': 'id,client,amount,issued,due\nINV-2026-090,한빛출판,"30,000,000",2026-12-01,2027-01-25\n',
  'expenses.csv': 'date,amount,description,category\n2027-01-10,"12,000,000",종합소득세,tax\n',
  'enable.json': JSON.stringify({ extends: 'defaults', options: [{ id: 'kr-tax-late-payment', enabled: true }] }),
  // Without the 6.5 % overdraft, the cheapest credit is dearer than 0.022 % a day (8.03 % a year).
  'tax-only.json': JSON.stringify({
    extends: 'defaults',
    options: [
      { id: 'kr-tax-late-payment', enabled: true },
      { id: 'kr-overdraft', enabled: false },
    ],
  }),
};
const forecast = (path: (name: string) => string, ...extra: string[]) => [
  'forecast',
  path('invoices.csv'),
  '--expenses',
  path('expenses.csv'),
  '--balance',
  '0',
  '--as-of',
  '2026-12-01',
  '--days',
  '60',
  ...extra,
];

function windows(args: readonly string[]) {
  const run = cli([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return forecastJsonV1.parse(JSON.parse(run.stdout)).shortfalls;
}

describe('a tax payment in the window', () => {
  const path = files(TAX_BOOKS);

  it('paying it 15 days late costs the exact 가산세, and is shown beside the plan while display-only', () => {
    const [window] = windows(forecast(path));
    expect(window).toMatchObject({ start: '2027-01-10', end: '2027-01-24', peakGap: 12000000 });
    // The display-only lever leaves the plan as it was: 2 % of the 30,000,000 invoice.
    expect(window!.plan).toMatchObject({ totalCost: 600000, parts: [{ option: 'kr-early-payment-discount', invoice: 'INV-2026-090', cost: 600000 }] });
    const tax = window!.alternatives.find((alternative) => alternative.option === 'kr-tax-late-payment');
    // 국세기본법 §47의4①1: the days from 01-11 to the day paid, 01-25, both counted: 15. 12,000,000 × 0.00022 × 15 = 39,600.
    expect(tax).toMatchObject({
      feasible: true,
      recommendable: false,
      expense: { description: '종합소득세', due: '2027-01-10', amount: 12000000 },
      cashReceived: 12000000,
      drawDate: '2027-01-10',
      repayDate: '2027-01-25',
      cost: 39600,
      reason: 'display only (not recommendable in the catalogue)',
    });
    const table = cli(forecast(path)).stdout;
    expect(table).toContain('  Or pay late: 국세 납부 지연 (Pay national tax late), 종합소득세 due 2027-01-10');
    expect(table).toContain('     ₩12,000,000 paid 2027-01-25 instead: ₩39,600 · 15 days');
    expect(table).toContain('납부기한 연장 (국세징수법 제13조)');
  });

  it('enabled in an override, paying late is the plan: ₩39,600 instead of ₩600,000', () => {
    const [window] = windows(forecast(path, '--bridges', path('tax-only.json')));
    expect(window!.plan).toEqual({
      basis: 'yours',
      totalCost: 39600,
      residualGap: 0,
      parts: [
        {
          option: 'kr-tax-late-payment',
          basis: 'yours',
          invoice: null,
          expense: { description: '종합소득세', due: '2027-01-10', amount: 12000000 },
          amount: 12000000,
          cashReceived: 12000000,
          drawDate: '2027-01-10',
          repayDate: '2027-01-25',
          cost: 39600,
          apr: 0.0803,
          ear: 0.083469,
        },
      ],
    });
  });

  it('with the overdraft too, the plan defers what 8.03 % a year beats and draws the 6.5 % line for the rest', () => {
    const [window] = windows(forecast(path, '--bridges', path('enable.json')));
    // 11,200,801 × 0.00022 × 15 = 36,962.6 → 36,963; 799,199 × 6.5 % × 15 / 365 = 2,134.9 → 2,135 (one won less on the
    // line than its 800,000 room: 800,000 would cost 2,137). 39,098 in all, below the tax alone (39,600).
    expect(window!.plan!.totalCost).toBe(39098);
    expect(window!.plan!.parts.map((part) => [part.option, part.amount, part.cost])).toEqual([
      ['kr-tax-late-payment', 11200801, 36963],
      ['kr-overdraft', 799199, 2135],
    ]);
  });

  it('defers only the part that is short, and never more than the payment', () => {
    // ₩4,000,000 in hand: the gap is 8,000,000, so 8,000,000 × 0.00022 × 15 = 26,400.
    const args = forecast(path, '--bridges', path('tax-only.json')).map((arg) => (arg === '0' ? '4000000' : arg));
    const [window] = windows(args);
    expect(window!.plan!.parts.map((part) => [part.option, part.amount, part.cost])).toEqual([['kr-tax-late-payment', 8000000, 26400]]);
  });

  it('a tax billed on a notice (중간예납) owes the one-off 3 % as well', () => {
    const notice = files({ ...TAX_BOOKS, 'expenses.csv': 'date,amount,description,category\n2027-01-10,"12,000,000",종합소득세 중간예납,tax\n' });
    const [window] = windows(forecast(notice));
    // 39,600 + 12,000,000 × 3 % = 399,600 (국세기본법 §47의4①3).
    expect(window!.alternatives.find((alternative) => alternative.option === 'kr-tax-late-payment')!.cost).toBe(399600);
  });
});
