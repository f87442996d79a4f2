import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { addDays } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { TaxProfile } from '../domain/tax-calendar.js';

/** Everything a forecast depends on besides the invoices and expenses. The clock is not among them: asOf is. */
export interface ForecastOptions {
  readonly currency: Currency;
  /** The first day of the horizon; the opening balance is the balance at its start. */
  readonly asOf: Day;
  /** Horizon length: the days asOf … asOf + days − 1. */
  readonly days: number;
  readonly openingBalance: Minor;
  /** False when the user gave no balance and 0 was assumed, so the report can say so. */
  readonly openingBalanceGiven: boolean;
  /** A day whose end-of-day balance is below this is a shortfall day. */
  readonly buffer: Minor;
  /** Clients are assumed to pay this many days after issuing, unless the due date is later. */
  readonly delayDays: number;
  /** An overdue invoice is expected this many days after as-of. */
  readonly overdueGraceDays: number;
  /** Clients with at least this many paid invoices are expected to pay after their median days-to-pay. */
  readonly minHistory?: number | undefined;
  /** An open invoice this many days past due is doubtful: listed, not counted as cash (default 90, see doubtful.ts). */
  readonly doubtfulAfterDays?: number | undefined;
  /** Stress: every open invoice pays this many days later than its expected day. */
  readonly extraDelayDays?: number | undefined;
  /** Input rows left out by --skip-invalid, so the report can say the forecast is incomplete. */
  readonly skippedRows?: number | undefined;
  /**
   * The day at whose end the balance was known (a statement's last day, --balance-date); as-of − 1 when undefined.
   * What the books schedule after it is either caught up into the opening balance (before as-of) or projected: a
   * retainer issued after it is not in that balance even when issued before as-of.
   */
  readonly balanceDay?: Day | undefined;
  /** A dated balance older than this many days is stale: a warning, and `check` fails. Default 7. */
  readonly maxBalanceAgeDays?: number | undefined;
  /** The config's Korean tax profile (issue 16): the tax calendar's events join the schedule. */
  readonly taxProfile?: TaxProfile | undefined;
}

/** The first day whose cash is not in the known balance: the day after balanceDay, as-of by default. */
export function scheduleStart(options: Pick<ForecastOptions, 'asOf' | 'balanceDay'>): Day {
  return options.balanceDay === undefined ? options.asOf : addDays(options.balanceDay, 1);
}

/** The last day of the horizon. */
export function horizonEnd(options: Pick<ForecastOptions, 'asOf' | 'days'>): Day {
  return addDays(options.asOf, options.days - 1);
}
