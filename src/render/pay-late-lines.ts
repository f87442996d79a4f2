import type { FeasibleQuote } from '../bridge/quote.js';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import type { PricedOption, WindowBridging } from '../report/cashflow-report.js';
import { safeText } from './safe-text.js';

/** What to do before paying a national tax late: an extension granted costs no 가산세 at all. */
const TAX_EXTENSION = 'first ask the tax office for a 납부기한 연장 (국세징수법 제13조): granted, it costs no 가산세';

const samePayment = (a: FeasibleQuote, b: FeasibleQuote) => a.option.id === b.option.id && a.expense?.id === b.expense?.id;

/**
 * The payments in the window that could be paid late, each with what that costs, beside the plan (issue 15, item 4):
 * those the plan already defers are in it; a display-only one says how to enable it.
 */
export function payLateLines(bridging: WindowBridging, currency: Currency, label: (quote: FeasibleQuote) => string): string[] {
  const planned = bridging.plan?.parts ?? [];
  return bridging.alternatives.flatMap((alternative: PricedOption) => {
    const quote = alternative.quote;
    if (!quote.feasible || quote.expense === undefined || planned.some((part) => samePayment(part, quote))) return [];
    const days = quote.repayDate - quote.expense.due;
    const lines = [
      `  Or pay late: ${label(quote)}, ${safeText(quote.expense.description)} due ${formatDay(quote.expense.due)}`,
      `     ${formatMoney(quote.cashReceived, currency)} paid ${formatDay(quote.repayDate)} instead: ${formatMoney(quote.cost, currency)} · ${days} days`,
    ];
    if (alternative.notRecommendable !== undefined) lines.push(...howToUse(quote, alternative.notRecommendable).map((line) => `     ${line}`));
    if (quote.option.linkedExpense === 'national_tax') lines.push(`     ${TAX_EXTENSION}`);
    return lines;
  });
}

function howToUse(quote: FeasibleQuote, why: string): string[] {
  if (quote.option.recommendable && quote.option.enabled) return [safeText(why)];
  return [`${safeText(why)}; to let plans use it, add`, `{"id": "${quote.option.id}", "enabled": true} to an "extends": "defaults" catalogue`];
}
