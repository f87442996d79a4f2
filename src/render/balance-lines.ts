import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { BalanceNote } from '../forecast/starting-balance.js';
import type { Lang } from '../i18n/lang.js';
import { BALANCE } from '../i18n/messages/balance.js';
import type { BalanceReport } from '../report/cashflow-report.js';
import { safeText } from './safe-text.js';

/** The as-of day the balance's age is counted to (ageDays is as-of − day − 1): Korean days leave its year out. */
function asOfOf(balance: BalanceReport): Day {
  return addDays(balance.day, balance.ageDays + 1);
}

/** `nh.csv:11 (the end of 2026-12-01)`: where the balance is from and which day it is of. */
export function balanceOrigin(balance: BalanceReport, lang: Lang = 'en'): string {
  return BALANCE[lang].origin(balance.source === undefined ? undefined : safeText(balance.source), balance.day, asOfOf(balance));
}

/** The stale balance in one sentence: `check` prints it as a line of its own, other commands as a warning. */
export function staleBalanceText(balance: BalanceReport, lang: Lang = 'en'): string {
  const assumed = balance.caughtUp.filter((event) => event.assumed).length;
  return BALANCE[lang].stale(balance.ageDays, balanceOrigin(balance, lang), balance.maxAgeDays, assumed);
}

function noteText(note: BalanceNote, asOf: Day, lang: Lang): string {
  const text = BALANCE[lang];
  if (note.kind === 'no-balance') return text.noBalanceInFile(safeText(note.file));
  if (note.kind === 'none-in-statements') return text.noBalanceAtAll();
  return text.typedNotNewer(note.typed.source, note.typed.day, note.statementDay, asOf);
}

/** What the user should hear about the balance, one line each, without the `warning: ` prefix. */
export function balanceWarnings(balance: BalanceReport, options: { readonly stale: boolean }, lang: Lang = 'en'): string[] {
  const lines = balance.notes.map((note) => noteText(note, asOfOf(balance), lang));
  if (options.stale && balance.stale) lines.push(staleBalanceText(balance, lang));
  return lines;
}
