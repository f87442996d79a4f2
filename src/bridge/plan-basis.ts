import type { BridgeOption } from '../read/catalogue-schema.js';

/** Whose figures an option, or a plan, rests on: the user's own, or the built-in typical ones (issue 15). */
export type Basis = 'yours' | 'typical';

export function optionBasis(option: BridgeOption): Basis {
  return option.typical ? 'typical' : 'yours';
}

/** A plan is only as much the user's as its least certain part: one typical option makes it typical. */
export function planBasis(parts: readonly { readonly option: BridgeOption }[]): Basis {
  return parts.some((part) => part.option.typical) ? 'typical' : 'yours';
}
