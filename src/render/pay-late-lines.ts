import { reasonText } from '../bridge/bridge-reason.js';
import { isNegotiatedRow } from '../bridge/expense-levers.js';
import type { FeasibleQuote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { Lang } from '../i18n/lang.js';
import { BRIDGES } from '../i18n/messages/bridges.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import type { PricedOption, WindowBridging } from '../report/cashflow-report.js';
import { safeText } from './safe-text.js';

const samePayment = (a: FeasibleQuote, b: FeasibleQuote) => a.option.id === b.option.id && a.expense?.id === b.expense?.id;

/**
 * The payments in the window that could be paid late, each with what that costs, beside the plan (issue 15, item 4):
 * those the plan already defers are in it; a display-only one says how to enable it. Before paying a national tax
 * late, an extension granted costs no 가산세 at all, so that is said first.
 */
export function payLateLines(bridging: WindowBridging, currency: Currency, label: (quote: FeasibleQuote) => string, lang: Lang = 'en', asOf?: Day): string[] {
  const text = BRIDGES[lang];
  const planned = bridging.plan?.parts ?? [];
  return bridging.alternatives.flatMap((alternative: PricedOption) => {
    const quote = alternative.quote;
    if (!quote.feasible || quote.expense === undefined || planned.some((part) => samePayment(part, quote))) return [];
    const prose = { currency, asOf: asOf ?? quote.expense.due };
    const days = quote.repayDate - quote.expense.due;
    // A tax cashflow scheduled is worded in the output's language, as the events table words it.
    const description = taxWordText(lang, quote.expense.name, quote.expense.description);
    const heading = text.payLate(label(quote), safeText(description), quote.expense.due, prose);
    // A row marked `negotiated` has no price to show and nothing to enable: the payee has to agree first.
    if (isNegotiatedRow(quote.option)) return [heading, text.payLateNegotiated(quote.cashReceived, quote.repayDate, prose)];
    const lines = [heading, text.payLateCost(quote.cashReceived, quote.repayDate, quote.cost, days, prose)];
    if (alternative.notRecommendable !== undefined)
      lines.push(...howToUse(quote, reasonText(alternative.notRecommendable, lang), lang).map((line) => `     ${line}`));
    if (quote.option.linkedExpense === 'national_tax') lines.push(`     ${text.taxExtension()}`);
    return lines;
  });
}

function howToUse(quote: FeasibleQuote, why: string, lang: Lang): string[] {
  if (quote.option.recommendable && quote.option.enabled) return [safeText(why)];
  return BRIDGES[lang].enableIt(safeText(why), quote.option.id);
}
