import { langOfLocale } from '../i18n/locale-lang.js';
import type { RenderStyle } from '../render/render-style.js';
import { chooseChalk } from './color.js';
import type { CliIo } from './io.js';
import { chosenLang } from './lang-flag.js';

/** The style of a command's output: colour decided once (never into a file), table and CSV layout, chart width. */
export function renderStyleOf(
  io: CliIo,
  flags: { color: boolean; output?: string | undefined; daily?: boolean | undefined; events?: boolean | undefined; lang?: string | undefined },
): RenderStyle {
  const chosen = chosenLang(flags);
  return {
    chalk: chooseChalk(flags.color && flags.output === undefined, io.stdoutIsTty, io.env),
    daily: flags.daily === true,
    events: flags.events === true,
    columns: io.stdoutIsTty ? io.columns : 80,
    lang: chosen ?? langOfLocale(io.env),
    headingLang: chosen ?? 'en',
  };
}
