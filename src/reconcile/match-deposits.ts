import { compareText } from '../domain/compare-text.js';
import { minor } from '../domain/money.js';
import type { MessageRef } from '../i18n/catalogue.js';
import type { ReviewReasonMessages } from '../i18n/messages/review-reasons.js';
import { expectedRange, fits } from './amount-fit.js';
import type { ClientBook, IndexedDeposit, MatchSettings, State } from './match-state.js';
import {
  byAge,
  COMBINATION_POOL,
  DECISIVE_DAYS,
  idsOf,
  MOST_INVOICES_PER_DEPOSIT,
  MOST_PARTS_PER_INVOICE,
  matchOf,
  plainDeposit,
  receivedRange,
} from './match-state.js';
import type { ClientIndex } from './payer-names.js';
import type { Deposit, MatchedInvoice, OverdueInvoice, PartialInvoice, Receivable, Reconciliation, ReviewItem } from './reconciliation.js';
import { reviewItem } from './review-item.js';
import { matchSheetPaid } from './sheet-paid.js';
import { subsetsSummingTo } from './subset-sums.js';

export type { MatchSettings } from './match-state.js';

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
    if ('why' in chosen) {
      review.push(reviewItem(deposit, idsOf(chosen.candidates), chosen.why));
      continue;
    }
    state.settled.add(chosen.receivable);
    matched.push(matchOf(chosen.receivable, deposit.day, deposit.amount, [deposit]));
  }
}

type Choice = { receivable: Receivable } | { candidates: readonly Receivable[]; why: MessageRef<ReviewReasonMessages> };

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
      return { candidates: twins, why: { id: 'sameInvoices', params: [twins.length, first.client] } };
    }
    return { receivable: oldest };
  }
  // A payer whose name fits two clients is never settled by dates: which client paid is the user's to say.
  const clients = new Set(candidates.map((candidate) => candidate.client));
  if (clients.size > 1) return { candidates, why: { id: 'payerFitsClients', params: [clients.size] } };
  const distance = (receivable: Receivable) => Math.abs(deposit.day - receivable.expectedDay);
  const ranked = [...candidates].sort((a, b) => distance(a) - distance(b) || byAge(a, b));
  const [best, runnerUp] = ranked as [Receivable, Receivable];
  if (distance(runnerUp) - distance(best) >= DECISIVE_DAYS) return { receivable: best };
  const close = ranked.filter((candidate) => distance(candidate) - distance(best) < DECISIVE_DAYS);
  return { candidates: close, why: { id: 'expectedTogether', params: [] } };
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
      review.push(reviewItem(deposit, idsOf(candidates), { id: 'invoiceSets', params: [] }));
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
    // Only a payer that names one client: parts from a name two clients share could be either's (step 5 says so).
    let free = book.deposits.filter((deposit) => !state.used.has(deposit) && deposit.clients.length === 1);
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
      review.push(reviewItem(deposit, [receivable.id], { id: 'depositSets', params: [receivable.id] }));
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
      review.push(reviewItem(deposit, idsOf(candidates), { id: 'partOfSeveral', params: [] }));
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
