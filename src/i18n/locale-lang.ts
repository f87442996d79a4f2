import type { Lang } from './lang.js';

/** The locale variables in the order POSIX gives them precedence. */
export interface LocaleVariables {
  readonly LC_ALL?: string | undefined;
  readonly LC_MESSAGES?: string | undefined;
  readonly LANG?: string | undefined;
}

/**
 * The language the locale asks for: the first of LC_ALL, LC_MESSAGES, LANG that names a language (`ko_KR.UTF-8`
 * → ko); `C`, `POSIX` (with any `.UTF-8`) and empty say nothing and pass to the next; no preference → English.
 * The variables are an argument: the shell reads the environment, this only reads a record.
 */
export function langOfLocale(variables: LocaleVariables): Lang {
  for (const value of [variables.LC_ALL, variables.LC_MESSAGES, variables.LANG]) {
    const language = (value ?? '').split(/[_.@]/)[0]!.toLowerCase();
    if (language === '' || language === 'c' || language === 'posix') continue;
    return language === 'ko' ? 'ko' : 'en';
  }
  return 'en';
}
