import { describe, expect, it } from 'vitest';
import type { BankStatement, BankTransaction } from '../../src/domain/statement.js';
import { learnFromStatements } from '../../src/forecast/learn-statements.js';
import { learnExpenses } from '../../src/reconcile/learn-expenses.js';
import type { RowSpec } from '../support/debit-history.js';
import { iso, rows, seeded } from '../support/debit-history.js';
import { d, KRW } from '../support/factories.js';

// Two years of debits: rent on the 25th, a phone bill on the 20th, a weekly class, and 600 everyday debits at 40
// shops on random days (several a day, so that one day holds rows of one payee in an order the sort must keep).
function history(seed: number): RowSpec[] {
  const random = seeded(seed);
  const specs: RowSpec[] = [];
  for (let month = 0; month < 24; month += 1) {
    const [year, m] = [2025 + Math.floor(month / 12), (month % 12) + 1];
    specs.push({ day: iso(year, m, 25), amount: -750_000, counterparty: '김영희', kind: 'rent' });
    specs.push({ day: iso(year, m, 20), amount: -69_000, counterparty: 'SK텔레콤', kind: 'phone' });
  }
  for (let week = 0; week < 104; week += 1) specs.push({ day: iso(2025, 1, 6 + 7 * week), amount: -30_000, counterparty: '요가원', kind: 'class' });
  for (let k = 0; k < 600; k += 1) {
    const shop = Math.floor(random() * 40);
    specs.push({
      day: iso(2025, 1, 1 + Math.floor(random() * 720)),
      amount: -(1_000 + Math.floor(random() * 90) * 100),
      counterparty: `가게 ${shop}호`,
      kind: 'everyday',
    });
  }
  return specs;
}

function statement(file: string, transactions: readonly BankTransaction[]): BankStatement {
  const days = transactions.map((row) => row.day);
  return {
    file,
    profile: 'generic',
    currency: 'KRW',
    transactions,
    from: days.length === 0 ? undefined : d(iso(2025, 1, 1)),
    to: days.length === 0 ? undefined : d(iso(2026, 12, 31)),
    balance: undefined,
  };
}

const asOf = d('2027-01-01');

describe('learnFromStatements learns the same from one statement as from its rows in two', () => {
  it.each([1, 2, 3])('history %i: the same series, everyday spending and one-offs, and each series pointed at its own file', (seed) => {
    const whole = rows(history(seed));
    const one = learnFromStatements([statement('bank.csv', whole)], KRW, asOf);
    // Every other row into a second account: each statement is still oldest first, their union is the whole.
    const split = [
      statement(
        'a.csv',
        whole.filter((_, i) => i % 2 === 0),
      ),
      statement(
        'b.csv',
        whole.filter((_, i) => i % 2 === 1),
      ),
    ];
    const two = learnFromStatements(split, KRW, asOf);
    expect(two.learned).toEqual(one.learned);
    // Worked out by construction: 24 rents, 24 phone bills and 104 classes, all still paid.
    expect(one.learned.recurring.map((found) => [found.payee, found.repeat, found.occurrences]).sort()).toEqual([
      ['sk텔레콤', 'monthly', 24],
      ['김영희', 'monthly', 24],
      ['요가원', 'weekly', 104],
    ]);
    for (const found of one.learned.recurring) {
      const latest = found.sources[found.sources.length - 1]!;
      const line = Number(latest.slice('bank.csv:'.length));
      expect(one.sourceOf(found)).toEqual({ file: 'bank.csv', line });
      // Brute force: the statement whose rows hold the latest payment.
      expect(two.sourceOf(found)).toEqual({ file: split.find((part) => part.transactions.some((row) => row.source === latest))!.file, line });
    }
  });

  it('learns from a single statement given out of day order what learnExpenses learns from its rows put in day order (stably)', () => {
    const whole = rows(history(4));
    // Newest first: the learner must put them back in day order itself (stably, as the merge of several statements does).
    const reversed = [...whole].reverse();
    const inOrder = [...reversed].sort((a, b) => a.day - b.day);
    const learned = learnFromStatements([statement('bank.csv', reversed)], KRW, asOf).learned;
    expect(learned).toEqual(learnExpenses(inOrder, { currency: KRW, asOf, from: d(iso(2025, 1, 1)), to: d(iso(2026, 12, 31)) }));
    expect(learned.recurring.map((found) => found.occurrences).sort()).toEqual([104, 24, 24]);
  });
});
