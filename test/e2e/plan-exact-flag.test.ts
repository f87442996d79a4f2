import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonInProcess, writeIn } from '../support/run-in-process.js';

// The README promises `plan.exact: false` only where the search was cut short; the JSON carries it.
describe('plan.exact in JSON', () => {
  it('is true, at the exact remainder, when an option priced to the won has more amounts than are priced up front', async () => {
    // A 12,000,000 insurance payment in the window, payable late at 1/1,500 a day on any whole won (step 1): more
    // than 5,000 admissible amounts, so only every k-th is priced up front and the rest are weighed where no bound
    // rules them out. By hand, for the 15 days from 12-10 to 12-25: the 비상금대출 (9.9 %) is cheaper a day than paying
    // late (1/1,500 = 24.3 % a year), so it takes its whole 3,000,000 and paying late the exact remainder of the
    // 5,700,000 the two carry: 2,700,000 × 15 / 1,500 = 27,000, plus 3,000,000 × 0.099 × 15 / 365 = 12,205.48 →
    // 12,205 on the line; with the card cash advance (11,034), the card loan (16,064) and the overdraft (2,137) priced
    // as they are in the plan, ₩68,440 — where pricing only every k-th amount found ₩68,450 (2,701,601 paid late).
    const dir = mkdtempSync(join(tmpdir(), 'cashflow-exact-'));
    const invoices = writeIn(dir, 'inv.csv', 'id,client,amount,issued,due,paid\nINV-T,한빛출판,30000000,2026-11-25,2026-12-25,\n');
    const expenses = writeIn(dir, 'exp.csv', 'date,amount,description,category\n2026-12-10,12000000,건강보험료,insurance\n');
    const bridges = writeIn(
      dir,
      'b.json',
      JSON.stringify({ extends: 'defaults', options: [{ id: 'kr-social-insurance-late', enabled: true, recommendable: true }] }),
    );
    const args = [
      'forecast',
      invoices,
      '--expenses',
      expenses,
      '--bridges',
      bridges,
      '--delay',
      '0',
      '--as-of',
      '2026-12-01',
      '--days',
      '60',
      '--balance',
      '1000000',
      '--json',
    ];
    const report = await forecastJsonInProcess(args);
    const plan = report.shortfalls[0]!.plan!;
    const part = (id: string) => plan.parts.find((p) => p.option === id);
    expect({
      total: plan.totalCost,
      exact: plan.exact,
      lateAndLine: part('kr-social-insurance-late')!.cost + part('kr-emergency-line')!.cost,
      others: ['kr-card-cash-advance', 'kr-card-loan', 'kr-overdraft'].map((id) => part(id)?.cost),
    }).toEqual({ total: 68_440, exact: true, lateAndLine: 27_000 + 12_205, others: [11_034, 16_064, 2_137] });
    // The two split the 5,700,000 with paying late at the remainder, give or take what the rounding leaves equal.
    expect(part('kr-social-insurance-late')!.cashReceived + part('kr-emergency-line')!.cashReceived).toBe(5_700_000);
    expect(Math.abs(part('kr-social-insurance-late')!.cashReceived - 2_700_000)).toBeLessThanOrEqual(100);
  });
});
