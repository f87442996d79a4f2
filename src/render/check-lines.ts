import type { Lang } from '../i18n/lang.js';
import { CHECK } from '../i18n/messages/check.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { attentionItems } from './check-attention.js';

/**
 * `cashflow check`: one line per window that starts soon — its date, gap, cheapest plan and cost — for cron mail,
 * after a line of its own when the balance is stale; nothing at all when neither is so.
 */
export function renderCheck(report: CashflowReport, lang: Lang = 'en'): string {
  const lines = attentionItems(report, lang).map((item) => (item.kind === 'stale-balance' ? CHECK[lang].stale(item.message) : item.message));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
