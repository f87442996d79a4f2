import type { FeasibleQuote } from './quote.js';

/** What a window's plan takes of one shared limit, as the optimiser bounds it. */
export interface SharedUse {
  /** Every lump's principal: held for the whole window. */
  readonly lumps: number;
  /** The lumps plus the lines' largest total balance on any one day: the plan fits a headroom iff this is at most it. */
  readonly total: number;
}

export function sharedUseOf(parts: readonly FeasibleQuote[], limitId: string): SharedUse {
  const onLimit = parts.filter((part) => part.option.amount.sharedLimitId === limitId);
  const lumps = onLimit.filter((part) => part.drawn === undefined).reduce((sum, part) => sum + part.principal, 0);
  const daily = new Map<number, number>();
  for (const part of onLimit) {
    part.drawn?.forEach((balance, i) => {
      const day = (part.drawnStart ?? part.drawDate) + i;
      daily.set(day, (daily.get(day) ?? 0) + balance);
    });
  }
  return { lumps, total: lumps + Math.max(0, ...daily.values()) };
}
