import type { BridgeOption } from '../read/catalogue-schema.js';

/** What the user said about one built-in option in `bridges --setup`. */
export type SetupAnswer =
  | { readonly kind: 'keep' }
  | { readonly kind: 'none' }
  /** limit, used and rate only for a credit line (an option with an interest charge); rate is a decimal fraction. */
  | { readonly kind: 'mine'; readonly limit?: number; readonly used?: number; readonly rate?: number };

/** The one interest charge that sets a credit option's rate, when it has exactly one. */
export function interestOf(option: BridgeOption): { readonly index: number; readonly annualRate: number } | undefined {
  const found = option.charges.flatMap((charge, index) => (charge.type === 'interest' ? [{ index, annualRate: charge.annualRate }] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The line's limit and what is drawn on it now: its capacity, or (for a line without one) its largest draw and 0. */
export function limitOf(option: BridgeOption): { readonly limit: number; readonly used: number } {
  const { capacity, max } = option.amount;
  return capacity === undefined ? { limit: max, used: 0 } : { limit: capacity.limit, used: capacity.used };
}

/**
 * The `"extends": "defaults"` entry an answer stands for (catalogue-overrides.ts merges it onto the built-in
 * option): nothing for "keep", `enabled: false` for "not mine", else the user's figures with `typical: false`. A
 * line with a capacity keeps its large per-draw max (the headroom is the capacity's); a line without one gets one,
 * its max becoming the limit, so what is already drawn counts. `charges` is a list, so it is written whole.
 */
export function setupEntry(option: BridgeOption, answer: SetupAnswer): Record<string, unknown> | undefined {
  if (answer.kind === 'keep') return undefined;
  if (answer.kind === 'none') return { id: option.id, enabled: false, typical: false };
  const entry: Record<string, unknown> = { id: option.id, enabled: true, typical: false };
  // They have it: the approval the typical figures assumed is theirs now.
  if (option.availability.requiresApproval) entry.availability = { approved: true };
  if (answer.limit !== undefined && answer.used !== undefined) {
    const resets = option.amount.capacity?.resets ?? 'never';
    entry.amount =
      option.amount.capacity === undefined
        ? { max: answer.limit, capacity: { limit: answer.limit, used: answer.used, resets } }
        : { capacity: { limit: answer.limit, used: answer.used, resets } };
  }
  const interest = interestOf(option);
  if (interest !== undefined && answer.rate !== undefined) {
    entry.charges = option.charges.map((charge, index) => (index === interest.index ? { ...charge, annualRate: answer.rate } : charge));
  }
  return entry;
}
