import { formatDay } from '../domain/day.js';
import { toMajorNumber } from '../domain/money.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { attentionItems } from './check-attention.js';
import { JSON_VERSION } from './json-report.js';
import { jsonSafeText } from './safe-text.js';

/**
 * `cashflow check --json`: always one document, also when all is well (then `attention` is empty), so a script
 * reads the same shape every time; `attention` is non-empty exactly when check exits 1.
 */
export function checkJson(report: CashflowReport) {
  const { options, summary, balance } = report;
  const money = (minor: Parameters<typeof toMajorNumber>[0]) => toMajorNumber(minor, options.currency);
  return {
    version: JSON_VERSION,
    asOf: formatDay(options.asOf),
    currency: options.currency.code,
    summary: {
      safeToSpend: money(summary.safeToSpend),
      lowestBalance: money(summary.lowestBalance),
      lowestDate: formatDay(summary.lowestDate),
      firstShortfall: summary.firstShortfall === undefined ? null : formatDay(summary.firstShortfall),
      shortfallCount: summary.shortfallCount,
      soonCount: report.soon.length,
      bridgingCost: money(summary.bridgingCost),
      balanceAgeDays: balance.ageDays,
      balanceStale: balance.stale,
    },
    attention: attentionItems(report),
  };
}

export function renderCheckJson(report: CashflowReport): string {
  return jsonSafeText(`${JSON.stringify(checkJson(report), null, 2)}\n`);
}
