import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import { tableDay } from '../i18n/day-text.js';
import type { Lang } from '../i18n/lang.js';
import { OPEN_WINDOW } from '../i18n/messages/open-window.js';
import { safeText } from './safe-text.js';

/** The Recovers cell of a window: its day, the day after the horizon it comes back, or why it has none. */
export function recoversCell(window: ShortfallWindow, lang: Lang = 'en'): string {
  const text = OPEN_WINDOW[lang];
  if (window.recovery !== undefined) return tableDay(window.recovery);
  if (window.recoversAfterHorizon !== undefined) return text.recoversAfterCell(window.recoversAfterHorizon.date);
  return window.structural ? text.neverCell() : text.likelyCoveredCell();
}

/**
 * What the window still open on the last horizon day means, sentence by sentence (the renderers join them into one
 * paragraph broken for the width): when it recovers after the horizon and on which invoice, or how the horizon's
 * spending compares with what the user invoices.
 * Empty for a window that recovers inside the horizon. `asOf` is the day Korean dates leave their year out for.
 */
export function openWindowLines(window: ShortfallWindow, currency: Currency, lang: Lang = 'en', asOf: Day = window.start): string[] {
  if (window.recovery !== undefined) return [];
  const text = OPEN_WINDOW[lang];
  const after = window.recoversAfterHorizon;
  if (after !== undefined) return [...text.recoversAfterHorizon(after.date, safeText(after.invoice), safeText(after.client), asOf)];
  const spending = window.spendingPerMonth ?? minor(0);
  const money = { currency, asOf };
  const rate = window.runRate;
  if (rate === undefined) return [...text.structuralWithoutRunRate(spending, money)];
  return [...(window.structural ? text.structural(spending, rate, money) : text.likelyCovered(spending, rate, money))];
}

/** The same, as one sentence for JSON notes and check lines. */
export function openWindowNote(window: ShortfallWindow, currency: Currency, lang: Lang = 'en', asOf: Day = window.start): string | undefined {
  const lines = openWindowLines(window, currency, lang, asOf);
  return lines.length === 0 ? undefined : lines.join(' ');
}
