import type { Lang } from './lang.js';

/**
 * One area's messages in every language. Declare the area's messages as an interface of functions of typed
 * parameters and write `{ en: {...}, ko: {...} } satisfies Catalogue<AreaMessages>`: a message missing (or extra)
 * in one language then fails the type check.
 */
export type Catalogue<Messages> = { readonly [L in Lang]: Messages };

/** The parameters of every message of an area, by id: what a layer that cannot render text (read) hands on. */
export type MessageRef<Messages> = {
  [Id in keyof Messages]: Messages[Id] extends (...params: infer Params) => string ? { readonly id: Id; readonly params: Params } : never;
}[keyof Messages];

/** The text of a message reference in one language. */
export function say<Messages>(catalogue: Catalogue<Messages>, lang: Lang, ref: MessageRef<Messages>): string {
  const message = catalogue[lang][ref.id] as unknown as (...params: unknown[]) => string;
  return message(...(ref.params as unknown[]));
}
