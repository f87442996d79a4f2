import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHledgerJournal } from '../../bench/hledger-journal.js';

// The bench compares our forecast with hledger's daily balance over the same books: the journal must hold exactly
// the CSV's rows, each on the day its money arrives (paid, else due), or the ratio compares different work.
describe("the bench's hledger journal", () => {
  it('has the opening balance, then one transaction per invoice row on its paid day, else its due day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-journal-'));
    const csv = join(dir, 'invoices.csv');
    writeFileSync(
      csv,
      [
        'id,client,amount,issued,due,paid',
        'INV-0,Client 7,"1,230,000",2025-12-05,2026-01-04,2026-02-10',
        'INV-1,Client 12,"40,000",2026-03-01,2026-03-31,',
        '',
      ].join('\n'),
    );
    const journal = join(dir, 'books.journal');
    expect(await writeHledgerJournal(csv, journal, '100000000', '2025-12-01')).toBe(2);
    expect(readFileSync(journal, 'utf8')).toBe(
      [
        '2025-12-01 opening balance',
        '    assets:bank  100000000 KRW',
        '    equity:opening',
        '',
        '2026-02-10 INV-0',
        '    assets:bank  1230000 KRW',
        '    income:Client 7',
        '',
        '2026-03-31 INV-1',
        '    assets:bank  40000 KRW',
        '    income:Client 12',
        '',
        '',
      ].join('\n'),
    );
  });
});
