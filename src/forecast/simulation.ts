import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Day } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import { bookOf, NO_DAY } from '../domain/invoice-book.js';
import { minor } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import { clientHistories, learnedDelays } from './client-history.js';
import { doubtfulReason } from './doubtful.js';
import { assertSimulationSums } from './forecast-sums.js';
import type { ForecastOptions } from './options.js';
import { horizonEnd } from './options.js';
import { percentile } from './percentile.js';
import { expectedOccurrenceDay, openOccurrences, scheduleEvents } from './schedule.js';

/** A revolving line as the simulation prices deficits with it: rate and how much it can hold. */
export interface SimulatedLine {
  readonly annualRate: number;
  /** Minor units the line can hold (the simulation prices deficits in doubles: an estimate, not money paid). */
  readonly headroom: number;
}

export interface SimulationSettings {
  readonly runs: number;
  readonly seed: number;
  /** Clients with at least this many paid invoices draw from their own history; others from everyone's. */
  readonly minHistory: number;
  /** Revolving lines, cheapest first, that price each run's deficits (the filler of most plans). */
  readonly lines: readonly SimulatedLine[];
  /** The deterministic forecast's windows, to say how often each occurs. */
  readonly windows: ReadonlyArray<{ readonly start: Day; readonly end: Day }>;
  /** Also give each day's 10th and 90th percentile balance (for charts; keeps every run's balances). */
  readonly band?: boolean | undefined;
  /**
   * What a run still short on the horizon's last day means, as the deterministic forecast judges its own window
   * open on that day (README, "Structural, honestly"): true (the default) — structural, it never recovers and no
   * line is priced; false — a timing gap (it recovers after the horizon, or work not yet invoiced likely covers
   * it), so the lines are priced up to the last day like any window.
   */
  readonly openEndStructural?: boolean | undefined;
}

export interface SimulationResult {
  readonly runs: number;
  readonly seed: number;
  /** The chance that an open invoice is not paid inside the horizon (learned, see README). */
  readonly nonPaymentProbability: number;
  readonly shortfallProbability: number;
  /** For each horizon day, the share of runs whose end-of-day balance is below the buffer. */
  readonly dailyShortProbability: readonly number[];
  readonly lowestBalance: { readonly p10: number; readonly p50: number; readonly p90: number };
  /** Mean money paid per run to bridge its recovering windows with the lines. */
  readonly expectedBridgingCost: number;
  /** Share of runs with a window the lines cannot cover, or that never recovers. */
  readonly unbridgedProbability: number;
  /** For each deterministic window, the share of runs in which some day of it is short. */
  readonly windowFrequency: readonly number[];
  /** For each deterministic window, the invoices whose draws can close it: see WindowOdds. */
  readonly windowOdds: readonly WindowOdds[];
  /** Each day's 10th and 90th percentile balance, when asked for. */
  readonly band?: { readonly p10: readonly number[]; readonly p90: readonly number[] } | undefined;
}

/**
 * Why a window can happen in fewer runs than its forecast suggests: `early` — open invoices the forecast expects
 * after the window's first day that a run can pay by its last day (one of them early may close it); `doubtful` —
 * invoices the forecast leaves out as doubtful that a run can pay by its last day.
 */
export interface WindowOdds {
  readonly early: readonly string[];
  readonly doubtful: readonly string[];
}

/** Invoices this far past due and still unpaid are taken as not paying (in the learned non-payment rate). */
export const UNPAID_AFTER_DAYS = 90;

/**
 * The probability that an open invoice does not pay inside the horizon: of the invoices due (or issued, without a
 * due date) at least 90 days before as-of, the share still unpaid. 0 when no invoice is that old.
 */
export function nonPaymentProbability(invoices: Invoices, asOf: Day): number {
  const book = bookOf(invoices);
  const last = asOf - UNPAID_AFTER_DAYS;
  let judged = 0;
  let unpaid = 0;
  for (const invoice of book.rows) {
    if (invoice.repeat !== 'none' || (invoice.due ?? invoice.issued) > last) continue;
    judged += 1;
    if (invoice.paid === undefined) unpaid += 1;
  }
  // The paid rows the book keeps as columns (one-off invoices all) are judged the same way, and none is unpaid.
  if (book.columns !== undefined) {
    const { issued, due, paid, count } = book.columns.of;
    for (let row = 0; row < count; row += 1) if (paid[row] !== NO_DAY && (due[row] === NO_DAY ? issued[row]! : due[row]!) <= last) judged += 1;
  }
  return judged === 0 ? 0 : unpaid / judged;
}

/**
 * Monte Carlo of the balance. Each run pays every open invoice on the day the deterministic forecast expects it,
 * moved by a draw from its client's spread of days-to-pay around their median (bootstrap; everyone's history when
 * the client has too little, as the forecast then uses the default rule; no move when nobody has any), never before
 * as-of; and leaves it unpaid with the learned probability. So the forecast's day is the model's median day, and a
 * window of the forecast is what happens when every invoice pays on its median day at once. Doubtful invoices, which
 * the forecast leaves out, are drawn like the others: the learned non-payment odds judge them here.
 * Runs are independent, so they share typed arrays: one day row per run, filled and prefix-summed in place.
 */
export function simulate(invoices: Invoices, expenses: readonly Expense[], options: ForecastOptions, settings: SimulationSettings): SimulationResult {
  const days = options.days;
  const start = options.asOf;
  const end = horizonEnd(options);
  // Everything but the open invoices is fixed: expenses and VAT payments.
  const base = new Float64Array(days);
  // The schedule without its invoices (no occurrences given), not every invoice's event made to be dropped.
  const fixed = scheduleEvents(invoices, expenses, options, new Map(), []);
  for (const event of fixed) base[event.date - start]! += event.amount;

  const historyList = clientHistories(invoices, options);
  const histories = new Map(historyList.map((history) => [history.client, history]));
  const learned = learnedDelays(historyList, settings.minHistory);
  const pooled = [...histories.values()].flatMap((history) => history.daysToPay).sort((a, b) => a - b);
  const occurrences = openOccurrences(invoices, options);
  const count = occurrences.length;
  const amount = new Float64Array(count);
  // Each occurrence pays on median[k] + (a day count of its sample − the sample's median), never before as-of: the
  // spread of the history around the very day the deterministic forecast expects, which is thus the model's median.
  const median = new Int32Array(count);
  const centre = new Int32Array(count);
  const sampleStart = new Int32Array(count);
  const sampleLength = new Int32Array(count);
  const samples: number[] = [];
  // One copy of each sample (a client's own, or everyone's), however many of its invoices are open.
  const placed = new Map<readonly number[], number>();
  occurrences.forEach((occurrence, k) => {
    amount[k] = occurrence.invoice.amount;
    median[k] = expectedOccurrenceDay(occurrence, options, learned).date;
    const own = histories.get(occurrence.invoice.client);
    const sample = own !== undefined && own.paidCount >= settings.minHistory ? own.daysToPay : pooled;
    if (sample.length === 0) return; // nobody has paid yet: the forecast's day in every run
    let at = placed.get(sample);
    if (at === undefined) {
      at = samples.length;
      placed.set(sample, at);
      // One by one: a spread of a 200,000-invoice history overflows the call stack.
      for (const value of sample) samples.push(value);
    }
    sampleStart[k] = at;
    sampleLength[k] = sample.length;
    // Rounded up like the learned delay (learnedDelays): for an even count either middle day is a median.
    centre[k] = Math.ceil(percentile(sample, 0.5));
  });
  const sampleDays = Int32Array.from(samples);
  const earliest = (k: number) => Math.max(start, median[k]! + (sampleLength[k]! === 0 ? 0 : sampleDays[sampleStart[k]!]! - centre[k]!));
  const isDoubtful = occurrences.map((occurrence) => doubtfulReason(occurrence, options) !== undefined);
  const firstDay = Int32Array.from(occurrences, (_, k) => earliest(k));
  const windowOdds = settings.windows.map((window): WindowOdds => {
    const early: string[] = [];
    const doubtful: string[] = [];
    for (let k = 0; k < count; k += 1) {
      if (firstDay[k]! > window.end) continue;
      if (isDoubtful[k]) doubtful.push(occurrences[k]!.id);
      else if (median[k]! > window.start) early.push(occurrences[k]!.id);
    }
    return { early, doubtful };
  });
  // Every run's balances and gaps are sums of these, so the doubles below add integers exactly.
  assertSimulationSums(options, fixed, { count, amount: (k) => minor(amount[k]!), source: (k) => occurrences[k]!.invoice.source });
  const nonPay = nonPaymentProbability(invoices, start);

  const windowOfDay = new Int32Array(days).fill(-1);
  settings.windows.forEach((window, index) => {
    for (let day = Math.max(window.start, start); day <= Math.min(window.end, end); day += 1) windowOfDay[day - start] = index;
  });
  const windowHits = new Float64Array(settings.windows.length);
  const windowSeen = new Int32Array(settings.windows.length).fill(-1);
  const shortDays = new Float64Array(days);
  const lowest = new Float64Array(settings.runs);
  const lineArea = new Float64Array(settings.lines.length);
  let shortRuns = 0;
  let unbridgedRuns = 0;
  let costTotal = 0;
  const row = new Float64Array(days);
  const rng = xoroshiro128plus(settings.seed);
  // Day-major, so each day's balances across runs are one contiguous slice to sort.
  const all = settings.band === true ? new Float64Array(days * settings.runs) : undefined;

  for (let run = 0; run < settings.runs; run += 1) {
    row.set(base);
    for (let k = 0; k < count; k += 1) {
      if (nonPay > 0 && uniformFloat64(rng) < nonPay) continue;
      const length = sampleLength[k]!;
      const offset = length === 0 ? 0 : sampleDays[sampleStart[k]! + (length === 1 ? 0 : uniformInt(rng, 0, length - 1))]! - centre[k]!;
      // Still open at as-of: it cannot have paid before.
      const index = Math.max(0, median[k]! + offset - start);
      if (index < days) row[index]! += amount[k]!;
    }
    let balance: number = options.openingBalance;
    let min = Infinity;
    let short = false;
    let unbridged = false;
    let inWindow = false;
    let windowCost = 0;
    lineArea.fill(0);
    for (let i = 0; i < days; i += 1) {
      balance += row[i]!;
      if (all !== undefined) all[i * settings.runs + run] = balance;
      if (balance < min) min = balance;
      if (balance < options.buffer) {
        short = true;
        inWindow = true;
        shortDays[i]! += 1;
        const window = windowOfDay[i]!;
        if (window >= 0 && windowSeen[window] !== run) {
          windowSeen[window] = run;
          windowHits[window]! += 1;
        }
        // Cheapest line first takes the gap of the day, up to its headroom.
        let gap = options.buffer - balance;
        for (let l = 0; l < settings.lines.length && gap > 0; l += 1) {
          const take = Math.min(gap, settings.lines[l]!.headroom);
          lineArea[l]! += take;
          gap -= take;
        }
        if (gap > 0) unbridged = true;
      } else if (inWindow) {
        // The window recovered: its cost counts.
        for (let l = 0; l < settings.lines.length; l += 1) windowCost += (lineArea[l]! * settings.lines[l]!.annualRate) / 365;
        lineArea.fill(0);
        inWindow = false;
      }
    }
    if (inWindow) {
      if (settings.openEndStructural === false) {
        for (let l = 0; l < settings.lines.length; l += 1) windowCost += (lineArea[l]! * settings.lines[l]!.annualRate) / 365;
      } else {
        unbridged = true; // still short on the last day: structural, no loan is priced
      }
    }
    lowest[run] = min;
    if (short) shortRuns += 1;
    if (unbridged) unbridgedRuns += 1;
    costTotal += windowCost;
  }

  lowest.sort();
  const sorted = Array.from(lowest);
  let band: SimulationResult['band'];
  if (all !== undefined) {
    const p10: number[] = [];
    const p90: number[] = [];
    for (let i = 0; i < days; i += 1) {
      const column = Array.from(all.subarray(i * settings.runs, (i + 1) * settings.runs).sort());
      p10.push(percentile(column, 0.1));
      p90.push(percentile(column, 0.9));
    }
    band = { p10, p90 };
  }
  return {
    runs: settings.runs,
    seed: settings.seed,
    nonPaymentProbability: nonPay,
    shortfallProbability: shortRuns / settings.runs,
    dailyShortProbability: Array.from(shortDays, (hits) => hits / settings.runs),
    lowestBalance: { p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) },
    expectedBridgingCost: Math.round(costTotal / settings.runs),
    unbridgedProbability: unbridgedRuns / settings.runs,
    windowFrequency: Array.from(windowHits, (hits) => hits / settings.runs),
    windowOdds,
    band,
  };
}
