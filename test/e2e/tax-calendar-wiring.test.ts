import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { forecastJsonInProcess, writeIn } from '../support/run-in-process.js';
import { REFUND_INVOICES, REFUND_PROFILE } from '../support/tax-books.js';

// The calendar's VAT and insurance estimators and the no-double-counting rule, wired into the forecast.

function books(invoices: string, tax: object, expenses?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-tax-wiring-'));
  writeIn(dir, 'invoices.csv', invoices);
  if (expenses !== undefined) writeIn(dir, 'expenses.csv', expenses);
  const config = { invoices: 'invoices.csv', currency: 'KRW', tax, ...(expenses === undefined ? {} : { expenses: 'expenses.csv' }) };
  return writeIn(dir, 'cashflow.config.json', JSON.stringify(config));
}

// 2025 H2: one taxable invoice of 13,200,000 (VAT 1,200,000); 2026 H1: one of 11,000,000 (VAT 1,000,000).
const GENERAL_INVOICES = [
  'id,client,amount,issued,due,paid,withholding,vat',
  'V-1,Agency,"13,200,000",2025-09-10,2025-10-10,2025-10-10,0,taxable',
  'V-2,Agency,"11,000,000",2026-02-10,2026-03-10,2026-03-10,0,taxable',
  '',
].join('\n');

describe('an 일반과세자 profile', () => {
  // 예정고지 on 25 April 2026 (a Saturday → Monday 27 April): half of 2025 H2's 1,200,000 = 600,000 (a multiple of
  // 1,000, so truncation changes nothing; above the 500,000 floor). 확정 on 25 July 2026 (Saturday → 27 July):
  // 1,000,000 − 600,000 paid = 400,000. The schedule's plain reserve (1,000,000 on 27 July) gives way to these.
  const invoices = GENERAL_INVOICES;
  const config = books(invoices, { income: 'business', vat: 'general', expenseRate: 0.641, dependents: 0 });

  it('pays the 예정고지 and the 확정 net of it, on business days, and not the plain reserve as well', async () => {
    const report = await forecastJsonInProcess(['forecast', '--config', config, '--as-of', '2026-04-01', '--days', '120', '--balance', '5000000', '--json']);
    const tax = report.events.flatMap((event) => (event.kind === 'tax' ? [event] : []));
    const vat = tax.filter((event) => event.taxKind === undefined || event.taxKind.startsWith('vat'));
    expect(vat.map((event) => [event.date, event.amount, event.taxKind])).toEqual([
      ['2026-04-27', -600_000, 'vat-preliminary'],
      ['2026-07-27', -400_000, 'vat-final'],
    ]);
  });
});

describe('the Tax estimates lines of VAT and insurance', () => {
  it('say what a 예정고지 halves, and that a 고지서 amount is the user’s own figure, not an estimate', () => {
    const invoices = ['id,client,amount,issued,due,paid,withholding,vat', 'V-1,Agency,"13,200,000",2025-09-10,2025-10-10,2025-10-10,0,taxable', ''].join('\n');
    const config = books(invoices, { income: 'business', vat: 'general', expenseRate: 0.641, healthInsurance: 198_000 });
    const run = cli(['forecast', '--config', config, '--as-of', '2026-04-01', '--days', '30', '--balance', '5000000', '--no-color']);
    expect(run.code).toBe(0);
    // 2025 H2's VAT 1,200,000, halved: 600,000 on Monday 27 April.
    expect(run.stdout).toContain(" 2026-04-27 VAT 예정고지 for 2026 H1: half of ₩1,200,000, the period before's VAT — estimate — compare with 홈택스 모의계산");
    expect(run.stdout).toMatch(/ 2026-04-10 건강보험료 [^\n]* — your own figure\n/);
  });
});

describe('a "vat": "none" profile (면세, the default) with invoices marked taxable', () => {
  it('keeps the plain VAT reserve: the VAT the invoice charged still has to go', async () => {
    // 22,000,000 taxable issued in February: 22,000,000 × 10 / 110 = 2,000,000 on 25 July (Saturday → 27 July).
    const invoices = ['id,client,amount,issued,due,paid,withholding,vat', 'V-1,Beta,"22,000,000",2026-02-01,2026-03-01,2026-03-01,0,taxable', ''].join('\n');
    const config = books(invoices, { income: 'business', vat: 'none', expenseRate: 0.641 });
    const report = await forecastJsonInProcess(['forecast', '--config', config, '--as-of', '2026-07-01', '--days', '60', '--balance', '5000000', '--json']);
    const tax = report.events.flatMap((event) => (event.kind === 'tax' ? [event] : []));
    expect(tax.map((event) => [event.date, event.amount, event.description])).toEqual([['2026-07-27', -2_000_000, 'VAT for 2026 H1']]);
  });
});

describe('the inputVat column of the expenses file', () => {
  // The 일반과세자 books above, plus one purchase of 1,100,000 with its VAT marked "yes": 1,100,000 × 10 / 110 =
  // 100,000 deducted. 확정 on 27 July: 1,000,000 − 600,000 예정고지 − 100,000 = 300,000.
  const invoices = GENERAL_INVOICES;
  const profile = { income: 'business', vat: 'general', expenseRate: 0.641, dependents: 0 };
  const args = (config: string) => ['forecast', '--config', config, '--as-of', '2026-04-01', '--days', '120', '--balance', '5000000'];

  it('deducts the VAT of a purchase from the 확정 payment', async () => {
    const config = books(invoices, profile, ['date,description,amount,category,매입세액', '2026-03-15,laptop,"1,100,000",equipment,yes', ''].join('\n'));
    const report = await forecastJsonInProcess([...args(config), '--json']);
    const final = report.events.flatMap((event) => (event.kind === 'tax' && event.taxKind === 'vat-final' ? [event] : []));
    expect(final.map((event) => [event.date, event.amount])).toEqual([['2026-07-27', -300_000]]);
  });

  it('is an input error, file:line:column, when it is neither yes/no nor an amount within the expense', () => {
    const config = books(
      invoices,
      profile,
      ['date,description,amount,category,inputVat', '2026-03-15,laptop,"1,100,000",equipment,"2,000,000"', ''].join('\n'),
    );
    const run = cli(args(config));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expenses\.csv:2:5: .*"2,000,000".*is not between 0 and the expense's amount/);
  });
});

describe('an expenses row that already stands for an estimate', () => {
  // The refund of test/e2e/tax-calendar-cli.test.ts (554,180 on 30 June 2026) is not booked: the user's own row
  // "종합소득세" of category 세금 on 31 May, the return's statutory day, stands for the May return.
  const expenses = ['date,description,amount,category', '2026-05-31,종합소득세 2025,"300,000",세금', ''].join('\n');
  const config = books(REFUND_INVOICES, REFUND_PROFILE, expenses);
  const args = ['forecast', '--config', config, '--as-of', '2026-05-01', '--days', '92', '--balance', '1000000'];

  it('books the row, not the estimate, and says so in JSON', async () => {
    const report = await forecastJsonInProcess([...args, '--json']);
    expect(report.events.filter((event) => event.kind === 'tax')).toEqual([]);
    // 1,000,000 − the row's 300,000; the refund is not added.
    expect(report.summary.closingBalance).toBe(700_000);
    expect(report.taxEstimatesCovered).toEqual([
      {
        taxKind: 'income-tax-refund',
        date: '2026-06-30',
        amount: 554_180,
        description: '종합소득세 refund 2025',
        coveredBy: expect.stringMatching(/expenses\.csv:2$/),
        rowDate: '2026-05-31',
      },
    ]);
  });

  it('says so in the table', () => {
    const run = cli([...args, '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-06-30 종합소득세 refund 2025: not estimated — .*expenses\.csv:2 \(2026-05-31\) already stands for it/);
  });
});

describe('a tax the calendar schedules, inside a shortfall window', () => {
  it('is a lever like a tax row: the 중간예납 paid late owes 3 % once plus 0.022 % a day', async () => {
    // lastYearIncomeTax 30,000,000 → 중간예납 15,000,000 + 1,500,000 on 30 November; a 30,000,000 invoice due
    // 12-15 (--delay 0) ends the window. With the late-tax option enabled, part of the 중간예납 waits to 12-15:
    // 15 days late, so each won deferred costs 3 % (a tax billed on a notice, §47의4①3) + 15 × 0.022 % = 3.33 %.
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-tax-lever-'));
    writeIn(dir, 'invoices.csv', 'id,client,amount,issued,due,paid\nINV-T,한빛출판,30000000,2026-11-15,2026-12-15,\n');
    const bridges = writeIn(
      dir,
      'b.json',
      JSON.stringify({ extends: 'defaults', options: [{ id: 'kr-tax-late-payment', enabled: true, recommendable: true }] }),
    );
    const config = writeIn(
      dir,
      'cashflow.config.json',
      JSON.stringify({ invoices: 'invoices.csv', currency: 'KRW', tax: { income: 'business', lastYearIncomeTax: 30_000_000 } }),
    );
    const report = await forecastJsonInProcess([
      'forecast',
      '--config',
      config,
      '--bridges',
      bridges,
      '--delay',
      '0',
      '--as-of',
      '2026-11-20',
      '--days',
      '60',
      '--balance',
      '1000000',
      '--json',
    ]);
    const plan = report.shortfalls[0]!.plan!;
    const late = plan.parts.find((part) => part.option === 'kr-tax-late-payment')!;
    expect(late.expense).toMatchObject({ description: '중간예납 2026', due: '2026-11-30' });
    // Each fee is rounded on its own (README, "Rules where the brief is silent"): the 3 % once and 0.022 % a day for
    // the 15 days from 12-01 to the repayment on 12-15. On the plan's 5,700,016: 171,000.48 → 171,000 and
    // 18,810.05 → 18,810, 189,810 (one rounding of 3.33 % would say 189,811).
    expect(late.repayDate).toBe('2026-12-15');
    expect(late.cost).toBe(Math.round(late.amount * 0.03) + Math.round(late.amount * 0.00022 * 15));
    // Before, the only lever was the early-payment discount on INV-T: 2 % of 30,000,000.
    expect(plan.totalCost).toBeLessThan(600_000);
  });
});
