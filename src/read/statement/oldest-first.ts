import type { BankTransaction } from '../../domain/statement.js';

interface Ordered {
  readonly transaction: BankTransaction;
}

/** −1, 0 or 1 as `a` is earlier than, at the same instant as (as far as the file tells), or later than `b`. */
function compareInstants(a: BankTransaction, b: BankTransaction): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.time === undefined || b.time === undefined || a.time === b.time) return 0;
  return a.time < b.time ? -1 : 1;
}

/** How many rows' balances follow from the row before them when the rows are read in this order. */
function followingBalances(rows: readonly Ordered[]): number {
  let count = 0;
  for (let index = 1; index < rows.length; index += 1) {
    const [before, row] = [rows[index - 1]!.transaction, rows[index]!.transaction];
    if (before.balance !== undefined && row.balance !== undefined && before.balance + row.amount === row.balance) count += 1;
  }
  return count;
}

/**
 * The rows oldest first, and whether the file had them newest first. The dates (and times) decide, by how many
 * neighbouring rows step forward against back; when they cannot (a day's rows without times), the balances do:
 * the order in which more of them follow from the row before. A newest-first file is reversed whole, so rows of
 * one instant come in the order they happened. Then the rows are put in day order, keeping that order within a day.
 */
export function oldestFirst<Row extends Ordered>(rows: readonly Row[]): { rows: Row[]; newestFirst: boolean } {
  let steps = 0;
  for (let index = 1; index < rows.length; index += 1) steps += compareInstants(rows[index - 1]!.transaction, rows[index]!.transaction);
  const reversed = [...rows].reverse();
  // `steps` adds +1 for a step back in time: a newest-first file's neighbours mostly step back.
  const newestFirst = steps > 0 || (steps === 0 && followingBalances(reversed) > followingBalances(rows));
  const ordered = newestFirst ? reversed : [...rows];
  // Array.prototype.sort is stable: rows of one day keep their order.
  ordered.sort((a, b) => a.transaction.day - b.transaction.day);
  return { rows: ordered, newestFirst };
}
