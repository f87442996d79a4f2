import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Day } from '../src/domain/day.js';
import { addDays, day } from '../src/domain/day.js';
import { minor } from '../src/domain/money.js';
import type { Expense, Invoice } from '../src/domain/types.js';

/**
 * Deterministic synthetic books: `clients` clients, each with its own typical days-to-pay, `paidPerClient`
 * paid invoices in the year before as-of, and `open` open invoices spread over the clients; monthly expenses.
 */
export function syntheticBooks(asOf: Day, open: number, clients = 50, paidPerClient = 20, seed = 1): { invoices: Invoice[]; expenses: Expense[] } {
  const rng = xoroshiro128plus(seed);
  const invoices: Invoice[] = [];
  const source = { file: 'synthetic.csv', line: 0 };
  const base = (id: string, client: string, units: number, issued: Day): Invoice => ({
    id,
    client,
    amount: minor(units),
    gross: minor(units),
    withheld: minor(0),
    vat: minor(0),
    original: undefined,
    issued,
    due: addDays(issued, 30),
    paid: undefined,
    repeat: 'none',
    until: undefined,
    source,
  });
  for (let c = 0; c < clients; c += 1) {
    const typical = uniformInt(rng, 10, 90);
    for (let k = 0; k < paidPerClient; k += 1) {
      const issued = addDays(asOf, -365 + uniformInt(rng, 0, 300));
      invoices.push({
        ...base(`P-${c}-${k}`, `Client ${c}`, uniformInt(rng, 50, 500) * 10_000, issued),
        paid: day(Math.min(asOf, issued + typical + uniformInt(rng, -10, 20))),
      });
    }
  }
  for (let k = 0; k < open; k += 1) {
    invoices.push(base(`O-${k}`, `Client ${k % clients}`, uniformInt(rng, 50, 500) * 10_000, addDays(asOf, -uniformInt(rng, 0, 120))));
  }
  const expenses: Expense[] = [
    { date: addDays(asOf, 5), amount: minor(2_000_000), description: 'rent', category: 'rent', repeat: 'monthly', until: undefined, source },
    { date: addDays(asOf, 12), amount: minor(30_000_000), description: 'payroll', category: 'staff', repeat: 'monthly', until: undefined, source },
  ];
  return { invoices, expenses };
}
