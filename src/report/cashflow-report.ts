import type { EarlyPaymentTarget } from '../bridge/ask-early.js';
import type { BridgeReason } from '../bridge/bridge-reason.js';
import type { Need } from '../bridge/need.js';
import type { Plan } from '../bridge/optimiser.js';
import type { FeasibleQuote, Quote } from '../bridge/quote.js';
import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import type { CaughtUpEvent } from '../forecast/catch-up.js';
import type { ClientHistory } from '../forecast/client-history.js';
import type { EverydayAssumption } from '../forecast/everyday-outflow.js';
import type { ForecastReport, ForecastSummary } from '../forecast/forecast-report.js';
import type { LearnedExpenseUse } from '../forecast/learned-expenses.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import type { SimulationResult } from '../forecast/simulation.js';
import type { BalanceNote, StatementSummary } from '../forecast/starting-balance.js';
import type { MessageRef } from '../i18n/catalogue.js';
import type { ReportGapMessages } from '../i18n/messages/report-gaps.js';

/** One option priced alone for a window, with what the law and cashflow's policy say of it. */
export interface PricedOption {
  readonly quote: Quote;
  /** Why it is never part of a plan (illegal, above the cap, disabled…); undefined when it may be. */
  readonly notRecommendable: BridgeReason | undefined;
  /** The legal standing to show beside it: illegal, illegal for the broker, above the cap or void; else undefined. */
  readonly legal: BridgeReason | undefined;
}

/** How one shortfall window is bridged. */
export interface WindowBridging {
  /** What the plan was sized for; may reach past the window when a repayment had to wait. Undefined when structural. */
  readonly need: Need | undefined;
  /** The verified cheapest legal plan; undefined for a structural window, which no loan fixes. */
  readonly plan: Plan | undefined;
  /** The cheapest recommendable option that could bridge the window alone and is not the plan itself. */
  readonly nextBest: FeasibleQuote | undefined;
  /** Every option priced alone, cheapest feasible first. */
  readonly alternatives: readonly PricedOption[];
  /** The illegal options, shown beside the plan with their true cost so the user sees why not. */
  readonly deterrents: readonly PricedOption[];
  /** The clients best asked to pay early, cheapest discount first (at most three). */
  readonly askEarly: readonly EarlyPaymentTarget[];
}

/** A shortfall window with its own bridging: one value, never a parallel array. */
export interface ReportWindow extends ShortfallWindow {
  readonly bridging: WindowBridging;
}

/** A client's history and the delay the forecast learned from it (undefined when it uses the default). */
export interface ClientReport extends ClientHistory {
  readonly learnedDelayDays: number | undefined;
}

/** One stress scenario: the whole report again with every open invoice paid `extraDelayDays` later. */
export interface ScenarioRow {
  readonly extraDelayDays: number;
  readonly firstShortfall: Day | undefined;
  readonly lowestBalance: Minor;
  readonly lowestDate: Day;
  readonly shortfallCount: number;
  /** Money paid by the cheapest plans of all its windows. */
  readonly bridgingCost: Minor;
  readonly structural: boolean;
  /** Windows with no plan (structural, or likely covered by work not yet invoiced): bridgingCost leaves them out. */
  readonly unplannedWindows: number;
}

export interface ReportSummary extends ForecastSummary {
  /** Money paid by the cheapest plans of every window, summed once here. */
  readonly bridgingCost: Minor;
  /**
   * The most that can leave the account today without creating or deepening a shortfall: 0 when one lies ahead,
   * else the horizon's lowest balance − buffer (spending it today lowers every later day by as much).
   */
  readonly safeToSpend: Minor;
  /** The cash of the doubtful invoices, which the forecast does not count on; 0 when there are none. */
  readonly doubtfulTotal: Minor;
  /** When the horizon opens short after a catch-up: the day before as-of the balance fell short (see CatchUp). */
  readonly shortSince: Day | undefined;
}

/** The balance the forecast started from, how old it is, and how it was carried to as-of. */
export interface BalanceReport {
  /** The balance at the end of `day`. */
  readonly amount: Minor;
  readonly day: Day;
  /** `nh.csv:11`, `nh.csv:11, kb.xlsx!F7`, `--balance`, `config`; undefined when none was given. */
  readonly source: string | undefined;
  /** Whether the day is the balance's own (a statement, --balance-date) rather than taken to be as-of − 1. */
  readonly dated: boolean;
  /** as-of − day − 1: the days whose movements the balance does not hold. */
  readonly ageDays: number;
  readonly maxAgeDays: number;
  /** ageDays > maxAgeDays: a warning in every format, and `check` fails. */
  readonly stale: boolean;
  readonly statements: readonly StatementSummary[];
  readonly caughtUp: readonly CaughtUpEvent[];
  readonly notes: readonly BalanceNote[];
  /** The invoices the statements' deposits paid, which the forecast therefore takes as paid (see reconcile). */
  readonly paidByStatement: StatementPayments;
}

/** What the --bank statements settled in the books: invoices paid, and invoices paid in part (open for the rest). */
export interface StatementPayments {
  readonly paid: readonly { readonly invoice: string; readonly client: string; readonly paidOn: Day; readonly received: Minor }[];
  readonly partial: readonly { readonly invoice: string; readonly client: string; readonly received: Minor; readonly remaining: Minor }[];
}

/**
 * Everything cashflow reports about one run, as one value: every renderer prints it and computes nothing, and a
 * command's exit code is read from it.
 */
export interface CashflowReport extends Pick<ForecastReport, 'options' | 'horizon' | 'events' | 'days' | 'doubtful' | 'writtenOff' | 'taxCovered'> {
  readonly summary: ReportSummary;
  readonly windows: readonly ReportWindow[];
  /** The windows that start within the watched days (`cashflow check --within`; the whole horizon by default). */
  readonly soon: readonly ReportWindow[];
  /** Stress rows, when asked for (`--scenarios`); empty otherwise. */
  readonly scenarios: readonly ScenarioRow[];
  /** The simulation, when asked for (`--simulate`). */
  readonly simulation: SimulationResult | undefined;
  readonly clients: readonly ClientReport[];
  /** The expense rows the events were expanded from (each expense event's `source` names its row). */
  readonly expenseRules: readonly Expense[];
  /** `--learn-expenses`: the expenses learned from the statements, each with the file row it replaces. */
  readonly learnedExpenses: readonly LearnedExpenseUse[];
  /** `--everyday`: the everyday spending spread over the horizon's days; undefined without it. */
  readonly everyday: EverydayAssumption | undefined;
  readonly balance: BalanceReport;
  /** What the forecast cannot see and says so: today only a horizon without a single expense. */
  readonly gaps: readonly ReportGap[];
}

/** A silent gap made loud: `no-expenses` — no expense falls in the horizon, so only money coming in is counted. */
export interface ReportGap {
  readonly kind: 'no-expenses';
  /** the English the JSON prints */
  readonly message: string;
  /** the same by id, for each language to word */
  readonly reason: MessageRef<ReportGapMessages>;
}
