import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { DecimalStyle, Minor } from '../domain/money.js';
import { parseAmount } from '../domain/money.js';
import type { DayOrder } from '../domain/parse-day.js';
import { parseDayText } from '../domain/parse-day.js';
import { parseRate } from '../domain/parse-rate.js';
import type { Ratio } from '../domain/ratio.js';
import type { Repeat } from '../domain/recurrence.js';
import { REPEATS } from '../domain/recurrence.js';
import { ref } from './issue-words.js';
import { failWith, z } from './zod.js';

// Cell schemas: zod is the one description of what a valid cell is and of the message when it is not.
// Each failure carries a hint (fail, in zod.ts), which the row reader turns into the "how to fix it" part.

export { fail } from './zod.js';

/**
 * A positive amount in minor units of `currency`, read in the column's decimal style; also `\1,500,000` and
 * `1500000.00` for KRW (see exportedAmountText).
 */
export function positiveAmountCell(currency: Currency, style: DecimalStyle = 'point') {
  return z.string().transform((text, ctx): Minor => {
    const parsed = parseAmount(exportedAmountText(text, currency, style), currency, style);
    if (!parsed.ok) return failWith(ctx, text, parsed.reason, parsed.hintReason);
    if (parsed.minor <= 0) return failWith(ctx, text, ref(parsed.minor === 0 ? 'amountZero' : 'amountNegative'), ref('positiveAmountHint'));
    return parsed.minor;
  });
}

/**
 * An amount cell as parseAmount reads it. Korean Excel saving CP949 writes ₩ as byte 0x5C, which every decoder
 * reads as a backslash (`\1,500,000`); and a number format with two decimals writes `1500000.00` for KRW. Decimals
 * beyond the currency's are dropped when they are all zeros, except in `1.000` (`1,000` in a decimal-comma column),
 * which is a thousand where the other convention is used.
 */
export function exportedAmountText(text: string, currency: Currency, style: DecimalStyle): string {
  const start = text.trimStart();
  const marked = start.startsWith('\\') ? `₩${start.slice(1)}` : text;
  const separator = style === 'point' ? '.' : ',';
  const at = marked.lastIndexOf(separator);
  if (at === -1) return marked;
  const fraction = /^\d+/.exec(marked.slice(at + 1))?.[0];
  if (fraction === undefined || fraction.length <= currency.decimals || !/^0+$/.test(fraction.slice(currency.decimals))) return marked;
  const whole = marked.slice(0, at);
  if (fraction.length === 3 && /^\D*\d{1,3}$/.test(whole)) return marked;
  const kept = fraction.slice(0, currency.decimals);
  return `${whole}${kept === '' ? '' : separator + kept}${marked.slice(at + 1 + fraction.length)}`;
}

/** A date in any form parseDayText reads. */
export function dayCell(order?: DayOrder) {
  return z.string().transform((text, ctx): Day => {
    const parsed = parseDayText(text, order);
    return parsed.ok ? parsed.day : failWith(ctx, text, parsed.reason, parsed.hintReason);
  });
}

export const repeatCell = z.string().transform((text, ctx): Repeat => {
  const aliases: Record<string, Repeat> = { 매주: 'weekly', 격주: 'biweekly', 매월: 'monthly', 분기: 'quarterly', 매년: 'yearly', 없음: 'none', once: 'none' };
  const repeat = aliases[text.trim()] ?? text.trim().toLowerCase();
  if ((REPEATS as readonly string[]).includes(repeat)) return repeat as Repeat;
  return failWith(ctx, text, ref('notARepeat'), ref('notARepeatHint', REPEATS));
});

export const rateCell = z.string().transform((text, ctx): Ratio => {
  const parsed = parseRate(text);
  return parsed.ok ? parsed.rate : failWith(ctx, text, parsed.reason, parsed.hintReason);
});

export const vatCell = z.string().transform((text, ctx): boolean => {
  const key = text.trim().toLowerCase();
  if (['taxable', '과세', 'yes', 'y', 'true', 'vat'].includes(key)) return true;
  if (['exempt', '면세', 'no', 'n', 'false', 'none'].includes(key)) return false;
  return failWith(ctx, text, ref('notAVatType'), ref('notAVatTypeHint'));
});

export const textCell = z.string().transform((text, ctx): string => (text.length > 500 ? failWith(ctx, text, ref('textTooLong'), ref('correctCell')) : text));
