import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { Tolerance } from './amount-fit.js';
import { expectedRange, fits } from './amount-fit.js';
import type { ClientIndex } from './payer-names.js';
import type { Deposit, MatchedInvoice, OverdueInvoice, PaidWithoutDeposit, PartialInvoice, Receivable, Reconciliation, ReviewItem } from './reconciliation.js';

export interface MatchSettings {
  readonly tolerance: Tolerance;
  readonly clients: ClientIndex;
  /** The statements' span: a sheet's paid date inside it must have its deposit; overdue counts to `to`. */
  readonly from: Day | undefined;
  readonly to: Day | undefined;
}

/** How far from the sheet's paid date its deposit may be: the day typed is often the day the invoice was settled, not booked. */
const SHEET_PAID_SLACK_DAYS = 7;
/** Between candidates of different amounts or clients, the nearest to its expected date wins by at least this much. */
const DECISIVE_DAYS = 14;
/** A deposit may pay up to this many invoices of one client at once; and one invoice may come in up to this many parts. */
const MOST_INVOICES_PER_DEPOSIT = 4;
const MOST_PARTS_PER_INVOICE = 3;
/** Of a client's open invoices (or deposits), how many of the oldest a combination search looks at: keeps it bounded. */
const COMBINATION_POOL = 16;

interface State {
  readonly deposits: readonly IndexedDeposit[];
  readonly byClient: ReadonlyMap<string, ClientBook>;
  readonly settled: Set<Receivable>;
  readonly used: Set<IndexedDeposit>;
  readonly settings: MatchSettings;
}

interface IndexedDeposit extends Deposit {
  readonly order: number;
  readonly clients: readonly string[];
}

/** One client's invoices: by expected amount (for a deposit's amount range) and by age (for combinations). */
interface ClientBook {
  readonly byAmount: readonly Receivable[];
  readonly byAge: readonly Receivable[];
  readonly deposits: IndexedDeposit[];
}

/**
 * Matches a statement's deposits to invoices one to one, never guessing: a deposit with one plausible reading is
 * matched, one with several goes to review with its candidates, one with none is unmatched income. In order:
 * 1. invoices the sheet marks paid take the deposit nearest their paid date (within a week), so it is not free for others;
 * 2. a deposit that pays one open invoice — of several candidates, the oldest of one client's same-amount invoices
 *    (payments settle the oldest first) unless the two oldest cannot be told apart; otherwise the nearest to its
 *    expected date when it is nearer by two weeks or more;
 * 3. a deposit that pays several open invoices of one client together (their sum), when only one set sums to it;
 * 4. several deposits that pay one invoice together (계약금 and 잔금), when only one set does;
 * 5. a deposit that pays part of the only open invoice of its client it can: partial, open for the rest.
 */
export function matchDeposits(receivables: readonly Receivable[], deposits: readonly Deposit[], settings: MatchSettings): Reconciliation {
  const indexed = deposits
    .map((deposit, order): IndexedDeposit => ({ ...deposit, order, clients: clientsOfDeposit(deposit, settings.clients) }))
    .sort((a, b) => a.day - b.day || a.order - b.order);
  const state: State = { deposits: indexed, byClient: booksOf(receivables, indexed), settled: new Set(), used: new Set(), settings };
  const matched: MatchedInvoice[] = [];
  const review: ReviewItem[] = [];
  const paidWithoutDeposit = matchSheetPaid(receivables, state, matched);
  matchSingles(state, matched, review);
  matchSums(state, matched, review);
  matchParts(state, matched, review);
  const partial = matchPartials(state, review);
  const unmatchedDeposits = indexed.filter((deposit) => !state.used.has(deposit)).map(plainDeposit);
  const partlyPaid = new Set(partial.map((entry) => entry.invoice));
  const overdue = overdueOf(receivables, state, partlyPaid);
  matched.sort((a, b) => a.paidOn - b.paidOn || compareText(a.invoice.id, b.invoice.id));
  review.sort((a, b) => a.deposit.day - b.deposit.day || compareText(a.deposit.source, b.deposit.source));
  return { matched, partial, review, unmatchedDeposits, overdue, paidWithoutDeposit };
}

function clientsOfDeposit(deposit: Deposit, index: ClientIndex): readonly string[] {
  const clients = new Set([...index.clientsOf(deposit.payer), ...(deposit.memo === '' ? [] : index.clientsOf(deposit.memo))]);
  return [...clients].sort(compareText);
}

function booksOf(receivables: readonly Receivable[], deposits: readonly IndexedDeposit[]): Map<string, ClientBook> {
  const books = new Map<string, { byAmount: Receivable[]; byAge: Receivable[]; deposits: IndexedDeposit[] }>();
  const book = (client: string) => {
    let found = books.get(client);
    if (found === undefined) {
      found = { byAmount: [], byAge: [], deposits: [] };
      books.set(client, found);
    }
    return found;
  };
  for (const receivable of receivables) {
    book(receivable.client).byAmount.push(receivable);
    book(receivable.client).byAge.push(receivable);
  }
  for (const deposit of deposits) for (const client of deposit.clients) book(client).deposits.push(deposit);
  for (const entry of books.values()) {
    entry.byAmount.sort((a, b) => a.expected - b.expected || byAge(a, b));
    entry.byAge.sort(byAge);
  }
  return books;
}

function byAge(a: Receivable, b: Receivable): number {
  return a.issued - b.issued || (a.due ?? a.expectedDay) - (b.due ?? b.expectedDay) || compareText(a.id, b.id);
}

/**
 * Step 1: the sheet's paid invoices take their deposits first — one deposit near the paid date; else, for invoices
 * of one client paid the same day, one deposit of their sum; else parts of the invoice whose last is near the paid
 * date — so those deposits are not free for others. A paid date the statement covers but bears out in none of these
 * ways is reported.
 */
function matchSheetPaid(receivables: readonly Receivable[], state: State, matched: MatchedInvoice[]): PaidWithoutDeposit[] {
  const paid = receivables.filter((receivable) => receivable.paid !== undefined).sort((a, b) => a.paid! - b.paid! || compareText(a.id, b.id));
  const near = (deposit: IndexedDeposit, day: Day) => !state.used.has(deposit) && Math.abs(deposit.day - day) <= SHEET_PAID_SLACK_DAYS;
  const confirm = (receivable: Receivable, deposits: readonly IndexedDeposit[], received: number) => {
    for (const deposit of deposits) state.used.add(deposit);
    matched.push({
      invoice: receivable,
      paidOn: deposits[deposits.length - 1]!.day,
      expected: receivable.expected,
      received: minor(received),
      deposits: deposits.map(plainDeposit),
      sheetPaid: true,
    });
  };
  const left: Receivable[] = [];
  for (const receivable of paid) {
    state.settled.add(receivable);
    const paidDay = receivable.paid!;
    let best: IndexedDeposit | undefined;
    for (const deposit of state.byClient.get(receivable.client)?.deposits ?? []) {
      if (!near(deposit, paidDay) || deposit.day < receivable.issued) continue;
      if (!fits(receivable.expected, receivable.converted, deposit.amount, state.settings.tolerance)) continue;
      if (best === undefined || Math.abs(deposit.day - paidDay) < Math.abs(best.day - paidDay)) best = deposit;
    }
    if (best === undefined) left.push(receivable);
    else confirm(receivable, [best], best.amount);
  }
  const together = new Map<string, Receivable[]>();
  for (const receivable of left) {
    const key = `${receivable.client}\u0000${receivable.paid}`;
    together.set(key, [...(together.get(key) ?? []), receivable]);
  }
  const found = new Set<Receivable>();
  for (const group of together.values()) {
    if (group.length < 2) continue;
    const { client, paid: paidDay } = group[0]!;
    for (const deposit of state.byClient.get(client)?.deposits ?? []) {
      if (!near(deposit, paidDay!)) continue;
      const fitting = (set: readonly Receivable[]) =>
        fits(
          set.reduce((sum, receivable) => sum + receivable.expected, 0),
          set.some((receivable) => receivable.converted),
          deposit.amount,
          state.settings.tolerance,
        );
      const set = subsetsSummingTo(
        group.filter((receivable) => !found.has(receivable)),
        (receivable) => receivable.expected,
        expectedRange(deposit.amount, state.settings.tolerance),
        MOST_INVOICES_PER_DEPOSIT,
        fitting,
      ).next().value;
      if (set === undefined) continue;
      state.used.add(deposit);
      for (const receivable of set) {
        found.add(receivable);
        matched.push({
          invoice: receivable,
          paidOn: deposit.day,
          expected: receivable.expected,
          received: receivable.expected,
          deposits: [plainDeposit(deposit)],
          sheetPaid: true,
        });
      }
    }
  }
  const missing: PaidWithoutDeposit[] = [];
  for (const receivable of left) {
    if (found.has(receivable)) continue;
    const pool = (state.byClient.get(receivable.client)?.deposits ?? []).filter(
      (deposit) =>
        !state.used.has(deposit) &&
        deposit.day >= receivable.issued &&
        deposit.day <= receivable.paid! + SHEET_PAID_SLACK_DAYS &&
        deposit.amount < receivable.expected,
    );
    const fitting = (set: readonly IndexedDeposit[]) =>
      Math.abs(Math.max(...set.map((deposit) => deposit.day)) - receivable.paid!) <= SHEET_PAID_SLACK_DAYS &&
      fits(
        receivable.expected,
        receivable.converted,
        set.reduce((sum, deposit) => sum + deposit.amount, 0),
        state.settings.tolerance,
      );
    const parts = subsetsSummingTo(
      pool.slice(-COMBINATION_POOL),
      (deposit) => deposit.amount,
      receivedRange(receivable, state.settings.tolerance),
      MOST_PARTS_PER_INVOICE,
      fitting,
    ).next().value;
    if (parts !== undefined) {
      const ordered = [...parts].sort((a, b) => a.day - b.day || a.order - b.order);
      confirm(
        receivable,
        ordered,
        ordered.reduce((sum, deposit) => sum + deposit.amount, 0),
      );
    } else if (covers(state.settings, receivable.paid!)) {
      missing.push({ invoice: receivable, paid: receivable.paid! });
    }
  }
  return missing;
}

function covers(settings: MatchSettings, when: Day): boolean {
  return settings.from !== undefined && settings.to !== undefined && when >= settings.from && when <= settings.to;
}

/** The open invoices a deposit alone could pay: its clients', issued by its day, of an amount it fits. */
function singleCandidates(deposit: IndexedDeposit, state: State): Receivable[] {
  const { low, high } = expectedRange(deposit.amount, state.settings.tolerance);
  const found: Receivable[] = [];
  for (const client of deposit.clients) {
    const byAmount = state.byClient.get(client)?.byAmount ?? [];
    for (let at = firstAtLeast(byAmount, low); at < byAmount.length && byAmount[at]!.expected <= high; at += 1) {
      const receivable = byAmount[at]!;
      if (state.settled.has(receivable) || receivable.issued > deposit.day) continue;
      if (fits(receivable.expected, receivable.converted, deposit.amount, state.settings.tolerance)) found.push(receivable);
    }
  }
  return found;
}

function firstAtLeast(byAmount: readonly Receivable[], amount: number): number {
  let low = 0;
  let high = byAmount.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byAmount[mid]!.expected < amount) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Step 2: one deposit, one invoice. */
function matchSingles(state: State, matched: MatchedInvoice[], review: ReviewItem[]): void {
  for (const deposit of state.deposits) {
    if (state.used.has(deposit)) continue;
    const candidates = singleCandidates(deposit, state);
    if (candidates.length === 0) continue;
    const chosen = chooseOne(deposit, candidates);
    state.used.add(deposit);
    if ('reason' in chosen) {
      review.push({ deposit: plainDeposit(deposit), candidates: idsOf(chosen.candidates), reason: chosen.reason });
      continue;
    }
    state.settled.add(chosen.receivable);
    matched.push(matchOf(chosen.receivable, deposit.day, deposit.amount, [deposit]));
  }
}

type Choice = { receivable: Receivable } | { candidates: readonly Receivable[]; reason: string };

/** The one invoice a deposit pays, or why it cannot be told (see matchDeposits, step 2). */
function chooseOne(deposit: Deposit, candidates: readonly Receivable[]): Choice {
  if (candidates.length === 1) return { receivable: candidates[0]! };
  const first = candidates[0]!;
  const alike = candidates.every((candidate) => candidate.client === first.client && candidate.expected === first.expected);
  if (alike) {
    const [oldest, next] = [...candidates].sort(byAge) as [Receivable, Receivable];
    if (oldest.issued === next.issued && (oldest.due ?? oldest.expectedDay) === (next.due ?? next.expectedDay)) {
      const twins = candidates.filter(
        (candidate) => candidate.issued === oldest.issued && (candidate.due ?? candidate.expectedDay) === (oldest.due ?? oldest.expectedDay),
      );
      return { candidates: twins, reason: `${twins.length} invoices of ${first.client} for the same amount and dates: which one it pays cannot be told` };
    }
    return { receivable: oldest };
  }
  const distance = (receivable: Receivable) => Math.abs(deposit.day - receivable.expectedDay);
  const ranked = [...candidates].sort((a, b) => distance(a) - distance(b) || byAge(a, b));
  const [best, runnerUp] = ranked as [Receivable, Receivable];
  if (distance(runnerUp) - distance(best) >= DECISIVE_DAYS) return { receivable: best };
  const close = ranked.filter((candidate) => distance(candidate) - distance(best) < DECISIVE_DAYS);
  const clients = new Set(close.map((candidate) => candidate.client));
  return {
    candidates: close,
    reason:
      clients.size > 1
        ? `the payer's name fits ${clients.size} clients with an invoice of this amount`
        : 'it fits several invoices expected around the same time',
  };
}

/** Step 3: one deposit paying several open invoices of one client (their sum, fee once). */
function matchSums(state: State, matched: MatchedInvoice[], review: ReviewItem[]): void {
  const { tolerance } = state.settings;
  for (const deposit of state.deposits) {
    if (state.used.has(deposit)) continue;
    const { low, high } = expectedRange(deposit.amount, tolerance);
    const sets: Receivable[][] = [];
    for (const client of deposit.clients) {
      const pool = (state.byClient.get(client)?.byAge ?? [])
        .filter((receivable) => !state.settled.has(receivable) && receivable.issued <= deposit.day && receivable.expected <= high)
        .slice(0, COMBINATION_POOL);
      const fitting = (set: readonly Receivable[]) =>
        fits(
          set.reduce((sum, receivable) => sum + receivable.expected, 0),
          set.some((receivable) => receivable.converted),
          deposit.amount,
          tolerance,
        );
      for (const set of subsetsSummingTo(pool, (receivable) => receivable.expected, { low, high }, MOST_INVOICES_PER_DEPOSIT, fitting)) {
        sets.push(set);
        if (sets.length > 1) break;
      }
    }
    if (sets.length === 0) continue;
    state.used.add(deposit);
    if (sets.length > 1) {
      const candidates = [...new Set(sets.flat())];
      review.push({ deposit: plainDeposit(deposit), candidates: idsOf(candidates), reason: 'more than one set of invoices sums to it' });
      continue;
    }
    for (const receivable of sets[0]!) {
      state.settled.add(receivable);
      matched.push(matchOf(receivable, deposit.day, receivable.expected, [deposit]));
    }
  }
}

/** Step 4: one invoice paid in parts (계약금 and 잔금) — the only set of its client's deposits that sums to it. */
function matchParts(state: State, matched: MatchedInvoice[], review: ReviewItem[]): void {
  for (const book of state.byClient.values()) {
    let free = book.deposits.filter((deposit) => !state.used.has(deposit));
    for (const receivable of book.byAge) {
      if (free.length < 2) break;
      if (state.settled.has(receivable)) continue;
      if (matchPartsOf(receivable, free, state, matched, review)) free = free.filter((deposit) => !state.used.has(deposit));
    }
  }
}

function matchPartsOf(receivable: Receivable, free: readonly IndexedDeposit[], state: State, matched: MatchedInvoice[], review: ReviewItem[]): boolean {
  const pool = free.filter((deposit) => deposit.day >= receivable.issued && deposit.amount < receivable.expected).slice(0, COMBINATION_POOL);
  const sets: IndexedDeposit[][] = [];
  const band = receivedRange(receivable, state.settings.tolerance);
  const fitting = (set: readonly IndexedDeposit[]) =>
    fits(
      receivable.expected,
      receivable.converted,
      set.reduce((sum, deposit) => sum + deposit.amount, 0),
      state.settings.tolerance,
    );
  for (const set of subsetsSummingTo(pool, (deposit) => deposit.amount, band, MOST_PARTS_PER_INVOICE, fitting)) {
    sets.push(set);
    if (sets.length > 1) break;
  }
  if (sets.length === 0) return false;
  if (sets.length > 1) {
    for (const deposit of new Set(sets.flat())) {
      state.used.add(deposit);
      review.push({ deposit: plainDeposit(deposit), candidates: [receivable.id], reason: `more than one set of deposits sums to ${receivable.id}` });
    }
    return true;
  }
  // The search orders a set by amount; the invoice is paid on its last part's day.
  const parts = [...sets[0]!].sort((a, b) => a.day - b.day || a.order - b.order);
  for (const deposit of parts) state.used.add(deposit);
  state.settled.add(receivable);
  const received = parts.reduce((sum, deposit) => sum + deposit.amount, 0);
  matched.push(matchOf(receivable, parts[parts.length - 1]!.day, received, parts));
  return true;
}

/** Step 5: what is left of a client's deposits that pays part of exactly one open invoice it could. */
function matchPartials(state: State, review: ReviewItem[]): PartialInvoice[] {
  const parts = new Map<Receivable, IndexedDeposit[]>();
  const receivedOf = (receivable: Receivable) => (parts.get(receivable) ?? []).reduce((sum, deposit) => sum + deposit.amount, 0);
  for (const deposit of state.deposits) {
    if (state.used.has(deposit)) continue;
    const candidates: Receivable[] = [];
    for (const client of deposit.clients) {
      for (const receivable of state.byClient.get(client)?.byAge ?? []) {
        if (state.settled.has(receivable) || receivable.issued > deposit.day) continue;
        if (receivedOf(receivable) + deposit.amount < receivable.expected - state.settings.tolerance.fee) candidates.push(receivable);
      }
    }
    if (candidates.length === 0) continue;
    state.used.add(deposit);
    if (candidates.length > 1) {
      review.push({ deposit: plainDeposit(deposit), candidates: idsOf(candidates), reason: 'a part payment that could be for more than one open invoice' });
      continue;
    }
    const receivable = candidates[0]!;
    parts.set(receivable, [...(parts.get(receivable) ?? []), deposit]);
  }
  return [...parts].map(([receivable, deposits]) => {
    const received = receivedOf(receivable);
    return {
      invoice: receivable,
      expected: receivable.expected,
      received: minor(received),
      remaining: minor(receivable.expected - received),
      deposits: deposits.map(plainDeposit),
    };
  });
}

/** Open invoices past due at the statement's end with no payment at all (a partly paid one is in `partial`). */
function overdueOf(receivables: readonly Receivable[], state: State, partlyPaid: ReadonlySet<Receivable>): OverdueInvoice[] {
  const to = state.settings.to;
  if (to === undefined) return [];
  const overdue: OverdueInvoice[] = [];
  for (const receivable of [...receivables].sort(byAge)) {
    if (state.settled.has(receivable) || partlyPaid.has(receivable)) continue;
    const due = receivable.due ?? receivable.expectedDay;
    if (due < to) overdue.push({ invoice: receivable, due, daysLate: to - due });
  }
  return overdue;
}

/** The totals a set of deposits may reach to pay an invoice (see fits). */
function receivedRange(receivable: Receivable, tolerance: Tolerance): { low: number; high: number } {
  if (!receivable.converted) return { low: receivable.expected - tolerance.fee, high: receivable.expected };
  const { num, den } = tolerance.fx;
  // A superset of fits' band (rounded outwards); fits itself decides each set.
  return {
    low: Math.floor((receivable.expected * Number(den - num)) / Number(den)) - tolerance.fee - 1,
    high: Math.ceil((receivable.expected * Number(den + num)) / Number(den)) + 1,
  };
}

/**
 * The sets of two to `most` items whose values sum into [low, high] and that `accept` takes, in a fixed order.
 * Items are tried from the smallest value up, and a branch stops as soon as its sum passes `high`: the search is
 * bounded by the sums that can still fit, not by all C(n, k) subsets.
 */
function* subsetsSummingTo<T>(
  items: readonly T[],
  value: (item: T) => number,
  range: { low: number; high: number },
  most: number,
  accept: (set: readonly T[]) => boolean,
): Generator<T[]> {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  const chosen: T[] = [];
  function* extend(start: number, sum: number): Generator<T[]> {
    if (chosen.length >= 2 && sum >= range.low && accept(chosen)) yield [...chosen];
    if (chosen.length === most) return;
    for (let at = start; at < sorted.length; at += 1) {
      const next = sum + value(sorted[at]!);
      if (next > range.high) return;
      chosen.push(sorted[at]!);
      yield* extend(at + 1, next);
      chosen.pop();
    }
  }
  yield* extend(0, 0);
}

function matchOf(receivable: Receivable, paidOn: Day, received: number, deposits: readonly IndexedDeposit[]): MatchedInvoice {
  return { invoice: receivable, paidOn, expected: receivable.expected, received: minor(received), deposits: deposits.map(plainDeposit), sheetPaid: false };
}

function plainDeposit(deposit: IndexedDeposit): Deposit {
  return { day: deposit.day, amount: deposit.amount, payer: deposit.payer, memo: deposit.memo, source: deposit.source };
}

function idsOf(receivables: readonly Receivable[]): string[] {
  return receivables.map((receivable) => receivable.id).sort(compareText);
}
