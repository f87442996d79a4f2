import type { Command } from 'commander';
import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { CliCommanderMessages, ConflictSide } from '../i18n/messages/cli-commander.js';
import { CLI_COMMANDER } from '../i18n/messages/cli-commander.js';
import { everyCommand } from './localized-help.js';

export type CommanderRef = MessageRef<CliCommanderMessages>;
type ErrorOptions = { readonly code?: string; readonly exitCode?: number };

const list = (text: string | undefined) => (text === undefined ? [] : text.split(', '));
/** Commander's `(Did you mean --days?)` / `(Did you mean one of a, b?)` after an unknown name. */
const SIMILAR = String.raw`(?:\n\(Did you mean (?:one of )?(.+)\?\))?`;
const side = (text: string): ConflictSide => {
  const variable = /^environment variable '(.*)'$/.exec(text);
  return variable === null ? { option: text.replace(/^option '(.*)'$/, '$1') } : { variable: variable[1]! };
};

// What each of commander's error codes says, read back into the message's parameters; commander words its
// errors itself and hands cashflow only the text and the code (Command.error).
const READERS: Readonly<Record<string, (message: string) => CommanderRef | undefined>> = {
  'commander.unknownOption': (message) => {
    const match = new RegExp(`^error: unknown option '(.*)'${SIMILAR}$`, 's').exec(message);
    return match === null ? undefined : { id: 'unknownOption', params: [match[1]!, list(match[2])] };
  },
  'commander.unknownCommand': (message) => {
    const match = new RegExp(`^error: unknown command '(.*)'${SIMILAR}$`, 's').exec(message);
    return match === null ? undefined : { id: 'unknownCommand', params: [match[1]!, list(match[2])] };
  },
  'commander.excessArguments': (message) => {
    const match = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(message);
    return match === null ? undefined : { id: 'excessArguments', params: [match[1], Number(match[2]), Number(match[3])] };
  },
  'commander.missingArgument': (message) => {
    const match = /^error: missing required argument '(.*)'$/s.exec(message);
    return match === null ? undefined : { id: 'missingArgument', params: [match[1]!] };
  },
  'commander.optionMissingArgument': (message) => {
    const match = /^error: option '(.*)' argument missing$/s.exec(message);
    return match === null ? undefined : { id: 'optionMissingArgument', params: [match[1]!] };
  },
  'commander.missingMandatoryOptionValue': (message) => {
    const match = /^error: required option '(.*)' not specified$/s.exec(message);
    return match === null ? undefined : { id: 'missingMandatoryOptionValue', params: [match[1]!] };
  },
  'commander.conflictingOption': (message) => {
    const match = /^error: ((?:option|environment variable) '.*') cannot be used with ((?:option|environment variable) '.*')$/s.exec(message);
    return match === null ? undefined : { id: 'conflictingOption', params: [side(match[1]!), side(match[2]!)] };
  },
  'commander.invalidArgument': (message) => {
    const match = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s.exec(message);
    return match === null ? undefined : { id: 'invalidChoice', params: [match[1]!, match[2]!, list(match[3])] };
  },
};

/**
 * Commander's error `message` with CommanderError code `code` in `lang`: the catalogue's words with the names read
 * out of commander's English. A message no reader recognises (a commander that words it otherwise) stays English.
 */
export function commanderErrorIn(lang: Lang, message: string, code: string | undefined): string {
  const found = lang === 'en' ? undefined : readCommanderError(message, code);
  return found === undefined ? message : say(CLI_COMMANDER, lang, found);
}

/** What commander's English error `message` of code `code` says, as a message of the catalogue; undefined if unknown. */
export function readCommanderError(message: string, code: string | undefined): CommanderRef | undefined {
  return code === undefined ? undefined : READERS[code]?.(message);
}

/**
 * Makes commander say its errors (unknown option or command, missing or excess arguments, an invalid choice…) in
 * `lang`. Command.error is where commander hands over each error's text with its code, before it writes the text
 * (configureOutput's writeErr sees the text only) and before the help it shows after an error.
 */
export function localizeCommanderErrors(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  for (const command of everyCommand(program)) {
    const error = command.error.bind(command);
    command.error = ((message: string, options?: ErrorOptions) => error(commanderErrorIn(lang, message, options?.code), options)) as Command['error'];
  }
}
