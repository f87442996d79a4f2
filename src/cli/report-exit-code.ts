import type { CashflowReport } from '../report/cashflow-report.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';

/** When a report makes a command fail: never, on any shortfall window (--fail-on-shortfall), or on one starting soon (check). */
export type FailOn = 'never' | 'any-window' | 'soon-window';

/** The exit code a report gives: the one place a command's outcome becomes its code (errors are run-cli's). */
export function exitCodeOf(report: CashflowReport, failOn: FailOn): ExitCode {
  if (failOn === 'any-window' && report.windows.length > 0) return EXIT.shortfall;
  if (failOn === 'soon-window' && report.soon.length > 0) return EXIT.shortfall;
  return EXIT.ok;
}
