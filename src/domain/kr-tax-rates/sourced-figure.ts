/**
 * One figure of a Korean tax or insurance table, with where it comes from. `confirmed` is true only when the
 * statute or agency text itself was read; a figure known from secondary sources (third-party calculators, news)
 * is false, and every event that uses it lists its `id` in `unconfirmed`, so the output can say so.
 */
export interface SourcedFigure<T> {
  readonly id: string;
  readonly value: T;
  readonly source: string;
  readonly confirmed: boolean;
}

/** The ids of the figures among `used` that are not confirmed, each once, in first-use order. */
export function unconfirmedIds(used: readonly SourcedFigure<unknown>[]): string[] {
  return [...new Set(used.filter((figure) => !figure.confirmed).map((figure) => figure.id))];
}
