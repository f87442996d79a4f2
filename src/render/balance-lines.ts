import { formatDay } from '../domain/day.js';
import type { BalanceNote } from '../forecast/starting-balance.js';
import type { BalanceReport } from '../report/cashflow-report.js';
import { safeText } from './safe-text.js';

/** `nh.csv:11 (the end of 2026-12-01)`: where the balance is from and which day it is of. */
export function balanceOrigin(balance: BalanceReport): string {
  return `${safeText(balance.source ?? 'none given')}, the end of ${formatDay(balance.day)}`;
}

/** The stale balance in one sentence: `check` prints it as a line of its own, other commands as a warning. */
export function staleBalanceText(balance: BalanceReport): string {
  const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;
  const assumed = balance.caughtUp.filter((event) => event.assumed).length;
  return (
    `the balance is ${days(balance.ageDays)} old (${balanceOrigin(balance)}), more than ${days(balance.maxAgeDays)}: ` +
    `the opening balance assumes ${assumed} scheduled movement${assumed === 1 ? '' : 's'} since; download a fresh statement or give a newer --balance-date`
  );
}

function noteText(note: BalanceNote): string {
  if (note.kind === 'no-balance')
    return `${safeText(note.file)} gives no balance, so its account is not in the opening balance; export it with its balance column, or give the total with --balance and --balance-date`;
  if (note.kind === 'none-in-statements') return 'no statement gives a balance, so 0 is assumed; give one with --balance and --balance-date';
  const typed = note.typed.source === 'config' ? 'the config\'s "balance"' : '--balance';
  return `${typed} of ${formatDay(note.typed.day)} is not newer than the statements' balance of ${formatDay(note.statementDay)}, so theirs is used`;
}

/** What the user should hear about the balance, one line each, without the `warning: ` prefix. */
export function balanceWarnings(balance: BalanceReport, options: { readonly stale: boolean }): string[] {
  const lines = balance.notes.map(noteText);
  if (options.stale && balance.stale) lines.push(staleBalanceText(balance));
  return lines;
}
