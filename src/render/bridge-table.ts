import type { ChalkInstance } from 'chalk';
import type { EarlyPaymentTarget } from '../bridge/ask-early.js';
import { optionBasis, planBasis } from '../bridge/plan-basis.js';
import type { FeasibleQuote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import { formatMoney, groupThousands } from '../domain/money.js';
import type { BridgeOption } from '../read/catalogue-schema.js';
import type { PricedOption, ReportWindow } from '../report/cashflow-report.js';
import { openWindowLines } from './open-window-text.js';
import { payLateLines } from './pay-late-lines.js';
import { safeText } from './safe-text.js';

/** A rate for people: 6.5 %, 17.9 %, 1,410 %; past 99,999 % the figure says no more than that. */
export function percentText(rate: number): string {
  const percent = rate * 100;
  if (percent >= 100_000) return '> 99,999 %';
  const digits = percent >= 100 ? 0 : percent >= 10 ? 1 : 2;
  const [whole, fraction] = percent.toFixed(digits).split('.');
  return `${groupThousands(whole!)}${fraction === undefined ? '' : `.${fraction}`} %`;
}

export function optionLabel(option: BridgeOption, invoiceId: string | undefined): string {
  // Both names when they fit an 80-column line; the Korean one alone when the English is long.
  const name = option.name.ko === undefined ? option.name.en : option.name.en.length <= 36 ? `${option.name.ko} (${option.name.en})` : option.name.ko;
  return safeText(invoiceId === undefined ? name : `${name}, invoice ${invoiceId}`);
}

/** The true cost in one phrase: money paid, simple APR and EAR. */
export function costText(quote: FeasibleQuote, currency: Currency): string {
  return `${formatMoney(quote.cost, currency)} · ${percentText(quote.apr)} APR · ${percentText(quote.ear)} EAR`;
}

/**
 * What taking up an option with typical figures involves: whether a lender must approve it, and how long the cash
 * takes. A typical "approved" is the catalogue's assumption, not the user's credit, so it is said to be one.
 */
export function applyingText(option: BridgeOption): string {
  const { requiresApproval, approved, leadTimeDays } = option.availability;
  const approval = !requiresApproval ? 'no approval needed' : approved === true ? 'approval (assumed by the typical figures)' : 'needs approval';
  const cash = leadTimeDays === 0 ? 'cash the same day' : `cash ${leadTimeDays} day${leadTimeDays === 1 ? '' : 's'} after you ask`;
  return `to apply: ${approval}; ${cash}`;
}

/** The early-payment offer in money: "offer 한빛출판 2 % (₩36,000) to pay INV-2026-035 now instead of ~01-31". */
export function offerText(target: EarlyPaymentTarget, currency: Currency): string {
  const share = `${Number((target.pct * 100).toFixed(2))} %`;
  const { client, id, expected } = target.invoice;
  return `offer ${safeText(client)} ${share} (${formatMoney(target.cost, currency)}) to pay ${safeText(id)} now instead of ~${formatDay(expected).slice(5)}`;
}

function partLines(part: FeasibleQuote, currency: Currency): string[] {
  const how = part.drawn !== undefined ? 'drawn as needed, up to' : part.option.category === 'early_payment_discount' ? 'paid early, cash' : 'cash';
  const lines = [
    `   • ${optionLabel(part.option, part.invoiceId)}`,
    `     ${how} ${formatMoney(part.cashReceived, currency)} on ${formatDay(part.drawDate)}, repaid ${formatDay(part.repayDate)}`,
    `     ${costText(part, currency)}`,
  ];
  if (optionBasis(part.option) === 'typical') lines.push(`     ${applyingText(part.option)}`);
  return lines;
}

function deterrent(alternative: PricedOption, currency: Currency, chalk: ChalkInstance): string[] {
  const quote = alternative.quote;
  if (!quote.feasible) return [];
  return [
    `  ${chalk.red('Not recommended')}: ${optionLabel(quote.option, quote.invoiceId)}`,
    `     would cost ${costText(quote, currency)}`,
    `     ${safeText(alternative.notRecommendable ?? '')}`,
  ];
}

/** The bridging of each window: the plan, the next best option, and the true cost of what not to do. */
export function bridgeLines(windows: readonly ReportWindow[], currency: Currency, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  for (const window of windows) {
    const bridge = window.bridging;
    lines.push('');
    const peak = bridge.need?.peak ?? window.peakGap;
    const afterEarlier = peak !== window.peakGap ? ', after earlier plans' : '';
    lines.push(
      chalk.bold(
        `Bridging ${formatDay(window.start)} → ${formatDay(bridge.need?.end ?? window.end)} (short by up to ${formatMoney(peak, currency)}${afterEarlier})`,
      ),
    );
    const open = openWindowLines(window, currency).map((line) => `  ${line}`);
    if (bridge.plan === undefined && window.structural) {
      lines.push('  No loan is proposed: the balance does not recover inside the horizon, so this');
      lines.push('  is a structural deficit, not a timing gap. Cut spending or raise income.');
      lines.push(...open.slice(0, -1));
      continue;
    }
    if (bridge.plan === undefined) {
      lines.push('  No loan is proposed: nothing says when it could be repaid.', ...open);
      continue;
    }
    lines.push(...open);
    const { plan } = bridge;
    if (plan.parts.length === 0) {
      lines.push('  Earlier plans already cover this window.');
    } else {
      lines.push(`  Cheapest legal plan: ${chalk.bold(formatMoney(plan.totalCost, currency))} in total`);
      if (planBasis(plan.parts) === 'typical') lines.push('  with typical figures — `cashflow bridges --init` to enter yours');
      for (const part of plan.parts) {
        lines.push(...partLines(part, currency));
        const offer = bridge.askEarly.find((target) => target.inPlan && target.invoice.id === part.invoiceId);
        if (offer !== undefined) lines.push(`     ${offerText(offer, currency)}`);
      }
    }
    if (plan.residualGap > 0) {
      lines.push(chalk.red(`  Still short by ${formatMoney(plan.residualGap, currency)}: the available options cannot cover it all.`));
    }
    if (bridge.nextBest !== undefined) {
      lines.push(`  Next best: ${optionLabel(bridge.nextBest.option, bridge.nextBest.invoiceId)}`);
      lines.push(`     ${costText(bridge.nextBest, currency)}`);
    }
    const extra = bridge.askEarly.find((target) => !target.inPlan);
    if (extra !== undefined) {
      const why = plan.residualGap > 0 ? 'the plan cannot get through without it' : `cheaper than the plan's ${formatMoney(plan.totalCost, currency)}`;
      lines.push(`  Ask to pay early: ${offerText(extra, currency)}`);
      lines.push(`     ${percentText(extra.apr)} a year; ${why}`);
    }
    lines.push(...payLateLines(bridge, currency, (quote) => optionLabel(quote.option, quote.invoiceId)));
    for (const alternative of bridge.deterrents) lines.push(...deterrent(alternative, currency, chalk));
  }
  return lines;
}
