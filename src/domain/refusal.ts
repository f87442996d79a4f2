/**
 * A parse's refusal as data as well as words: the English `problem` and `hint` the domain has always given (flags
 * quote them), and the same two as references into the domain's own English words, by id and parameters. The
 * read layer hands the references on as message references of its catalogue (src/i18n/messages/input-cells.ts
 * holds the Korean of every id), so the domain stays free of i18n while each language words the same refusal.
 */
export type WordRef<Words> = {
  [Id in keyof Words]: Words[Id] extends (...params: infer Params) => string ? { readonly id: Id; readonly params: Params } : never;
}[keyof Words];

export interface Refusal<Words> {
  readonly ok: false;
  readonly problem: string;
  readonly hint: string;
  readonly reason: WordRef<Words>;
  readonly hintReason: WordRef<Words>;
}

/** The words of a reference. */
export function wordsOf<Words>(words: Words, ref: WordRef<Words>): string {
  const word = words[ref.id] as unknown as (...params: unknown[]) => string;
  return word(...(ref.params as unknown[]));
}

/** A refusal with its English filled from `words`. */
export function refusal<Words>(words: Words, reason: WordRef<Words>, hintReason: WordRef<Words>): Refusal<Words> {
  return { ok: false, problem: wordsOf(words, reason), hint: wordsOf(words, hintReason), reason, hintReason };
}
