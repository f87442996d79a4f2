import type { Command } from 'commander';
import { currencyOf } from '../domain/currency.js';
import { minor, parseAmount } from '../domain/money.js';
import type { DayOrder } from '../domain/parse-day.js';
import { parseDayText } from '../domain/parse-day.js';
import type { TaxProfile } from '../domain/tax-calendar.js';
import { DEFAULT_DOUBTFUL_AFTER_DAYS } from '../forecast/doubtful.js';
import type { ForecastOptions } from '../forecast/options.js';
import type { TypedBalance } from '../forecast/starting-balance.js';
import { ref } from '../read/issue-words.js';
import { failWith, z } from '../read/zod.js';
import { addLearnOptions } from './learn-flags.js';
import { dayOrderFlag, flagIssueError } from './read-flags.js';
import { flagValueError, usageError } from './user-errors.js';
import type { WholeNumberRange } from './whole-number-flag.js';
import { wholeNumberFlag } from './whole-number-flag.js';

/** The forecast flags as commander hands them over: strings, booleans, or absent. */
export interface RawForecastFlags {
  readonly expenses?: string | undefined;
  readonly bridges?: string | undefined;
  readonly balance?: string | undefined;
  /** Set by the config merge when `balance` came from the config file, so the report can name its source. */
  readonly balanceFrom?: 'config' | undefined;
  readonly balanceDate?: string | undefined;
  readonly maxBalanceAge?: string | undefined;
  readonly bank?: readonly string[] | undefined;
  readonly buffer: string;
  readonly asOf?: string | undefined;
  /** --date-format: how --as-of reads 01/12/2026, as the files do. */
  readonly dateFormat?: string | undefined;
  readonly days: string;
  readonly delay: string;
  readonly overdueGrace: string;
  readonly minHistory?: string | undefined;
  /** --doubtful-after: days past due after which an open invoice is doubtful (default 90). */
  readonly doubtfulAfter?: string | undefined;
  readonly currency: string;
  readonly daily?: boolean | undefined;
  readonly json?: boolean | undefined;
  readonly failOnShortfall?: boolean | undefined;
  readonly color: boolean;
  /** The config's "tax" profile: no flag, the config merge sets it. */
  readonly taxProfile?: TaxProfile | undefined;
}

// --as-of and --balance-date read dates alike, in every form a date cell takes (parseDayText), so a date copied
// from the file works as a flag.
const dayFlag = (order: DayOrder | undefined) =>
  z.string().transform((text, ctx) => {
    const parsed = parseDayText(text, order);
    return parsed.ok ? parsed.day : failWith(ctx, text, parsed.reason, parsed.hintReason);
  });

const flagSchema = (order: DayOrder | undefined) =>
  z.object({
    currency: z.string().transform((code, ctx) => currencyOf(code) ?? failWith(ctx, code, ref('notACurrency'), ref('currencyFlagHint'))),
    asOf: dayFlag(order),
    balanceDate: dayFlag(order).optional(),
  });

const FLAG_NAMES: Record<string, string> = { currency: '--currency', asOf: '--as-of', balanceDate: '--balance-date' };

/** The horizon and the delays, in days, and the paid invoices a client needs before its own history counts. */
const HORIZON_DAYS: WholeNumberRange = { min: 1, max: 3660 };
const DELAY_DAYS: WholeNumberRange = { min: 0, max: 3650 };
const MIN_HISTORY: WholeNumberRange = { min: 1, max: 1_000_000 };
const BALANCE_AGE_DAYS: WholeNumberRange = { min: 0, max: 3650 };
// 1 at least: at 0 every invoice past its due day would be doubtful, even one a day late.
const DOUBTFUL_DAYS: WholeNumberRange = { min: 1, max: 3650 };

/** Validates the flags into forecast options; the first bad flag is a UsageError naming it and its fix. */
export function forecastOptionsFromFlags(flags: RawForecastFlags, today: string): ForecastOptions {
  const { currency, asOf } = parsedFlags(flags, today);
  const days = wholeNumberFlag('--days', flags.days, HORIZON_DAYS);
  const delay = wholeNumberFlag('--delay', flags.delay, DELAY_DAYS);
  const overdueGrace = wholeNumberFlag('--overdue-grace', flags.overdueGrace, DELAY_DAYS);
  const minHistory = wholeNumberFlag('--min-history', flags.minHistory ?? '3', MIN_HISTORY);
  const maxBalanceAge = wholeNumberFlag('--max-balance-age', flags.maxBalanceAge ?? '7', BALANCE_AGE_DAYS);
  const doubtfulAfter = wholeNumberFlag('--doubtful-after', flags.doubtfulAfter ?? String(DEFAULT_DOUBTFUL_AFTER_DAYS), DOUBTFUL_DAYS);
  const amount = (flag: string, text: string) => {
    const result = parseAmount(text, currency);
    if (!result.ok) throw flagValueError(`${flag} "${text}"`, result.reason, result.hintReason);
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
    maxBalanceAgeDays: maxBalanceAge,
    doubtfulAfterDays: doubtfulAfter,
    ...(flags.taxProfile === undefined ? {} : { taxProfile: flags.taxProfile }),
  };
}

/**
 * The balance the user typed, with its --balance-date; undefined without --balance. `options` are the flags' own
 * (forecastOptionsFromFlags), which hold the amount already read.
 */
export function typedBalanceFromFlags(flags: RawForecastFlags, options: ForecastOptions, today: string): TypedBalance | undefined {
  const { balanceDate } = parsedFlags(flags, today);
  if (flags.balance === undefined) {
    if (balanceDate === undefined) return undefined;
    throw usageError(ref('balanceDateAlone'), ref('balanceDateAloneHint'));
  }
  if (balanceDate !== undefined && balanceDate >= options.asOf) {
    throw usageError(ref('balanceDateNotBefore', balanceDate, options.asOf), ref('balanceDateNotBeforeHint'));
  }
  return { amount: options.openingBalance, day: balanceDate, source: flags.balanceFrom === 'config' ? 'config' : '--balance' };
}

function parsedFlags(flags: RawForecastFlags, today: string) {
  const parsed = flagSchema(dayOrderFlag(flags.dateFormat)).safeParse({ currency: flags.currency, asOf: flags.asOf ?? today, balanceDate: flags.balanceDate });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    const value = (flags as unknown as Record<string, unknown>)[key] ?? today;
    throw flagIssueError(`${FLAG_NAMES[key] ?? key} "${String(value)}"`, issue);
  }
  return parsed.data;
}

/**
 * --bank FILE, repeatable: one statement per account; and how its deposits are matched to the invoices (the
 * forecast takes the invoices they pay as paid).
 */
export function addBankOption(command: Command): Command {
  return command
    .option(
      '--bank <file>',
      "a bank statement, one account's (CSV, xlsx, xls): the balance and its date come from it (repeatable)",
      (file: string, previous: string[]) => [...previous, file],
      [],
    )
    .option(
      '--fee-tolerance <amount>',
      'how much less than an invoice a deposit may be and still pay it (a bank fee; default 1,000 won, 15 in other currencies)',
    )
    .option('--fx-tolerance <rate>', 'for invoices in another currency, how far the deposit may be from the converted amount, in per cent', '3');
}

/**
 * --bank, --balance-date and --max-balance-age: the flags of a dated balance, on every command that forecasts; and
 * --learn-expenses, --everyday, which learn from the same statements.
 */
export function addBalanceOptions(command: Command): Command {
  return addLearnOptions(addBankOption(command))
    .option('--balance-date <date>', 'the day --balance is the balance at the end of, YYYY-MM-DD (default: the day before --as-of)')
    .option('--max-balance-age <days>', 'warn (and make check fail) when the balance is older than this many days', '7')
    .option(
      '--doubtful-after <days>',
      `an open invoice this many days past due is doubtful: listed, not counted as cash (default ${DEFAULT_DOUBTFUL_AFTER_DAYS})`,
    );
}
