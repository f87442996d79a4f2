import { z } from '../read/zod.js';
import { currencyOf } from '../domain/currency.js';
import { parseIsoDay } from '../domain/day.js';
import { parseAmount } from '../domain/money.js';
import { fail } from '../read/cell-schemas.js';
import type { ForecastOptions } from '../forecast/options.js';
import { UsageError } from './user-errors.js';

/** The forecast flags as commander hands them over: strings, booleans, or absent. */
export interface RawForecastFlags {
  readonly expenses?: string | undefined;
  readonly bridges?: string | undefined;
  readonly balance?: string | undefined;
  readonly buffer: string;
  readonly asOf?: string | undefined;
  readonly days: string;
  readonly delay: string;
  readonly overdueGrace: string;
  readonly minHistory?: string | undefined;
  readonly currency: string;
  readonly daily?: boolean | undefined;
  readonly json?: boolean | undefined;
  readonly failOnShortfall?: boolean | undefined;
  readonly color: boolean;
}

const wholeDays = (max: number) =>
  z.string().regex(/^\d+$/, { message: 'is not a whole number of days' }).transform(Number)
    .refine((n) => n <= max, { message: `is more than ${max}` });

const flagSchema = z.object({
  currency: z.string().transform((code, ctx) =>
    currencyOf(code) ?? fail(ctx, code, 'is not a currency code', 'use a three-letter ISO 4217 code such as KRW, USD or EUR')),
  asOf: z.string().transform((text, ctx) =>
    parseIsoDay(text) ?? fail(ctx, text, 'is not a date', 'write it as YYYY-MM-DD, e.g. 2026-12-01')),
  days: wholeDays(3660).refine((n) => n >= 1, { message: 'must be at least 1' }),
  delay: wholeDays(3650),
  overdueGrace: wholeDays(3650),
  minHistory: z.string().regex(/^\d+$/, { message: 'is not a whole number of invoices' }).transform(Number).refine((n) => n >= 1, { message: 'must be at least 1' }),
});

const FLAG_NAMES: Record<string, string> = {
  currency: '--currency', asOf: '--as-of', days: '--days', delay: '--delay', overdueGrace: '--overdue-grace', minHistory: '--min-history',
};

/** Validates the flags into forecast options; the first bad flag is a UsageError naming it and its fix. */
export function forecastOptionsFromFlags(flags: RawForecastFlags, today: string): ForecastOptions {
  const parsed = flagSchema.safeParse({
    currency: flags.currency, asOf: flags.asOf ?? today, days: flags.days, delay: flags.delay, overdueGrace: flags.overdueGrace,
    minHistory: flags.minHistory ?? '3',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    const value = (flags as unknown as Record<string, unknown>)[key] ?? today;
    const hint = (issue as { params?: { hint?: string } }).params?.hint ?? 'see cashflow forecast --help';
    throw new UsageError(`${FLAG_NAMES[key] ?? key} "${String(value)}" ${issue.message}`, hint);
  }
  const { currency, asOf, days, delay, overdueGrace, minHistory } = parsed.data;
  const amount = (flag: string, text: string) => {
    const result = parseAmount(text, currency);
    if (!result.ok) throw new UsageError(`${flag} "${text}" ${result.problem}`, result.hint);
    return result.minor;
  };
  return {
    currency, asOf, days, delayDays: delay, overdueGraceDays: overdueGrace, minHistory,
    openingBalance: flags.balance === undefined ? 0 : amount('--balance', flags.balance),
    openingBalanceGiven: flags.balance !== undefined,
    buffer: amount('--buffer', flags.buffer),
  };
}
