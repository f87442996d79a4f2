/** The languages cashflow speaks: English, and Korean for its first audience. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** Whether `text` names a language cashflow speaks (`ko`, `en`), as --lang and the config's "lang" take it. */
export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}
