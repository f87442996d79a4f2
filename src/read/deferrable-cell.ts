import type { Currency } from '../domain/currency.js';
import type { DecimalStyle } from '../domain/money.js';
import { parseAmount } from '../domain/money.js';
import type { Deferrable } from '../domain/types.js';
import { exportedAmountText } from './cell-schemas.js';
import { ref } from './issue-words.js';
import { failWith, z } from './zod.js';

// The expenses file's `deferrable` column (issue 15, item 4): how a payment may be paid late, by the user's own terms.
//   30d 50000  up to 30 days late for a flat fee of 50,000 (in the file's currency, as the amount column is written)
//   30d 1%     up to 30 days late for 1 % of the part paid late, once
//   negotiated the payee may agree to a delay, at a price not known yet: shown, never planned

const HINT = ref('deferralHint');
const NEGOTIATED = new Set(['negotiated', '협의']);
/** Days past which a "deferral" is no longer one: a year and a day. */
const MAX_DAYS = 366;

export function deferrableCell(currency: Currency, style: DecimalStyle) {
  return z.string().transform((text, ctx): Deferrable => {
    const cell = text.normalize('NFKC').trim();
    if (NEGOTIATED.has(cell.toLowerCase())) return { kind: 'negotiated' };
    const terms = /^(\d{1,4})\s*(?:d|days?|일)\s+(.+)$/i.exec(cell);
    if (terms === null) return failWith(ctx, text, ref('notADeferral'), HINT);
    const maxDays = Number(terms[1]);
    if (maxDays < 1 || maxDays > MAX_DAYS) return failWith(ctx, text, ref('deferralDays', maxDays), ref('deferralDaysHint', MAX_DAYS));
    const fee = terms[2]!.trim();
    const share = /^(\d{1,3}(?:\.\d{1,4})?)\s*%$/.exec(fee);
    if (share !== null) {
      // "1.5" → 1.5e-2: the decimal digits exactly as written, as the catalogue's rates are read.
      const rate = Number(`${share[1]}e-2`);
      return rate > 1 ? failWith(ctx, text, ref('deferralFeeAbove'), HINT) : { kind: 'share', maxDays, rate };
    }
    const amount = parseAmount(exportedAmountText(fee, currency, style), currency, style);
    if (!amount.ok) return failWith(ctx, text, ref('deferralFee', amount.reason), amount.hintReason);
    if (amount.minor < 0) return failWith(ctx, text, ref('deferralNegativeFee'), HINT);
    return { kind: 'flat', maxDays, fee: amount.minor };
  });
}
