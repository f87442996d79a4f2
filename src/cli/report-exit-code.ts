import type { CashflowReport } from '../report/cashflow-report.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';

/**
 * When a report makes a command fail: never, on any shortfall window (--fail-on-shortfall), or on one starting soon
 * or a stale balance (check: the forecast of stale books can be wrong either way).
 */
export type FailOn = 'never' | 'any-window' | 'soon-window';

/** The exit code a report gives: the one place a command's outcome becomes its code (errors are run-cli's). */
export function exitCodeOf(report: CashflowReport, failOn: FailOn): ExitCode {
  if (failOn === 'any-window' && report.windows.length > 0) return EXIT.shortfall;
  if (failOn === 'soon-window' && (report.soon.length > 0 || report.balance.stale)) return EXIT.shortfall;
  return EXIT.ok;
}
