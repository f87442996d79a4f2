import type { Currency } from '../domain/currency.js';
import { minor, parseAmount } from '../domain/money.js';
import { parseRate } from '../domain/parse-rate.js';
import { ratioOf } from '../domain/ratio.js';
import { ref } from '../read/issue-words.js';
import type { ReconcileSettings } from '../report/reconcile-report.js';
import { defaultFeeTolerance } from '../report/reconcile-report.js';
import { flagValueError } from './user-errors.js';

/** The flags (and config keys) that say how close a deposit must come to an invoice, and who is who. */
export interface RawReconcileFlags {
  readonly feeTolerance?: string | undefined;
  readonly fxTolerance?: string | undefined;
  /** Config `aliases`: client → other names the bank writes for it. */
  readonly aliases?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Not a flag: `reconcile` prints the review list itself, so the forecast's warning about it would repeat it. */
  readonly reviewListed?: boolean | undefined;
}

/** --fee-tolerance and --fx-tolerance, validated; the defaults are 1,000 won (15 major units elsewhere) and 3 %. */
export function reconcileSettingsFromFlags(flags: RawReconcileFlags, currency: Currency): ReconcileSettings {
  let feeTolerance = minor(defaultFeeTolerance(currency));
  if (flags.feeTolerance !== undefined) {
    const parsed = parseAmount(flags.feeTolerance, currency);
    if (!parsed.ok || parsed.minor < 0)
      throw flagValueError(`--fee-tolerance "${flags.feeTolerance}"`, ref('notAnAmount'), ref('feeToleranceHint', feeTolerance, currency));
    feeTolerance = parsed.minor;
  }
  let fxTolerance = ratioOf(0.03);
  if (flags.fxTolerance !== undefined) {
    const parsed = parseRate(flags.fxTolerance);
    if (!parsed.ok) throw flagValueError(`--fx-tolerance "${flags.fxTolerance}"`, parsed.reason, ref('fxToleranceHint'));
    fxTolerance = parsed.rate;
  }
  return { feeTolerance, fxTolerance, aliases: flags.aliases ?? {} };
}
