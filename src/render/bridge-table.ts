import type { ChalkInstance } from 'chalk';
import type { EarlyPaymentTarget } from '../bridge/ask-early.js';
import { reasonText } from '../bridge/bridge-reason.js';
import { optionBasis, planBasis } from '../bridge/plan-basis.js';
import type { FeasibleQuote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { Lang } from '../i18n/lang.js';
import type { Prose } from '../i18n/messages/bridges.js';
import { BRIDGES } from '../i18n/messages/bridges.js';
import { localName } from '../i18n/messages/option-names.js';
import { percentText as ratePercent } from '../i18n/rate-text.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { PricedOption, ReportWindow } from '../report/cashflow-report.js';
import { openWindowLines } from './open-window-text.js';
import { payLateLines } from './pay-late-lines.js';
import { PIPED_WIDTH } from './plain-table.js';
import { safeText } from './safe-text.js';
import { paragraphFor } from './wrap-prose.js';

/** A rate for people: 6.5 %, 17.9 %, 1,410 %; past 99,999 % the figure says no more than that. */
export function percentText(rate: number, lang: Lang = 'en'): string {
  return ratePercent(rate, lang);
}

export function optionLabel(option: BridgeOption, invoiceId: string | undefined, lang: Lang = 'en'): string {
  // English: both names when they fit an 80-column line; the Korean one alone when the English is long.
  const text = BRIDGES[lang];
  const name = text.optionName(option.name.en, localName(option, lang));
  return safeText(invoiceId === undefined ? name : text.withInvoice(name, invoiceId));
}

/** The true cost in one phrase: money paid, simple APR and EAR. */
export function costText(quote: FeasibleQuote, currency: Currency, lang: Lang = 'en'): string {
  return BRIDGES[lang].cost(quote.cost, quote.apr, quote.ear, { currency, asOf: quote.drawDate });
}

/**
 * What taking up an option with typical figures involves: whether a lender must approve it, and how long the cash
 * takes. A typical "approved" is the catalogue's assumption, not the user's credit, so it is said to be one.
 */
export function applyingText(option: BridgeOption, lang: Lang = 'en'): string {
  const { requiresApproval, approved, leadTimeDays } = option.availability;
  return BRIDGES[lang].applying(!requiresApproval ? 'none' : approved === true ? 'assumed' : 'needed', leadTimeDays);
}

/** The early-payment offer in money: "offer 한빛출판 2 % (₩36,000) to pay INV-2026-035 now instead of ~01-31". */
export function offerText(target: EarlyPaymentTarget, currency: Currency, lang: Lang = 'en', asOf: Day = target.invoice.expected): string {
  const { client, id, expected } = target.invoice;
  return BRIDGES[lang].offer(safeText(client), target.pct, target.cost, safeText(id), expected, { currency, asOf });
}

function partLines(part: FeasibleQuote, prose: Prose, lang: Lang): string[] {
  const text = BRIDGES[lang];
  const kind = part.drawn !== undefined ? 'drawn' : part.option.category === 'early_payment_discount' ? 'paid-early' : 'cash';
  const lines = [
    `   • ${optionLabel(part.option, part.invoiceId, lang)}`,
    // A deferral frees cash by paying a bill later: it names the payment, not a loan's draw and repayment.
    `     ${part.expense === undefined ? text.draw(kind, part.cashReceived, part.drawDate, part.repayDate, prose) : text.payLater(safeText(part.expense.description), part.cashReceived, part.expense.due, part.repayDate, prose)}`,
    `     ${costText(part, prose.currency, lang)}`,
  ];
  if (optionBasis(part.option) === 'typical') lines.push(`     ${applyingText(part.option, lang)}`);
  return lines;
}

function deterrent(alternative: PricedOption, currency: Currency, chalk: ChalkInstance, lang: Lang): string[] {
  const quote = alternative.quote;
  if (!quote.feasible) return [];
  const text = BRIDGES[lang];
  return [
    `  ${chalk.red(text.notRecommended())}: ${optionLabel(quote.option, quote.invoiceId, lang)}`,
    `     ${text.wouldCost(costText(quote, currency, lang))}`,
    `     ${alternative.notRecommendable === undefined ? '' : safeText(reasonText(alternative.notRecommendable, lang))}`,
  ];
}

/** The bridging of each window: the plan, the next best option, and the true cost of what not to do. */
export function bridgeLines(
  windows: readonly ReportWindow[],
  currency: Currency,
  chalk: ChalkInstance,
  lang: Lang = 'en',
  asOf?: Day,
  columns = PIPED_WIDTH,
): string[] {
  const text = BRIDGES[lang];
  const lines: string[] = [];
  for (const window of windows) {
    const bridge = window.bridging;
    const prose: Prose = { currency, asOf: asOf ?? window.start };
    lines.push('');
    const peak = bridge.need?.peak ?? window.peakGap;
    lines.push(chalk.bold(text.heading(window.start, bridge.need?.end ?? window.end, peak, peak !== window.peakGap, prose)));
    // Its lines, or one paragraph where one of them does not fit (broken with the rest of the bridging by the table).
    const openLines = openWindowLines(window, currency, lang, prose.asOf);
    const open = paragraphFor(openLines, '  ', columns);
    if (bridge.plan === undefined && window.structural) {
      // text.structural already says what its last line says (cut costs or raise income).
      lines.push(...text.structural());
      lines.push(...paragraphFor(openLines.slice(0, -1), '  ', columns));
      continue;
    }
    if (bridge.plan === undefined) {
      lines.push(text.noRepayment(), ...open);
      continue;
    }
    lines.push(...open);
    const { plan } = bridge;
    if (plan.parts.length === 0) {
      // No part: earlier plans carry the window, unless a gap is left — then nothing here could help at all.
      lines.push(plan.residualGap > 0 ? text.nothingCovers() : text.coveredByEarlier());
    } else {
      lines.push(text.cheapest(chalk.bold(text.total(plan.totalCost, prose))));
      if (planBasis(plan.parts) === 'typical') lines.push(text.typicalFigures());
      for (const part of plan.parts) {
        lines.push(...partLines(part, prose, lang));
        const offer = bridge.askEarly.find((target) => target.inPlan && target.invoice.id === part.invoiceId);
        if (offer !== undefined) lines.push(`     ${offerText(offer, currency, lang, prose.asOf)}`);
      }
    }
    if (plan.residualGap > 0) lines.push(chalk.red(text.stillShort(plan.residualGap, prose)));
    if (bridge.nextBest !== undefined) {
      lines.push(text.nextBest(optionLabel(bridge.nextBest.option, bridge.nextBest.invoiceId, lang)));
      lines.push(`     ${costText(bridge.nextBest, currency, lang)}`);
    }
    const extra = bridge.askEarly.find((target) => !target.inPlan);
    if (extra !== undefined) {
      lines.push(text.askEarly(offerText(extra, currency, lang, prose.asOf)));
      lines.push(text.askEarlyWhy(extra.apr, plan.residualGap > 0, plan.totalCost, prose));
    }
    lines.push(...payLateLines(bridge, currency, (quote) => optionLabel(quote.option, quote.invoiceId, lang), lang, prose.asOf));
    for (const alternative of bridge.deterrents) lines.push(...deterrent(alternative, currency, chalk, lang));
  }
  return lines;
}
