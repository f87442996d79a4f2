import type { BridgeOption, Catalogue } from '../read/catalogue-schema.js';

/** What the shared limit an option draws on has left before any plan: `{ sharedHeadroom }`, or nothing when it has none. */
export function sharedHeadroomOf(catalogue: Catalogue, option: BridgeOption): { sharedHeadroom?: number } {
  const limit = catalogue.sharedLimits.find((shared) => shared.id === option.amount.sharedLimitId);
  return limit === undefined ? {} : { sharedHeadroom: Math.max(0, limit.limit - limit.used) };
}
