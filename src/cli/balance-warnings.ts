import type { Lang } from '../i18n/lang.js';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import { balanceWarnings } from '../render/balance-lines.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import type { CliIo } from './io.js';

/**
 * Writes what the user should hear about the balance to standard error, where input warnings go, so every format
 * keeps its standard output clean; `stale: false` when the command says that itself (check).
 */
export function warnAboutBalance(report: CashflowReport, io: CliIo, options: { readonly stale: boolean }, lang: Lang = 'en'): void {
  const lines = balanceWarnings(report.balance, options, lang);
  const prefix = INPUT_ISSUES[lang].warningPrefix();
  if (lines.length > 0) io.stderr(lines.map((line) => `${prefix}${line}\n`).join(''));
}
