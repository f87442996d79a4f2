import { balanceWarnings } from '../render/balance-lines.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import type { CliIo } from './io.js';

/**
 * Writes what the user should hear about the balance to standard error, where input warnings go, so every format
 * keeps its standard output clean; `stale: false` when the command says that itself (check).
 */
export function warnAboutBalance(report: CashflowReport, io: CliIo, options: { readonly stale: boolean }): void {
  const lines = balanceWarnings(report.balance, options);
  if (lines.length > 0) io.stderr(lines.map((line) => `warning: ${line}\n`).join(''));
}
