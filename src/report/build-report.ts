import type { WindowBridge } from '../bridge/bridge-forecast.js';
import { bridgeForecast } from '../bridge/bridge-forecast.js';
import { withExpenseLevers } from '../bridge/expense-levers.js';
import { simulatedLines } from '../bridge/simulated-lines.js';
import type { Invoices } from '../domain/invoice-book.js';
import type { Minor } from '../domain/money.js';
import { addMinor, minor, subMinor } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import type { CatchUp } from '../forecast/catch-up.js';
import { catchUp } from '../forecast/catch-up.js';
import type { EverydayAssumption } from '../forecast/everyday-outflow.js';
import type { ForecastReport } from '../forecast/forecast-report.js';
import { buildForecast } from '../forecast/forecast-report.js';
import type { LearnedExpenseUse } from '../forecast/learned-expenses.js';
import type { ForecastOptions } from '../forecast/options.js';
import { simulate } from '../forecast/simulation.js';
import type { StartingBalance } from '../forecast/starting-balance.js';
import { typedStartingBalance } from '../forecast/starting-balance.js';
import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { ReportGapMessages } from '../i18n/messages/report-gaps.js';
import { REPORT_GAPS } from '../i18n/messages/report-gaps.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import type { BalanceReport, CashflowReport, ReportGap, ReportWindow, ScenarioRow, StatementPayments, WindowBridging } from './cashflow-report.js';
import { isIllegal, pricedOption } from './priced-option.js';

/** What the report is built from: the rows read from the user's files. */
export interface ReportInputs {
  /** The invoices, or a large plain file's book of them whose paid rows stay columns (see InvoiceBook). */
  readonly invoices: Invoices;
  readonly expenses: readonly Expense[];
  /**
   * The balance and its day (statements, a dated --balance): the opening balance is then this balance caught up to
   * as-of, and `options.openingBalance` is not read. Undefined: the opening balance is the options' own.
   */
  readonly balance?: StartingBalance | undefined;
  /** What the --bank statements paid of the invoices (already applied to `invoices`): for the report to say so. */
  readonly paidByStatement?: StatementPayments | undefined;
  /** The expenses learned from the statements (`expenses` holds their rows already), and what each replaces. */
  readonly learnedExpenses?: readonly LearnedExpenseUse[] | undefined;
  /** The everyday spending counted (`expenses` holds its daily rows already). */
  readonly everyday?: EverydayAssumption | undefined;
}

/** A dated balance is stale after this many days unless the options say otherwise. */
export const DEFAULT_MAX_BALANCE_AGE_DAYS = 7;

/** The parts of a report only some commands ask for. */
export interface ReportExtras {
  /** Stress: the report again with every open invoice paid this many days later, one row each. */
  readonly scenarios?: readonly number[] | undefined;
  /** The Monte Carlo of client payments; `band` keeps each day's p10/p90 balance for charts. */
  readonly simulation?: { readonly runs: number; readonly seed: number; readonly band: boolean } | undefined;
  /** Windows starting within this many days of as-of are `soon` (default: the whole horizon). */
  readonly withinDays?: number | undefined;
}

/**
 * The one report of a run: the projection, each shortfall window with its own bridging, totals computed once,
 * scenarios, the simulation and every client's history. Pure: the clock is `options.asOf`.
 */
export function buildReport(inputs: ReportInputs, given: ForecastOptions, catalogue: Catalogue, extras: ReportExtras = {}): CashflowReport {
  const start =
    inputs.balance ??
    typedStartingBalance(given.openingBalanceGiven ? { amount: given.openingBalance, day: undefined, source: '--balance' } : undefined, given.asOf);
  const dated: ForecastOptions = { ...given, balanceDay: start.day };
  const caught = catchUp(inputs.invoices, inputs.expenses, dated, start);
  const options: ForecastOptions = { ...dated, openingBalance: caught.opening, openingBalanceGiven: start.source !== undefined };
  const forecast = buildForecast(inputs.invoices, inputs.expenses, options);
  const windows = bridgeForecast(forecast, { catalogue: withExpenseLevers(catalogue, forecast.events) }).map(reportWindow);
  if (windows.length !== forecast.shortfalls.length) throw new Error('bridging lost a shortfall window');
  const within = extras.withinDays ?? options.days;
  return {
    options: forecast.options,
    horizon: forecast.horizon,
    summary: {
      ...forecast.summary,
      bridgingCost: bridgingCost(windows),
      shortSince: caught.shortSince,
      safeToSpend: safeToSpend(forecast),
      doubtfulTotal: doubtfulTotal(forecast),
    },
    events: forecast.events,
    days: forecast.days,
    windows,
    soon: windows.filter((window) => window.start < options.asOf + within),
    scenarios: (extras.scenarios ?? []).map((extraDelayDays) => scenarioRow(inputs, { ...options, extraDelayDays }, catalogue)),
    simulation:
      extras.simulation === undefined
        ? undefined
        : simulate(inputs.invoices, inputs.expenses, options, {
            runs: extras.simulation.runs,
            seed: extras.simulation.seed,
            // The forecast's own threshold (learnedDelays there takes none as Infinity): one rule for both.
            minHistory: options.minHistory ?? Infinity,
            windows: forecast.shortfalls,
            // A run short on the last day is judged as the forecast judges its own window open then; a forecast whose
            // books recover inside the horizon makes such a run a late draw, not a structural gap.
            openEndStructural: forecast.shortfalls.some((window) => window.recovery === undefined && window.structural),
            lines: simulatedLines(catalogue, options.currency),
            band: extras.simulation.band,
          }),
    clients: forecast.clients.map((history) => ({ ...history, learnedDelayDays: forecast.learned.get(history.client)?.medianDays })),
    expenseRules: inputs.expenses,
    learnedExpenses: inputs.learnedExpenses ?? [],
    everyday: inputs.everyday,
    balance: balanceReport(start, caught, options, inputs.paidByStatement ?? { paid: [], partial: [] }),
    doubtful: forecast.doubtful,
    writtenOff: forecast.writtenOff,
    taxCovered: forecast.taxCovered,
    gaps: reportGaps(inputs, forecast),
  };
}

/** The doubtful invoices' cash, summed once here. */
function doubtfulTotal(forecast: ForecastReport): Minor {
  let total = minor(0);
  for (const entry of forecast.doubtful) total = addMinor(total, entry.amount);
  return total;
}

/** The gaps a forecast would otherwise keep quiet about. */
function reportGaps(inputs: ReportInputs, forecast: ForecastReport): ReportGap[] {
  if (forecast.events.some((event) => event.kind === 'expense')) return [];
  const reason: MessageRef<ReportGapMessages> = { id: inputs.expenses.length === 0 ? 'noExpenses' : 'noExpenseInHorizon', params: [] };
  return [{ kind: 'no-expenses', message: say(REPORT_GAPS, 'en', reason), reason }];
}

function balanceReport(start: StartingBalance, caught: CatchUp, options: ForecastOptions, paidByStatement: StatementPayments): BalanceReport {
  const ageDays = options.asOf - start.day - 1;
  const maxAgeDays = options.maxBalanceAgeDays ?? DEFAULT_MAX_BALANCE_AGE_DAYS;
  return {
    amount: start.amount,
    day: start.day,
    source: start.source,
    dated: start.dated,
    ageDays,
    maxAgeDays,
    stale: start.dated && ageDays > maxAgeDays,
    statements: start.statements,
    caughtUp: caught.events,
    notes: start.notes,
    paidByStatement,
  };
}

/** See ReportSummary.safeToSpend. */
function safeToSpend(forecast: ForecastReport): Minor {
  return forecast.shortfalls.length > 0 ? minor(0) : subMinor(forecast.summary.lowestBalance, forecast.options.buffer);
}

/** Money paid by the plans of all windows: the one place this total is made. */
function bridgingCost(windows: readonly ReportWindow[]): Minor {
  let total = minor(0);
  for (const window of windows) total = addMinor(total, window.bridging.plan?.totalCost ?? minor(0));
  return total;
}

/** A stress row is exactly a separate report of the same books with the extra delay. */
function scenarioRow(inputs: ReportInputs, options: ForecastOptions, catalogue: Catalogue): ScenarioRow {
  const report = buildReport(inputs, options, catalogue);
  return {
    extraDelayDays: options.extraDelayDays ?? 0,
    firstShortfall: report.summary.firstShortfall,
    lowestBalance: report.summary.lowestBalance,
    lowestDate: report.summary.lowestDate,
    shortfallCount: report.summary.shortfallCount,
    bridgingCost: report.summary.bridgingCost,
    structural: report.windows.some((window) => window.structural),
    unplannedWindows: report.windows.filter((window) => window.bridging.plan === undefined).length,
  };
}

function reportWindow(bridge: WindowBridge): ReportWindow {
  const alternatives = bridge.alternatives.map(pricedOption);
  const bridging: WindowBridging = {
    need: bridge.need,
    plan: bridge.plan,
    nextBest: bridge.nextBest,
    alternatives,
    deterrents: alternatives.filter((alternative) => alternative.quote.feasible && isIllegal(alternative)),
    askEarly: bridge.askEarly,
  };
  return { ...bridge.window, bridging };
}
