import type { Ratio } from './ratio.js';

export type RateParse = { readonly ok: true; readonly rate: Ratio } | { readonly ok: false; readonly problem: string; readonly hint: string };

/**
 * A withholding rate as people write it, exactly: "3.3 %" and "3.3" are percentages, "0.033" a fraction
 * (a number below 1 without a % sign is read as a fraction). At most 50 %.
 */
export function parseRate(text: string): RateParse {
  const value = text.normalize('NFKC').trim();
  const match = /^(\d+)(?:\.(\d+))?\s*(%?)$/.exec(value);
  if (match === null) return { ok: false, problem: 'is not a rate', hint: 'write it as 3.3 %, 3.3 or 0.033' };
  const fraction = match[2] ?? '';
  let num = BigInt(match[1]! + fraction);
  let den = 10n ** BigInt(fraction.length);
  const percent = match[3] === '%' || num >= den;
  if (percent) den *= 100n;
  if (num * 2n > den) return { ok: false, problem: 'is above 50 %', hint: 'Korean freelance withholding is 3.3 %; write 3.3' };
  if (num === 0n) den = 1n;
  return { ok: true, rate: { num, den } };
}
