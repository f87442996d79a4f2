import { planBasis } from '../bridge/plan-basis.js';
import { formatDay } from '../domain/day.js';
import type { Lang } from '../i18n/lang.js';
import type { SoonOutcome } from '../i18n/messages/check.js';
import { CHECK } from '../i18n/messages/check.js';
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
  /** The line `check` prints for it, without the `stale: ` prefix (English in `check --json`). */
  readonly message: string;
}

function windowMessage(report: CashflowReport, window: ReportWindow, lang: Lang): string {
  const { currency, asOf } = report.options;
  const { shortSince } = report.summary;
  const soon = { start: window.start, peakGap: window.peakGap, days: window.days, currency, asOf, shortSince: window.start === asOf ? shortSince : undefined };
  const { plan } = window.bridging;
  const outcome: SoonOutcome =
    plan === undefined
      ? { kind: window.structural ? 'structural' : 'likely-covered' }
      : plan.parts.length === 0
        ? { kind: 'covered-earlier' }
        : {
            kind: 'plan',
            typical: planBasis(plan.parts) === 'typical',
            parts: plan.parts.map((part) => optionLabel(part.option, part.invoiceId, lang)),
            total: plan.totalCost,
            stillShort: plan.residualGap,
          };
  return CHECK[lang].window(soon, outcome);
}

/** The stale balance first (it puts every line after it in doubt), then each window starting soon, in date order. */
export function attentionItems(report: CashflowReport, lang: Lang = 'en'): AttentionItem[] {
  const stale: AttentionItem[] = report.balance.stale
    ? [{ kind: 'stale-balance', date: formatDay(report.balance.day), message: staleBalanceText(report.balance, lang) }]
    : [];
  const windows = report.soon.map(
    (window): AttentionItem => ({
      kind: window.structural && window.bridging.plan === undefined ? 'structural' : 'shortfall',
      date: formatDay(window.start),
      message: windowMessage(report, window, lang),
    }),
  );
  return [...stale, ...windows];
}
