import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastJsonInProcess, writeIn } from '../support/run-in-process.js';

// The README promises `plan.exact: false` where the search was cut short; the JSON now carries it.
describe('plan.exact in JSON', () => {
  it('is false when an option priced to the won has more amounts than the optimiser prices (a thinned menu)', async () => {
    // A 12,000,000 insurance payment in the window, payable late at 1/1,500 a day on any whole won (step 1): more
    // than 5,000 admissible amounts, so the menu is thinned and the plan (₩68,450) is not proven cheapest — a
    // 10,000-won step finds ₩68,440 (2,700,000 × 15 / 1,500 = 27,000 plus 3,000,000 on the 비상금대출).
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
    expect(report.shortfalls[0]!.plan).toMatchObject({ exact: false });
  });
});
