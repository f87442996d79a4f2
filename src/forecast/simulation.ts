import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Day } from '../domain/day.js';
import { minor } from '../domain/money.js';
import type { Expense, Invoice } from '../domain/types.js';
import { clientHistories } from './client-history.js';
import { expectedCashDay } from './expected-cash-day.js';
import { assertSimulationSums } from './forecast-sums.js';
import type { ForecastOptions } from './options.js';
import { horizonEnd } from './options.js';
import { percentile } from './percentile.js';
import { openOccurrences, scheduleEvents } from './schedule.js';

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
  /** Each day's 10th and 90th percentile balance, when asked for. */
  readonly band?: { readonly p10: readonly number[]; readonly p90: readonly number[] } | undefined;
}

/** Invoices this far past due and still unpaid are taken as not paying (in the learned non-payment rate). */
export const UNPAID_AFTER_DAYS = 90;

/**
 * The probability that an open invoice does not pay inside the horizon: of the invoices due (or issued, without a
 * due date) at least 90 days before as-of, the share still unpaid. 0 when no invoice is that old.
 */
export function nonPaymentProbability(invoices: readonly Invoice[], asOf: Day): number {
  const judged = invoices.filter((invoice) => invoice.repeat === 'none' && (invoice.due ?? invoice.issued) <= asOf - UNPAID_AFTER_DAYS);
  if (judged.length === 0) return 0;
  return judged.filter((invoice) => invoice.paid === undefined).length / judged.length;
}

/**
 * Monte Carlo of the balance. Each run draws every open invoice's days-to-pay from its client's paid history
 * (bootstrap; from everyone's history when the client has too little; the forecast rule when nobody has any),
 * conditioned on the invoice still being open at as-of, and leaves it unpaid with the learned probability.
 * Runs are independent, so they share typed arrays: one day row per run, filled and prefix-summed in place.
 */
export function simulate(invoices: readonly Invoice[], expenses: readonly Expense[], options: ForecastOptions, settings: SimulationSettings): SimulationResult {
  const days = options.days;
  const start = options.asOf;
  const end = horizonEnd(options);
  // Everything but the open invoices is fixed: expenses and VAT payments.
  const base = new Float64Array(days);
  const fixed = scheduleEvents(invoices, expenses, options).filter((event) => event.kind !== 'invoice');
  for (const event of fixed) base[event.date - start]! += event.amount;

  const histories = new Map(clientHistories(invoices, options).map((history) => [history.client, history]));
  const pooled = [...histories.values()].flatMap((history) => history.daysToPay).sort((a, b) => a - b);
  const occurrences = openOccurrences(invoices, options);
  const count = occurrences.length;
  const amount = new Float64Array(count);
  const issued = new Int32Array(count);
  const fixedDay = new Int32Array(count);
  const tailStart = new Int32Array(count);
  const tailLength = new Int32Array(count);
  const samples: number[] = [];
  occurrences.forEach((occurrence, k) => {
    amount[k] = occurrence.invoice.amount;
    issued[k] = occurrence.issued;
    const own = histories.get(occurrence.invoice.client);
    const sample = own !== undefined && own.paidCount >= settings.minHistory ? own.daysToPay : pooled;
    // Still open at as-of: only days-to-pay of at least its age can happen.
    const age = start - occurrence.issued;
    const from = sample.findIndex((value) => value >= age);
    if (sample.length > 0 && from >= 0) {
      tailStart[k] = samples.length;
      tailLength[k] = sample.length - from;
      // One by one: a spread of a 200,000-invoice history overflows the call stack.
      for (let index = from; index < sample.length; index += 1) samples.push(sample[index]!);
    } else {
      // No history at all: the forecast rule; history but none this late: overdue, after the grace period.
      fixedDay[k] = sample.length === 0 ? expectedCashDay(occurrence.issued, occurrence.due, options).date : start + options.overdueGraceDays;
    }
  });
  const sampleDays = Int32Array.from(samples);
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
      const length = tailLength[k]!;
      const day = length > 0 ? issued[k]! + sampleDays[tailStart[k]! + (length === 1 ? 0 : uniformInt(rng, 0, length - 1))]! : fixedDay[k]!;
      const index = day - start;
      if (index >= 0 && index < days) row[index]! += amount[k]!;
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
    if (inWindow) unbridged = true; // still short on the last day: structural, no loan is priced
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
    band,
  };
}
