import type { Day } from './day.js';
import type { Minor } from './money.js';

/**
 * A value with Minor and Day written as plain numbers, deep: the shape of what arithmetic produces before it is
 * branded at a boundary (a quote leaving the pricing, a test's factory).
 */
export type Unbranded<V> = V extends Minor
  ? number
  : V extends Day
    ? number
    : V extends readonly (infer E)[]
      ? readonly Unbranded<E>[]
      : V extends object
        ? { readonly [K in keyof V]: Unbranded<V[K]> }
        : V;
