import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { addMinor, minor, subMinor } from '../domain/money.js';
import type { BankStatement, BankTransaction } from '../domain/statement.js';

/** A balance the user typed: `--balance` (or the config's `balance`), dated by `--balance-date` or not at all. */
export interface TypedBalance {
  readonly amount: Minor;
  /** The balance is the one at the end of this day; undefined: at the end of as-of − 1, as before dated balances. */
  readonly day: Day | undefined;
  readonly source: '--balance' | 'config';
}

/** What a statement says, for the report: `assumptions.statements`. */
export interface StatementSummary {
  readonly file: string;
  readonly profile: string;
  readonly from: Day | undefined;
  readonly to: Day | undefined;
  /** The statement's own balance and its day; undefined when it has none (N26 and Monzo export none). */
  readonly balance: Minor | undefined;
  readonly balanceDay: Day | undefined;
}

/** A statement row after the balance's day and before as-of: money that moved since, as the bank recorded it. */
export interface LaterRow {
  readonly file: string;
  readonly row: BankTransaction;
}

/** Something about the choice of balance the user should hear (a warning; see render/balance-lines). */
export type BalanceNote =
  | { readonly kind: 'no-balance'; readonly file: string }
  | { readonly kind: 'typed-not-newer'; readonly typed: TypedBalance & { readonly day: Day }; readonly statementDay: Day }
  | { readonly kind: 'none-in-statements' };

/** The balance a forecast starts from and when it was true: the end of `day`, before the catch-up to as-of. */
export interface StartingBalance {
  readonly amount: Minor;
  readonly day: Day;
  /** `nh.csv:11`, `nh.csv:11, kb.xlsx!F7`, `--balance`, `config`; undefined when none was given (0 is assumed). */
  readonly source: string | undefined;
  /** Whether `day` is the balance's own (a statement's, --balance-date) rather than taken to be as-of − 1. */
  readonly dated: boolean;
  readonly statements: readonly StatementSummary[];
  /** Statement rows after `day` and before as-of, oldest first: applied as they happened. */
  readonly later: readonly LaterRow[];
  readonly notes: readonly BalanceNote[];
}

/** Why no balance can be chosen: an undated typed balance beside statements that give one. */
export interface BalanceConflict {
  readonly conflict: 'undated-typed-with-statements';
  readonly typed: TypedBalance;
  readonly files: readonly string[];
}

/** The balance as the user typed it (or none): the start of every forecast before statements were read. */
export function typedStartingBalance(typed: TypedBalance | undefined, asOf: Day): StartingBalance {
  const chosen = chooseStartingBalance([], typed, asOf);
  if ('conflict' in chosen) throw new Error('a typed balance alone cannot conflict');
  return chosen;
}

/**
 * Chooses the balance a forecast starts from. Statements give the balance at the end of the earliest of their
 * balance days (each account's balance carried to that day by its own rows), and every file's rows after it are
 * later movements. A typed balance with a date replaces theirs only when it is newer; one without a date beside
 * statements that give a balance is a conflict, not a guess: it would be taken as yesterday's and always win.
 * A balance day on or after as-of is brought back to as-of − 1 by its own rows: the horizon schedules those days.
 */
export function chooseStartingBalance(statements: readonly BankStatement[], typed: TypedBalance | undefined, asOf: Day): StartingBalance | BalanceConflict {
  const lastKnown = addDays(asOf, -1);
  const summaries = statements.map(summaryOf);
  const balanced = statements.filter((statement) => statement.balance !== undefined);
  const start = (fields: Omit<StartingBalance, 'statements' | 'later'>, from: readonly BankStatement[]): StartingBalance => ({
    ...fields,
    statements: summaries,
    later: laterRows(from, fields.day, lastKnown),
  });
  if (balanced.length > 0 && typed !== undefined && typed.day === undefined) {
    return { conflict: 'undated-typed-with-statements', typed, files: balanced.map((statement) => statement.file) };
  }
  const statementDay = balanced.length === 0 ? undefined : Math.min(lastKnown, ...balanced.map((statement) => statement.balance!.day));
  if (typed !== undefined && (statementDay === undefined || (typed.day !== undefined && typed.day > statementDay))) {
    const day = typed.day ?? lastKnown;
    return start({ amount: typed.amount, day, source: typed.source, dated: typed.day !== undefined, notes: [] }, statements);
  }
  if (statementDay === undefined) {
    const notes: BalanceNote[] = statements.length > 0 ? [{ kind: 'none-in-statements' }] : [];
    return start({ amount: minor(0), day: lastKnown, source: undefined, dated: false, notes }, []);
  }
  const day = statementDay as Day;
  const notes: BalanceNote[] = statements
    .filter((statement) => statement.balance === undefined)
    .map((statement) => ({ kind: 'no-balance', file: statement.file }));
  if (typed?.day !== undefined) notes.push({ kind: 'typed-not-newer', typed: { ...typed, day: typed.day }, statementDay: day });
  let amount = minor(0);
  for (const statement of balanced) amount = addMinor(amount, balanceAtEndOf(statement, day));
  const source = balanced.map((statement) => statement.balance!.source).join(', ');
  return start({ amount, day, source, dated: true, notes }, balanced);
}

function summaryOf(statement: BankStatement): StatementSummary {
  return {
    file: statement.file,
    profile: statement.profile,
    from: statement.from,
    to: statement.to,
    balance: statement.balance?.amount,
    balanceDay: statement.balance?.day,
  };
}

/**
 * A statement's balance at the end of `day`, from its own balance and the amounts of the rows between the two days:
 * exact whichever side `day` is on, and the same figure the bank's balance column shows when it is continuous.
 */
export function balanceAtEndOf(statement: BankStatement, day: Day): Minor {
  const known = statement.balance!;
  let amount = known.amount;
  for (const row of statement.transactions) {
    if (row.day > known.day && row.day <= day) amount = addMinor(amount, row.amount);
    else if (row.day > day && row.day <= known.day) amount = subMinor(amount, row.amount);
  }
  return amount;
}

function laterRows(statements: readonly BankStatement[], after: Day, last: Day): LaterRow[] {
  const rows: LaterRow[] = [];
  for (const statement of statements) {
    for (const row of statement.transactions) if (row.day > after && row.day <= last) rows.push({ file: statement.file, row });
  }
  // Stable: one day's rows keep their files' order, and each file's own order.
  return rows.sort((a, b) => a.row.day - b.row.day);
}
