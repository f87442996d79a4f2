import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { staleBalanceText } from './balance-lines.js';
import { optionLabel } from './bridge-table.js';

/**
 * `cashflow check`: one line per window that starts soon — its date, gap, cheapest plan and cost — for cron mail,
 * after a line of its own when the balance is stale; nothing at all when neither is so.
 */
export function renderCheck(report: CashflowReport): string {
  const { currency } = report.options;
  const stale = report.balance.stale ? [`stale: ${staleBalanceText(report.balance)}`] : [];
  const lines = report.soon.map((window) => {
    const { shortSince } = report.summary;
    const since = shortSince !== undefined && window.start === report.options.asOf ? ` (short since ${formatDay(shortSince)})` : '';
    const what = `${formatDay(window.start)} short ${formatMoney(window.peakGap, currency)} for ${window.days} days${since}`;
    const { plan } = window.bridging;
    if (plan === undefined) return window.structural ? `${what}, structural: no loan fixes this` : `${what}, likely covered by work not yet invoiced`;
    if (plan.parts.length === 0) return `${what}, covered by an earlier plan`;
    const parts = plan.parts.map((part) => optionLabel(part.option, part.invoiceId)).join(' + ');
    const still = plan.residualGap > 0 ? `, still short ${formatMoney(plan.residualGap, currency)}` : '';
    return `${what}; cheapest: ${parts}, ${formatMoney(plan.totalCost, currency)}${still}`;
  });
  const all = [...stale, ...lines];
  return all.length === 0 ? '' : `${all.join('\n')}\n`;
}
