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
    // In the plan, a deferral names the payment that waits, not a loan's cash and repayment.
    expect(cli(forecast(path, '--bridges', path('tax-only.json'))).stdout).toContain(
      '     pay ₩12,000,000 of 종합소득세 on 2027-01-25 instead of 2027-01-10\n',
    );
    const [window] = windows(forecast(path, '--bridges', path('tax-only.json')));
    expect(window!.plan).toEqual({
      basis: 'yours',
      totalCost: 39600,
      // The tax option is priced to the won (step 1): more amounts than are priced up front, but the search weighs
      // every one no bound rules out, so 39,600 (12,000,000 × 0.00022 × 15, the hand-worked optimum) is proven.
      exact: true,
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
    // The line is cheaper a day, so it takes its whole room and the tax the exact remainder: 11,200,000 × 0.00022 × 15
    // = 36,960 and 800,000 × 6.5 % × 15 / 365 = 2,136.99 → 2,137, 39,097 in all, below the tax alone (39,600). Up to
    // 151 won more paid late still rounds to 36,960 with the line at 2,137, a tie either way. (Pricing only every k-th
    // amount of the tax found 39,098: 11,200,801 late for 36,963, 799,199 on the line for 2,135.)
    expect(window!.plan!.totalCost).toBe(39097);
    expect(window!.plan!.exact).toBe(true);
    const [late, line] = window!.plan!.parts;
    expect([late!.option, late!.cost, line!.option, line!.cost]).toEqual(['kr-tax-late-payment', 36960, 'kr-overdraft', 2137]);
    expect({ sum: late!.amount + line!.amount, lineWithinRoom: line!.amount <= 800_000 }).toEqual({ sum: 12_000_000, lineWithinRoom: true });
  });

  it('defers only the part that is short, and never more than the payment', () => {
    // ₩4,000,000 in hand: the gap is 8,000,000, so 8,000,000 × 0.00022 × 15 = 26,400.
    const args = forecast(path, '--bridges', path('tax-only.json')).map((arg) => (arg === '0' ? '4000000' : arg));
    const [window] = windows(args);
    expect(window!.plan!.parts.map((part) => [part.option, part.amount, part.cost])).toEqual([['kr-tax-late-payment', 8000000, 26400]]);
    // A ₩3,000,000 rent the same day makes the gap 15,000,000: only the tax's 12,000,000 can be paid late (39,600).
    const more = files({ ...TAX_BOOKS, 'expenses.csv': `${TAX_BOOKS['expenses.csv']}2027-01-10,"3,000,000",월세,rent\n` });
    const [deeper] = windows(forecast(more, '--bridges', more('tax-only.json')));
    expect(deeper!.peakGap).toBe(15000000);
    expect(deeper!.plan!.parts.find((part) => part.option === 'kr-tax-late-payment')).toMatchObject({ amount: 12000000, cost: 39600 });
  });

  it('a tax billed on a notice (중간예납) owes the one-off 3 % as well', () => {
    const notice = files({ ...TAX_BOOKS, 'expenses.csv': 'date,amount,description,category\n2027-01-10,"12,000,000",종합소득세 중간예납,tax\n' });
    const [window] = windows(forecast(notice));
    // 39,600 + 12,000,000 × 3 % = 399,600 (국세기본법 §47의4①3).
    expect(window!.alternatives.find((alternative) => alternative.option === 'kr-tax-late-payment')!.cost).toBe(399600);
  });
});

describe('a payment the expenses file marks deferrable', () => {
  // ₩500,000 in hand; the ₩1,000,000 rent of 2027-01-05 opens a window until the ₩2,000,000 invoice of 01-20.
  const books = (deferrable: string) =>
    files({
      'invoices.csv': 'id,client,amount,issued,due\nINV-2026-091,노을커피,"2,000,000",2026-12-01,2027-01-20\n',
      'expenses.csv': `date,amount,description,category,deferrable\n2027-01-05,"1,000,000",월세,rent,${deferrable}\n`,
    });
  const args = (path: (name: string) => string) =>
    ['forecast', path('invoices.csv'), '--expenses', path('expenses.csv'), '--balance', '500000', '--as-of', '2026-12-01', '--days', '60'] as const;

  it('"30d 0.1%" is the user\'s own term: 0.1 % of the 500,000 paid late beats the overdraft\'s 1,336', () => {
    const [window] = windows(args(books('30d 0.1%')));
    expect(window).toMatchObject({ start: '2027-01-05', end: '2027-01-19', peakGap: 500000 });
    // 500,000 × 0.1 % = 500, once; the overdraft would cost 500,000 × 6.5 % × 15 / 365 = 1,335.6.
    expect(window!.plan).toMatchObject({
      basis: 'yours',
      totalCost: 500,
      parts: [{ option: 'expense-deferral-1', basis: 'yours', amount: 500000, cost: 500, repayDate: '2027-01-20', expense: { description: '월세' } }],
    });
    expect(window!.alternatives.find((alternative) => alternative.option === 'kr-overdraft')).toMatchObject({ cost: 1336 });
  });

  it('"30d 50000" is dearer than the overdraft: shown beside the plan with its fee', () => {
    const path = books('30d 50000');
    const [window] = windows(args(path));
    expect(window!.plan).toMatchObject({ totalCost: 1336, parts: [{ option: 'kr-overdraft' }] });
    expect(cli(args(path)).stdout).toContain(
      ['  Or pay late: Pay 월세 late, 월세 due 2027-01-05', '     ₩500,000 paid 2027-01-20 instead: ₩50,000 · 15 days'].join('\n'),
    );
    // In Korean the row's deferral has a Korean name too (the JSON keeps the English one, as before).
    expect(cli([...args(path), '--lang', 'ko']).stdout).toContain('  또는 늦게 내기: 월세 납부 연기, 월세 (납부기한 2027년 1월 5일)');
    expect(window!.alternatives.map((alternative) => alternative.name)).toContain('Pay 월세 late');
  });

  it('a window longer than the days allowed cannot use it', () => {
    const [window] = windows(args(books('10d 0.1%')));
    expect(window!.alternatives.find((alternative) => alternative.option === 'expense-deferral-1')).toMatchObject({
      feasible: false,
      reason: 'the term is at most 10 days; the window needs 15',
    });
  });

  it('"negotiated" is shown, never planned: nobody knows its price yet', () => {
    const [window] = windows(args(books('negotiated')));
    expect(window!.plan!.parts.map((part) => part.option)).toEqual(['kr-overdraft']);
    expect(window!.alternatives.find((alternative) => alternative.option === 'expense-deferral-1')).toMatchObject({
      recommendable: false,
      reason: 'negotiated: ask the payee first; cashflow does not know the price',
    });
  });

  it('a cell it cannot read is an input error at its file:line:column, exit 2', () => {
    const path = books('later');
    const run = cli(args(path));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path('expenses.csv')}:2:5: deferrable "later" is not a deferral`);
    expect(run.stderr).toContain('"30d 50000" (a flat fee), "30d 1%" (a share of what is paid late), or "negotiated"');
  });
});
