import type { Currency } from '../domain/currency.js';
import { minor, parseAmount } from '../domain/money.js';
import { parseRate } from '../domain/parse-rate.js';
import { ratioOf } from '../domain/ratio.js';
import type { Lang } from '../i18n/lang.js';
import { BANK_COMMANDS } from '../i18n/messages/bank-commands.js';
import type { ReconcileSettings } from '../report/reconcile-report.js';
import { defaultFeeTolerance } from '../report/reconcile-report.js';
import { UsageError } from './user-errors.js';

/** The flags (and config keys) that say how close a deposit must come to an invoice, and who is who. */
export interface RawReconcileFlags {
  readonly feeTolerance?: string | undefined;
  readonly fxTolerance?: string | undefined;
  /** Config `aliases`: client → other names the bank writes for it. */
  readonly aliases?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Not a flag: `reconcile` prints the review list itself, so the forecast's warning about it would repeat it. */
  readonly reviewListed?: boolean | undefined;
}

/**
 * --fee-tolerance and --fx-tolerance, validated; the defaults are 1,000 won (15 major units elsewhere) and 3 %.
 * `lang` words the usage errors.
 */
export function reconcileSettingsFromFlags(flags: RawReconcileFlags, currency: Currency, lang: Lang = 'en'): ReconcileSettings {
  let feeTolerance = minor(defaultFeeTolerance(currency));
  if (flags.feeTolerance !== undefined) {
    const parsed = parseAmount(flags.feeTolerance, currency);
    if (!parsed.ok || parsed.minor < 0) throw new UsageError(...BANK_COMMANDS[lang].feeToleranceNotAmount(flags.feeTolerance, feeTolerance, currency));
    feeTolerance = parsed.minor;
  }
  let fxTolerance = ratioOf(0.03);
  if (flags.fxTolerance !== undefined) {
    const parsed = parseRate(flags.fxTolerance);
    if (!parsed.ok) throw new UsageError(...BANK_COMMANDS[lang].fxToleranceNotRate(flags.fxTolerance, parsed.problem));
    fxTolerance = parsed.rate;
  }
  return { feeTolerance, fxTolerance, aliases: flags.aliases ?? {} };
}
