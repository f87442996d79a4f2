import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import { expand } from '../domain/recurrence.js';
import type { Expense, Source } from '../domain/types.js';
import { expenseRowOf } from '../reconcile/expenses-csv.js';
import { cleanPayeeText, payeeKey } from '../reconcile/payee.js';
import type { RecurringExpense } from '../reconcile/recurring.js';

/** A learned expense as the forecast uses it, and the expenses-file row it stands in for from as-of on. */
export interface LearnedExpenseUse {
  readonly learned: RecurringExpense;
  /** The row the forecast expands: the learned rule, at the statement row it was learned from. */
  readonly expense: Expense;
  readonly replaces: Expense | undefined;
}

const AMOUNT_PERCENT = 5;
const NEAR_DAYS = 3;

/**
 * The expenses of the file and the learned ones together, nothing counted twice. A recurring row of the file that
 * has occurrences from as-of on is the same expense as a learned one when
 *  - its description is the learned payee (both cleaned as payee.ts cleans a bank's text, compared without case or
 *    spaces; a learned `NETFLIX.COM` is also the file's `Netflix`, one a prefix of the other up to a non-letter), or
 *  - it repeats alike, its amount is within ±5 % of the learned amount, and one of its occurrences falls within 3
 *    days of the learned next date (so the 25th's rent matches one paid on the 27th, or on the 1st after a 31st).
 * One to one: the closest pairs first (a name before an amount, then the nearer amount, then file order). The
 * file's row then stops the day before as-of (its earlier occurrences still carry a balance to as-of), and the
 * learned row pays from its next date on. The learned rows keep the rule `expenses --from-bank` writes (expenseRowOf),
 * so the forecast is the same as with that file.
 */
export function useLearnedExpenses(
  fileExpenses: readonly Expense[],
  learned: readonly RecurringExpense[],
  asOf: Day,
  sourceOf: (learned: RecurringExpense) => Source,
): { expenses: Expense[]; uses: LearnedExpenseUse[] } {
  const pairs: Array<{ file: number; learned: number; rank: readonly number[] }> = [];
  fileExpenses.forEach((expense, fileIndex) => {
    if (expense.repeat === 'none' || (expense.until !== undefined && expense.until < asOf)) return;
    const key = payeeKey(cleanPayeeText(expense.description));
    learned.forEach((found, learnedIndex) => {
      const named = samePayee(key, found.payee);
      if (!named && !sameSchedule(expense, found)) return;
      pairs.push({ file: fileIndex, learned: learnedIndex, rank: [named ? 0 : 1, Math.abs(expense.amount - found.amount), fileIndex, learnedIndex] });
    });
  });
  pairs.sort((a, b) => compareRanks(a.rank, b.rank));
  const replacedBy = new Map<number, number>();
  const replacing = new Map<number, number>();
  for (const pair of pairs) {
    if (replacedBy.has(pair.file) || replacing.has(pair.learned)) continue;
    replacedBy.set(pair.file, pair.learned);
    replacing.set(pair.learned, pair.file);
  }
  const kept = fileExpenses.flatMap((expense, index) => (replacedBy.has(index) ? stoppedBefore(expense, asOf) : [expense]));
  const uses = learned.map((found, index): LearnedExpenseUse => {
    const file = replacing.get(index);
    return { learned: found, expense: { ...expenseRowOf(found), source: sourceOf(found) }, replaces: file === undefined ? undefined : fileExpenses[file] };
  });
  return { expenses: [...kept, ...uses.map((use) => use.expense)], uses };
}

function samePayee(fileKey: string, learnedKey: string): boolean {
  if (fileKey === '' || learnedKey === '') return false;
  const [short, long] = fileKey.length <= learnedKey.length ? [fileKey, learnedKey] : [learnedKey, fileKey];
  return long === short || (long.startsWith(short) && !/[\p{L}\p{N}]/u.test(long[short.length]!));
}

function sameSchedule(expense: Expense, found: RecurringExpense): boolean {
  if (expense.repeat !== found.repeat) return false;
  if (Math.abs(expense.amount - found.amount) * 100 > AMOUNT_PERCENT * found.amount) return false;
  const rule = { start: expense.date, repeat: expense.repeat, until: expense.until };
  return expand(rule, { from: addDays(found.date, -NEAR_DAYS), to: addDays(found.date, NEAR_DAYS) }).length > 0;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}

/** The row without its occurrences from as-of on: none left when it starts then. */
function stoppedBefore(expense: Expense, asOf: Day): Expense[] {
  if (expense.date >= asOf) return [];
  const last = addDays(asOf, -1);
  return [{ ...expense, until: expense.until === undefined || expense.until > last ? last : expense.until }];
}
