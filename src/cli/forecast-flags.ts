import { currencyOf } from '../domain/currency.js';
import { minor, parseAmount } from '../domain/money.js';
import type { DayOrder } from '../domain/parse-day.js';
import { parseDayText } from '../domain/parse-day.js';
import type { ForecastOptions } from '../forecast/options.js';
import { fail, hintOf, z } from '../read/zod.js';
import { dayOrderFlag } from './read-flags.js';
import { UsageError } from './user-errors.js';
import type { WholeNumberRange } from './whole-number-flag.js';
import { wholeNumberFlag } from './whole-number-flag.js';

/** The forecast flags as commander hands them over: strings, booleans, or absent. */
export interface RawForecastFlags {
  readonly expenses?: string | undefined;
  readonly bridges?: string | undefined;
  readonly balance?: string | undefined;
  readonly buffer: string;
  readonly asOf?: string | undefined;
  /** --date-format: how --as-of reads 01/12/2026, as the files do. */
  readonly dateFormat?: string | undefined;
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

const flagSchema = (order: DayOrder | undefined) =>
  z.object({
    currency: z
      .string()
      .transform((code, ctx) => currencyOf(code) ?? fail(ctx, code, 'is not a currency code', 'use a three-letter ISO 4217 code such as KRW, USD or EUR')),
    // Every form a date cell takes (parseDayText), so a date copied from the file works as a flag.
    asOf: z.string().transform((text, ctx) => {
      const parsed = parseDayText(text, order);
      return parsed.ok ? parsed.day : fail(ctx, text, parsed.problem, parsed.hint);
    }),
  });

const FLAG_NAMES: Record<string, string> = { currency: '--currency', asOf: '--as-of' };

/** The horizon and the delays, in days, and the paid invoices a client needs before its own history counts. */
const HORIZON_DAYS: WholeNumberRange = { min: 1, max: 3660 };
const DELAY_DAYS: WholeNumberRange = { min: 0, max: 3650 };
const MIN_HISTORY: WholeNumberRange = { min: 1, max: 1_000_000 };

/** Validates the flags into forecast options; the first bad flag is a UsageError naming it and its fix. */
export function forecastOptionsFromFlags(flags: RawForecastFlags, today: string): ForecastOptions {
  const parsed = flagSchema(dayOrderFlag(flags.dateFormat)).safeParse({ currency: flags.currency, asOf: flags.asOf ?? today });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    const value = (flags as unknown as Record<string, unknown>)[key] ?? today;
    throw new UsageError(`${FLAG_NAMES[key] ?? key} "${String(value)}" ${issue.message}`, hintOf(issue) ?? 'see --help');
  }
  const { currency, asOf } = parsed.data;
  const days = wholeNumberFlag('--days', flags.days, HORIZON_DAYS);
  const delay = wholeNumberFlag('--delay', flags.delay, DELAY_DAYS);
  const overdueGrace = wholeNumberFlag('--overdue-grace', flags.overdueGrace, DELAY_DAYS);
  const minHistory = wholeNumberFlag('--min-history', flags.minHistory ?? '3', MIN_HISTORY);
  const amount = (flag: string, text: string) => {
    const result = parseAmount(text, currency);
    if (!result.ok) throw new UsageError(`${flag} "${text}" ${result.problem}`, result.hint);
    return result.minor;
  };
  return {
    currency,
    asOf,
    days,
    delayDays: delay,
    overdueGraceDays: overdueGrace,
    minHistory,
    openingBalance: flags.balance === undefined ? minor(0) : amount('--balance', flags.balance),
    openingBalanceGiven: flags.balance !== undefined,
    buffer: amount('--buffer', flags.buffer),
  };
}
