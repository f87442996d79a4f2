import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney, minor } from '../domain/money.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import { safeText } from './safe-text.js';

/** The Recovers cell of a window: its day, the day after the horizon it comes back, or why it has none. */
export function recoversCell(window: ShortfallWindow): string {
  if (window.recovery !== undefined) return formatDay(window.recovery);
  if (window.recoversAfterHorizon !== undefined) return `${formatDay(window.recoversAfterHorizon.date)} (after)`;
  return window.structural ? 'never (structural)' : 'likely covered';
}

/**
 * What the window still open on the last horizon day means, in sentences of at most ~80 columns: when it recovers
 * after the horizon and on which invoice, or how the horizon's spending compares with what the user invoices.
 * Empty for a window that recovers inside the horizon.
 */
export function openWindowLines(window: ShortfallWindow, currency: Currency): string[] {
  if (window.recovery !== undefined) return [];
  const money = (amount: Minor) => formatMoney(amount, currency);
  const after = window.recoversAfterHorizon;
  if (after !== undefined) {
    return [
      `Recovers on ${formatDay(after.date)}, after the horizon: a timing gap, not structural;`,
      `${safeText(after.invoice)} (${safeText(after.client)}) is expected then.`,
    ];
  }
  const spending = `the horizon spends ${money(window.spendingPerMonth ?? minor(0))} a month`;
  const rate = window.runRate;
  if (rate === undefined) {
    return [`Structural: ${spending} and no whole month of invoices sets it off.`, 'Cut costs or raise income.'];
  }
  const average = `you invoiced ${money(rate.perMonth)} a month on average`;
  const months = `(${rate.months} month${rate.months === 1 ? '' : 's'}, ${formatDay(rate.from)} → ${formatDay(rate.to)})`;
  if (window.structural) return [`Structural: ${spending}, more than`, `${average} ${months}.`, 'Cut costs or raise income.'];
  return [
    `Likely covered by work not yet invoiced: ${average}`,
    `${months} and ${spending}.`,
    'List planned work as future-dated invoices to see the day it recovers.',
  ];
}

/** The same, as one sentence for JSON notes and check lines. */
export function openWindowNote(window: ShortfallWindow, currency: Currency): string | undefined {
  const lines = openWindowLines(window, currency);
  return lines.length === 0 ? undefined : lines.join(' ');
}
