import { compareText } from '../domain/compare-text.js';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import { expectedRange, fits } from './amount-fit.js';
import type { IndexedDeposit, MatchSettings, State } from './match-state.js';
import { COMBINATION_POOL, MOST_INVOICES_PER_DEPOSIT, MOST_PARTS_PER_INVOICE, plainDeposit, receivedRange, SHEET_PAID_SLACK_DAYS } from './match-state.js';
import type { MatchedInvoice, PaidWithoutDeposit, Receivable } from './reconciliation.js';
import { subsetsSummingTo } from './subset-sums.js';

/**
 * Step 1: the sheet's paid invoices take their deposits first — one deposit near the paid date; else, for invoices
 * of one client paid the same day, one deposit of their sum; else parts of the invoice whose last is near the paid
 * date — so those deposits are not free for others. A paid date the statement covers but bears out in none of these
 * ways is reported.
 */
export function matchSheetPaid(receivables: readonly Receivable[], state: State, matched: MatchedInvoice[]): PaidWithoutDeposit[] {
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
    // Paid before the statement begins: its deposit is not in it, and one that looks like it pays another invoice.
    if (state.settings.from !== undefined && paidDay < state.settings.from) continue;
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
