import type { BridgeReason } from '../bridge/bridge-reason.js';
import { reasonText } from '../bridge/bridge-reason.js';
import type { Plan } from '../bridge/optimiser.js';
import { optionBasis, planBasis } from '../bridge/plan-basis.js';
import type { FeasibleQuote, Quote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { PricedOption, ReportWindow } from '../report/cashflow-report.js';
import { openWindowNote } from './open-window-text.js';

/** Rates as fractions, to 6 decimals: enough for 0.0001 % and stable across platforms. */
export function rateJson(rate: number): number {
  return Number(rate.toFixed(6));
}

/** The payment an expense deferral puts off, or null for any other option. */
function expenseJson(quote: Quote, currency: Currency) {
  const expense = quote.expense;
  return expense === undefined ? null : { description: expense.description, due: formatDay(expense.due), amount: toMajorNumber(expense.amount, currency) };
}

export function partJson(part: FeasibleQuote, currency: Currency) {
  const money = (amount: Minor) => toMajorNumber(amount, currency);
  return {
    option: part.option.id,
    basis: optionBasis(part.option),
    invoice: part.invoiceId ?? null,
    expense: expenseJson(part, currency),
    amount: money(part.principal),
    cashReceived: money(part.cashReceived),
    drawDate: formatDay(part.drawDate),
    repayDate: formatDay(part.repayDate),
    cost: money(part.cost),
    apr: rateJson(part.apr),
    ear: rateJson(part.ear),
  };
}

export function planJson(plan: Plan, currency: Currency) {
  return {
    basis: planBasis(plan.parts),
    totalCost: toMajorNumber(plan.totalCost, currency),
    residualGap: toMajorNumber(plan.residualGap, currency),
    parts: plan.parts.map((part) => partJson(part, currency)),
    // False where the search was cut short (README, "The plan"): the plan may not be the cheapest there is.
    exact: plan.exact,
  };
}

/** A reason as --json has always written it, in English whatever the language (README, "JSON output"). */
const english = (reason: BridgeReason | undefined) => (reason === undefined ? null : reasonText(reason, 'en'));

/** One option priced alone: the fields of `alternatives` (and of `cashflow bridges --json`). */
export function alternativeJson(alternative: PricedOption, currency: Currency) {
  const quote: Quote = alternative.quote;
  const money = (amount: Minor) => toMajorNumber(amount, currency);
  return {
    option: quote.option.id,
    name: quote.option.name.ko ?? quote.option.name.en,
    invoice: quote.invoiceId ?? null,
    expense: expenseJson(quote, currency),
    feasible: quote.feasible,
    recommendable: alternative.notRecommendable === undefined,
    cost: quote.feasible ? money(quote.cost) : null,
    apr: quote.feasible ? rateJson(quote.apr) : null,
    ear: quote.feasible ? rateJson(quote.ear) : null,
    cashReceived: quote.feasible ? money(quote.cashReceived) : null,
    drawDate: quote.feasible ? formatDay(quote.drawDate) : null,
    repayDate: quote.feasible ? formatDay(quote.repayDate) : null,
    reason: english(quote.feasible ? alternative.notRecommendable : quote.reason),
    legal: english(alternative.legal),
    cap: quote.feasible ? quote.cap : null,
    risk: quote.option.risk.level,
    notes: quote.option.notes ?? null,
  };
}

/** The bridging fields added to one shortfall window of the forecast JSON. */
export function windowBridgeJson(window: ReportWindow, currency: Currency) {
  const bridge = window.bridging;
  return {
    plan: bridge.plan === undefined ? null : planJson(bridge.plan, currency),
    nextBest: bridge.nextBest === undefined ? null : partJson(bridge.nextBest, currency),
    alternatives: bridge.alternatives.map((alternative) => alternativeJson(alternative, currency)),
    askEarly: bridge.askEarly.map((target) => ({
      invoice: target.invoice.id,
      client: target.invoice.client,
      amount: toMajorNumber(target.invoice.amount, currency),
      expected: formatDay(target.invoice.expected),
      daysSooner: target.daysSooner,
      apr: rateJson(target.apr),
      pct: rateJson(target.pct),
      cost: toMajorNumber(target.cost, currency),
      inPlan: target.inPlan,
    })),
    note: window.structural
      ? 'structural: the balance does not recover inside the horizon; income does not cover spending, so no loan is proposed'
      : bridge.plan === undefined
        ? `no loan is proposed: ${openWindowNote(window, currency) ?? 'no plan'}`
        : null,
  };
}
