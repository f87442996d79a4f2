import { planBasis } from '../bridge/plan-basis.js';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import type { CashflowReport, ReportWindow } from '../report/cashflow-report.js';
import { staleBalanceText } from './balance-lines.js';
import { optionLabel } from './bridge-table.js';

/**
 * What `cashflow check` asks the user to look at. `shortfall`: a window starting soon that a loan can bridge (or
 * that work not yet invoiced likely covers); `structural`: one no loan fixes; `stale-balance`: the forecast starts
 * from a balance too old to trust, either way.
 */
export type AttentionKind = 'shortfall' | 'structural' | 'stale-balance';

export interface AttentionItem {
  readonly kind: AttentionKind;
  /** The window's first short day, or the day the stale balance is of. */
  readonly date: string;
  /** The line `check` prints for it, without the `stale: ` prefix. */
  readonly message: string;
}

function windowMessage(report: CashflowReport, window: ReportWindow): string {
  const { currency } = report.options;
  const { shortSince } = report.summary;
  const since = shortSince !== undefined && window.start === report.options.asOf ? ` (short since ${formatDay(shortSince)})` : '';
  const what = `${formatDay(window.start)} short ${formatMoney(window.peakGap, currency)} for ${window.days} days${since}`;
  const { plan } = window.bridging;
  if (plan === undefined) return window.structural ? `${what}, structural: no loan fixes this` : `${what}, likely covered by work not yet invoiced`;
  if (plan.parts.length === 0) return `${what}, covered by an earlier plan`;
  const parts = plan.parts.map((part) => optionLabel(part.option, part.invoiceId)).join(' + ');
  const still = plan.residualGap > 0 ? `, still short ${formatMoney(plan.residualGap, currency)}` : '';
  const cheapest = planBasis(plan.parts) === 'typical' ? 'cheapest with typical figures' : 'cheapest';
  return `${what}; ${cheapest}: ${parts}, ${formatMoney(plan.totalCost, currency)}${still}`;
}

/** The stale balance first (it puts every line after it in doubt), then each window starting soon, in date order. */
export function attentionItems(report: CashflowReport): AttentionItem[] {
  const stale: AttentionItem[] = report.balance.stale
    ? [{ kind: 'stale-balance', date: formatDay(report.balance.day), message: staleBalanceText(report.balance) }]
    : [];
  const windows = report.soon.map(
    (window): AttentionItem => ({
      kind: window.structural && window.bridging.plan === undefined ? 'structural' : 'shortfall',
      date: formatDay(window.start),
      message: windowMessage(report, window),
    }),
  );
  return [...stale, ...windows];
}
