import type { Lang } from '../i18n/lang.js';
import type { InputRef } from './issue-words.js';
import { ref, wordsIn } from './issue-words.js';

/** Why the file system refused, as a reason ("permission denied (EACCES)") and a hint a user can act on. */
export interface FileErrorText {
  readonly reason: string;
  readonly hint: string;
}

/**
 * The reason and hint for an error the file system raised (one with an errno code) as message references
 * (src/i18n/messages/input-files.ts words each code), or undefined for anything else, which is a bug.
 */
export function fileErrorRefs(error: unknown): { code: string; reason: InputRef; hint: InputRef } | undefined {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof errno !== 'number') return undefined;
  return { code, reason: ref('systemReason', code), hint: ref('systemHint', code) };
}

/**
 * The text for an error the file system raised, in `lang`, or undefined for anything else, which is a bug. A file
 * system error is the user's environment, never cashflow's: exit 2 with this text, not 70.
 */
export function fileErrorText(error: unknown, lang: Lang = 'en'): FileErrorText | undefined {
  const refs = fileErrorRefs(error);
  return refs === undefined ? undefined : { reason: wordsIn(lang, refs.reason), hint: wordsIn(lang, refs.hint) };
}
