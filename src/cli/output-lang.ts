import type { Lang } from '../i18n/lang.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import { chosenLang } from './lang-flag.js';

/** The language a command speaks to people in: --lang or the config's "lang", else the locale (as renderStyleOf). */
export function outputLang(env: Readonly<Record<string, string | undefined>>, flags: { readonly lang?: string | undefined }): Lang {
  return chosenLang(flags) ?? langOfLocale(env);
}
