import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { InputMessages } from '../i18n/messages/input-messages.js';
import { INPUT_MESSAGES } from '../i18n/messages/input-messages.js';
import type { InputIssue } from './input-issue.js';

/** A reference to one of the input messages, checked by tsc against its parameters. */
export type InputRef = MessageRef<InputMessages>;

/** What an issue says: its message references and, for the JSON and the readers that compare them, their English. */
export interface IssueWords {
  readonly problem: string;
  readonly hint: string;
  readonly message: InputRef;
  readonly hintMessage: InputRef;
}

/** The reference to message `id` with its parameters. */
export function ref<Id extends keyof InputMessages>(id: Id, ...params: Parameters<InputMessages[Id]>): InputRef {
  return { id, params } as unknown as InputRef;
}

/** An issue's problem and hint: spread into the issue (`{ severity, file, ...said(problem, hint) }`). */
export function said(message: InputRef, hintMessage: InputRef): IssueWords {
  return { problem: english(message), hint: english(hintMessage), message, hintMessage };
}

/** The issue about a whole input file, `file:1:1`, with what it says. */
export function saidFileIssue(path: string, words: IssueWords): InputIssue {
  return { severity: 'error', file: path === '-' ? '<stdin>' : path, line: 1, column: 1, ...words };
}

/** The English of a reference. */
export function english(message: InputRef): string {
  return say<InputMessages>(INPUT_MESSAGES, 'en', message);
}

/** The words of a reference in `lang`. */
export function wordsIn(lang: Lang, message: InputRef): string {
  return say<InputMessages>(INPUT_MESSAGES, lang, message);
}
