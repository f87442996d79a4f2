import { lstatSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { isLang, LANGS } from '../i18n/lang.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import { HELP_FRAME } from '../i18n/messages/help-frame.js';
import { configLangOf } from '../read/config.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import { DEFAULT_CONFIG } from './apply-config.js';

/** The value of a flag in the arguments, before `--`: `--lang ko` or `--lang=ko`. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let index = 0; index < argv.length && argv[index] !== '--'; index += 1) {
    const arg = argv[index]!;
    if (arg === flag) return argv[index + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * The config file's "lang", read ahead of the command (which reads the file again, cached schema and all); any
 * problem with the file is the command's to report, in the language the file asks for when its "lang" is one. A
 * config on standard input is left for the command to read.
 */
async function configLang(argv: readonly string[], source: TextSource): Promise<Lang | undefined> {
  try {
    const path = flagValue(argv, '--config') ?? (lstatSync(DEFAULT_CONFIG, { throwIfNoEntry: false }) === undefined ? undefined : DEFAULT_CONFIG);
    if (path === undefined || path === '-') return undefined;
    const text = await loadText(path, source);
    return 'issue' in text ? undefined : configLangOf(text.text);
  } catch {
    return undefined;
  }
}

/**
 * The language of --help, commander's own messages and the input-error frame, chosen before commander parses:
 * --lang, then the config's "lang", then the locale. A command's output takes the same from its parsed flags
 * (renderStyleOf), where the config's "lang" is merged like any setting.
 */
export async function runLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, source: TextSource): Promise<Lang> {
  const flag = flagValue(argv, '--lang');
  if (flag !== undefined && isLang(flag)) return flag;
  return (await configLang(argv, source)) ?? langOfLocale(env);
}

/**
 * --lang on the program and on every command. The program takes a --lang written anywhere (commander reads the
 * program's options first), so it hands the value on to the command it runs, as typed on the command line: the
 * command's own option is what merges the config's "lang" and shows in its help.
 */
export function addLangOption(program: Command, lang: Lang): void {
  const langOption = () => new Option('--lang <lang>', HELP_FRAME[lang].langOption()).choices(LANGS);
  program.addOption(langOption());
  for (const command of program.commands) command.addOption(langOption());
  program.hook('preSubcommand', (root, command) => {
    const chosen = root.getOptionValue('lang') as Lang | undefined;
    if (chosen !== undefined) command.setOptionValueWithSource('lang', chosen, 'cli');
  });
}

/** The language a command's flags chose (--lang, or the config's "lang" merged into them), if any. */
export function chosenLang(flags: { readonly lang?: string | undefined }): Lang | undefined {
  return flags.lang !== undefined && isLang(flags.lang) ? flags.lang : undefined;
}
