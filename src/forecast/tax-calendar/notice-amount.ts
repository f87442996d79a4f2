import type { Ratio } from '../../domain/ratio.js';
import { mulDiv } from '../../domain/ratio.js';

/** How a tax office sets an interim notice from last period's tax: a share, cut to a unit, none under a minimum. */
export interface NoticeRule {
  readonly share: Ratio;
  readonly truncation: number;
  readonly minimum: number;
}

/**
 * The notice the office issues for `basis` (last period's tax), or 0 when it issues none: share × basis, the
 * remainder below `truncation` dropped, and 0 under `minimum` (부가가치세법 제48조제3항, 제66조제1항).
 * @example noticeAmount(1_234_567n, { share: ½, truncation: 1000, minimum: 500_000 }) // 617_000n
 */
export function noticeAmount(basis: bigint, rule: NoticeRule): bigint {
  if (basis <= 0n) return 0n;
  const unit = BigInt(rule.truncation);
  const share = mulDiv(basis, rule.share.num, rule.share.den * unit, 'floor') * unit;
  return share < BigInt(rule.minimum) ? 0n : share;
}
