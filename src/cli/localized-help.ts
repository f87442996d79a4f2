import type { EventEmitter } from 'node:events';
import type { Argument, Command, Option } from 'commander';
import { displayWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import { HELP_FRAME } from '../i18n/messages/help-frame.js';
import { KO_HELP } from '../i18n/messages/help-ko.js';

interface HelpTextContext {
  readonly error: boolean;
  readonly command: Command;
  readonly write: (text: string) => void;
}
type HelpWriter = (context: HelpTextContext) => void;

// Commander's Command is an EventEmitter at run time (addHelpText listens on 'afterHelp'); its types do not say so.
const emitterOf = (command: Command) => command as unknown as EventEmitter;

/** The text of a help text in a language: English as written at the definition, Korean from its catalogue. */
function helpIn(lang: Lang, english: string): string {
  return lang === 'ko' ? (KO_HELP[english] ?? english) : english;
}

/** The program and every command under it, the program first. */
export function everyCommand(program: Command): Command[] {
  return [program, ...program.commands.flatMap((command) => everyCommand(command))];
}

/** The paragraphs a command prints after its options, as written (without the blank line before each). */
function afterHelpParagraphs(command: Command): string[] {
  const texts: string[] = [];
  for (const listener of emitterOf(command).listeners('afterHelp') as HelpWriter[]) {
    listener({ error: false, command, write: (text) => texts.push(text) });
  }
  return texts.flatMap((text) => text.replace(/^\n+|\n+$/g, '').split('\n\n'));
}

/**
 * Every English help text of the program: command, argument and option descriptions and the paragraphs after the
 * options; the texts the Korean help catalogue must hold.
 */
export function englishHelpTexts(program: Command): string[] {
  const texts: string[] = [];
  for (const command of everyCommand(program)) {
    texts.push(command.description());
    for (const argument of command.registeredArguments) texts.push(argument.description);
    for (const option of command.options) if (option.long !== '--lang' && option.long !== '--version') texts.push(option.description);
    texts.push(...afterHelpParagraphs(command));
  }
  return texts.filter((text) => text !== '');
}

/** `description (default: "30")` in the language of the help. */
function optionDescription(lang: Lang, option: Option): string {
  const frame = HELP_FRAME[lang];
  const extra: string[] = [];
  if (option.argChoices !== undefined) extra.push(frame.choicesAre(option.argChoices));
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && shown) extra.push(frame.defaultIs(option.defaultValueDescription ?? JSON.stringify(option.defaultValue)));
  const tail = extra.length === 0 ? '' : `(${extra.join(', ')})`;
  const description = option.long === '--version' ? frame.versionOption() : helpIn(lang, option.description);
  return [description, tail].filter((part) => part !== '').join(' ');
}

/**
 * Puts the program's help in `lang`: commander's headings and its own option texts from the help-frame catalogue,
 * every description and after-options paragraph from the help catalogue, and wrapping measured in terminal cells
 * (Hangul takes two). Called once, after every command is defined and before the arguments are parsed. The
 * descriptions stay English on the commands and are looked up only as a help text is written: the Korean help
 * catalogue is a lazily loaded chunk (scripts/build.mjs), and a run that prints no help never reads it.
 */
export function localizeHelp(program: Command, lang: Lang): void {
  const frame = HELP_FRAME[lang];
  program.helpCommand('help [command]', frame.helpCommand());
  program.showHelpAfterError(frame.afterError());
  for (const command of everyCommand(program)) {
    command.configureHelp({
      styleTitle: (title) => frame.heading(title),
      optionDescription: (option) => optionDescription(lang, option),
      displayWidth: (text) => displayWidth(text),
      ...(lang === 'en'
        ? {}
        : {
            commandDescription: (shown: Command) => helpIn(lang, shown.description()),
            subcommandDescription: (shown: Command) => helpIn(lang, shown.summary() || shown.description()),
            argumentDescription: (argument: Argument) => helpIn(lang, argument.description),
          }),
    });
    command.helpOption('-h, --help', frame.helpOption());
    if (lang === 'en') continue;
    const writers = emitterOf(command).listeners('afterHelp') as HelpWriter[];
    emitterOf(command).removeAllListeners('afterHelp');
    emitterOf(command).on('afterHelp', (context: HelpTextContext) => {
      for (const writer of writers) {
        writer({
          ...context,
          write: (text) => {
            const paragraphs = text.replace(/^\n+|\n+$/g, '').split('\n\n');
            context.write(`\n${paragraphs.map((paragraph) => helpIn(lang, paragraph)).join('\n\n')}\n`);
          },
        });
      }
    });
  }
}
