import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli.js';
import { writeIn } from '../support/run-in-process.js';

// Defects the review of issue 15 found in what the plan says.
// INV-A's 5,000,000 arrives 12-13 (--delay 0); the 3,000,000 rent on 12-05 takes 1,000,000 to −2,000,000 until then.
function books(expenses: string, bridges?: object) {
  const dir = mkdtempSync(join(tmpdir(), 'cashflow-advice-'));
  const args = [
    'forecast',
    writeIn(dir, 'inv.csv', 'id,client,amount,issued,due,paid\nINV-A,Alpha,5000000,2026-11-20,2026-12-13,\n'),
    '--expenses',
    writeIn(dir, 'exp.csv', expenses),
    '--delay',
    '0',
    '--as-of',
    '2026-12-01',
    '--balance',
    '1000000',
    '--days',
    '30',
  ];
  return bridges === undefined ? args : [...args, '--bridges', writeIn(dir, 'b.json', JSON.stringify(bridges))];
}
const ALL = [
  'kr-overdraft',
  'kr-emergency-line',
  'kr-card-cash-advance',
  'kr-card-loan',
  'kr-online-loan',
  'kr-receivable-factoring',
  'kr-early-payment-discount',
];

describe('what the plan says', () => {
  it('says nothing available covers a window no option can touch, not that earlier plans cover it', () => {
    const run = cli(
      books('date,amount,description,category\n2026-12-05,3000000,월세,rent\n', { extends: 'defaults', options: ALL.map((id) => ({ id, enabled: false })) }),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  No option available to you covers any of this window.\n  Still short by ₩2,000,000: the available options cannot cover it all.\n',
    );
    expect(run.stdout).not.toContain('Earlier plans already cover');
  });

  it('shows a negotiated row without a price and without advice to enable it (which would break the catalogue)', () => {
    const run = cli(books('date,amount,description,category,deferrable\n2026-12-05,3000000,월세,rent,negotiated\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  Or pay late: Pay 월세 late, 월세 due 2026-12-05\n     ₩2,000,000 paid 2026-12-13 instead, if the payee agrees: negotiated, so its\n       price is not known and no plan uses it\n',
    );
    expect(run.stdout).not.toMatch(/expense-deferral-1", "enabled": true/);
  });
});
