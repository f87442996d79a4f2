import { z } from 'zod';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { parseIsoDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { parseAmount } from '../domain/money.js';
import type { Repeat } from '../domain/recurrence.js';
import { REPEATS } from '../domain/recurrence.js';

// Cell schemas: zod is the one description of what a valid cell is and of the message when it is not.
// Each failure carries a hint in `params`, which the row reader turns into the "how to fix it" part.

/** Fails a zod string transform with a problem and a hint for the user; returns z.NEVER. */
export function fail(ctx: z.RefinementCtx<string>, input: string, problem: string, hint: string): never {
  ctx.issues.push({ code: 'custom', message: problem, input, params: { hint } });
  return z.NEVER as never;
}

/** A positive amount in minor units of `currency`. */
export function positiveAmountCell(currency: Currency) {
  return z.string().transform((text, ctx): Minor => {
    const parsed = parseAmount(text, currency);
    if (!parsed.ok) return fail(ctx, text, parsed.problem, parsed.hint);
    if (parsed.minor <= 0) {
      return fail(ctx, text, 'must be greater than zero', 'write the amount as a positive number; the column says whether money comes in or goes out');
    }
    return parsed.minor;
  });
}

export const dayCell = z.string().transform((text, ctx): Day => {
  const day = parseIsoDay(text);
  if (day !== undefined) return day;
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? fail(ctx, text, 'is not a day of the calendar', 'check the month and the day, e.g. 2026-02-28')
    : fail(ctx, text, 'is not a date', 'write dates as YYYY-MM-DD, e.g. 2026-12-01');
});

export const repeatCell = z.string().transform((text, ctx): Repeat => {
  const repeat = text.toLowerCase();
  if ((REPEATS as readonly string[]).includes(repeat)) return repeat as Repeat;
  return fail(ctx, text, 'is not a repeat rule', `use one of ${REPEATS.join(', ')}`);
});

export const textCell = z.string().max(500, { message: 'is longer than 500 characters' });
