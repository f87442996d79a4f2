import { langOfLocale } from '../i18n/locale-lang.js';
import { PIPED_WIDTH } from '../render/plain-table.js';
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
    columns: tableWidthOf(io),
    lang: chosen ?? langOfLocale(io.env),
    headingLang: chosen ?? 'en',
  };
}

/** The narrowest width cashflow lays a terminal's output out for. */
const NARROWEST = 40;

/**
 * The width tables and charts are laid out for: the terminal's on a terminal, else 80. COLUMNS is not read: bash
 * does not export it, so a pipe or cron mail would change with the shell it ran from; output to files stays
 * the same everywhere.
 */
export function tableWidthOf(io: Pick<CliIo, 'stdoutIsTty' | 'columns'>): number {
  if (!io.stdoutIsTty) return PIPED_WIDTH;
  // A terminal that reports no width (0 under some container runtimes) is laid out as a pipe is; below 40 columns
  // a word a line is all that fits, so 40 is the narrowest laid out (the terminal then wraps the longer lines).
  return io.columns > 0 ? Math.max(io.columns, NARROWEST) : PIPED_WIDTH;
}
