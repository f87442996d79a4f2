import { mkdirSync, writeFileSync } from 'node:fs';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { currencyOf } from '../src/domain/currency.js';
import type { Day } from '../src/domain/day.js';
import { addDays, dayFromParts, daysFromCivil, formatDay } from '../src/domain/day.js';
import { minor } from '../src/domain/money.js';
import type { BankTransaction } from '../src/domain/statement.js';
import { learnExpenses } from '../src/reconcile/learn-expenses.js';
import type { Timed } from './child.js';
import { alternately, median, runChild } from './child.js';

const DEBITS = 100_000;

/** A number as letters (0 → A, 26 → BA): payee cleaning strips digits glued to a Korean name, as banks append dates. */
const letters = (value: number): string => (value >= 26 ? letters(Math.floor(value / 26)) : '') + String.fromCharCode(65 + (value % 26));

/**
 * 100,000 debits over three years (2024-01-01 to 2026-11-30), oldest first, as a statement's reader gives them:
 * 40 bills on a schedule (30 monthly on their own day, 5 of them card bills of varying amounts; 5 weekly; 5 yearly),
 * and the rest everyday spending at 3,000 shops, a few of them visited daily (the popular ones draw most rows, as
 * shops do), with card-channel words and digits in the texts so that payee cleaning does its real work.
 */
export function syntheticDebits(): BankTransaction[] {
  const rng = xoroshiro128plus(18);
  const from = dayFromParts(2024, 1, 1)!;
  const to = dayFromParts(2026, 11, 30)!;
  const rows: Array<{ day: Day; amount: number; counterparty: string; memo: string }> = [];
  for (let bill = 0; bill < 30; bill += 1) {
    const dayOfMonth = 1 + (bill % 28);
    const amount = uniformInt(rng, 10, 2000) * 1000;
    const variable = bill < 5;
    for (let month = 0; month < 35; month += 1) {
      const at = daysFromCivil(2024 + Math.floor(month / 12), (month % 12) + 1, dayOfMonth);
      const paid = variable ? amount + uniformInt(rng, -200, 200) * 1000 : amount;
      rows.push({ day: at, amount: paid, counterparty: `CMS자동이체 청구처${letters(bill)}`, memo: `${(month % 12) + 1}월분` });
    }
  }
  for (let bill = 0; bill < 5; bill += 1) {
    const amount = uniformInt(rng, 5, 100) * 1000;
    for (let at = addDays(from, bill); at <= to; at = addDays(at, 7))
      rows.push({ day: at, amount, counterparty: `주간정기${letters(bill)}`, memo: '자동이체' });
  }
  for (let bill = 0; bill < 5; bill += 1) {
    const amount = uniformInt(rng, 50, 500) * 10_000;
    for (let year = 2024; year <= 2026; year += 1)
      rows.push({ day: daysFromCivil(year, 3 + bill, 10), amount, counterparty: `연회비${letters(bill)}`, memo: '' });
  }
  const span = to - from;
  while (rows.length < DEBITS) {
    // Two draws: the square of a uniform favours low shop numbers, the popular shops.
    const pick = uniformInt(rng, 0, 2999);
    const shop = Math.floor((pick * uniformInt(rng, 0, 2999)) / 3000);
    const at = addDays(from, uniformInt(rng, 0, span));
    rows.push({
      day: at,
      amount: uniformInt(rng, 1, 2000) * 100,
      counterparty: shop % 3 === 0 ? `체크카드 1234-****-****-${String(shop).padStart(4, '0')}` : `가맹점${letters(shop)} 역삼점`,
      memo: shop % 3 === 0 ? `가맹점${letters(shop)}` : '체크카드',
    });
  }
  rows.sort((a, b) => a.day - b.day);
  return rows.map((row, index) => ({
    day: row.day,
    time: undefined,
    amount: minor(-row.amount),
    balance: undefined,
    counterparty: row.counterparty,
    memo: row.memo,
    source: `bench.csv:${index + 2}`,
  }));
}

export interface LearnMeasure extends Timed {
  readonly name: string;
  readonly target: string;
  readonly met: boolean;
  readonly recurring: number;
}

const STATEMENT = 'bench/.out/debits-100k.csv';

/**
 * Issue 18's target: the recurring expenses, everyday spending and one-offs learned from 100,000 debits within 1 s:
 * the learner alone (in this process, median of 5 after a warm-up), and the whole `expenses --from-bank --json` on
 * the same rows written as a plain statement (reading it included, median of 5 after a warm-up).
 */
export function benchLearn(): LearnMeasure[] {
  const transactions = syntheticDebits();
  const asOf = addDays(transactions[transactions.length - 1]!.day, 1);
  const settings = { currency: currencyOf('KRW')!, asOf };
  let recurring = learnExpenses(transactions, settings).recurring.length; // warm-up
  const samplesMs: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const began = performance.now();
    recurring = learnExpenses(transactions, settings).recurring.length;
    samplesMs.push(performance.now() - began);
  }
  mkdirSync('bench/.out', { recursive: true });
  const lines = transactions.map((row) => `${formatDay(row.day)},${row.amount},${row.counterparty},${row.memo}`);
  writeFileSync(STATEMENT, `date,amount,counterparty,memo\n${lines.join('\n')}\n`);
  const args = ['bin/cashflow.cjs', 'expenses', '--from-bank', STATEMENT, '--as-of', formatDay(asOf), '--json'];
  const [command] = alternately([{ program: process.execPath, args }], 5, 1);
  const printed = (JSON.parse(runChild(process.execPath, args, true).stdout) as { recurring: unknown[] }).recurring.length;
  const inProcess = { medianMs: median(samplesMs), samplesMs, cpuMs: undefined, peakRssMb: undefined };
  const of = (name: string, timed: Timed, found: number): LearnMeasure => ({
    name,
    ...timed,
    target: '< 1000 ms',
    met: timed.medianMs < 1000,
    recurring: found,
  });
  return [of('learn recurring expenses from 100,000 debits', inProcess, recurring), of('expenses --from-bank: 100,000 debits, the command', command!, printed)];
}
