import type { Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { IDLE_FLAGS } from '../i18n/messages/idle-flags.js';

type Format = 'table' | 'json' | 'csv' | 'xlsx';

/** A flag and the formats it changes anything in; `needs` names a flag it only works beside. */
interface FlagUse {
  readonly key: string;
  readonly flag: string;
  readonly formats?: readonly Format[];
  readonly needs?: { readonly key: string; readonly flag: string };
}

const USES: readonly FlagUse[] = [
  { key: 'events', flag: '--events', formats: ['csv'] },
  { key: 'bom', flag: '--bom', formats: ['csv'] },
  { key: 'chart', flag: '--chart', formats: ['table'] },
  { key: 'daily', flag: '--daily', formats: ['table'] },
  { key: 'seed', flag: '--seed', needs: { key: 'simulate', flag: '--simulate' } },
];

/**
 * A warning for each flag typed on the command line that does nothing in this run, so a user who asked for it
 * knows. Only typed flags: the config file's settings serve every format and command by design.
 */
export function idleFlagWarnings(command: Command, format: Format, flags: object, lang: Lang = 'en'): string[] {
  const text = IDLE_FLAGS[lang];
  const given = (key: string) => (flags as Record<string, unknown>)[key] !== undefined && (flags as Record<string, unknown>)[key] !== false;
  const typed = (key: string) => command.getOptionValueSource(key) === 'cli' && given(key);
  const warnings: string[] = [];
  for (const use of USES) {
    if (!typed(use.key)) continue;
    if (use.formats !== undefined && !use.formats.includes(format)) {
      warnings.push(text.wrongFormat(use.flag, format, use.formats));
    }
    if (use.needs !== undefined && !given(use.needs.key)) warnings.push(text.needsFlag(use.flag, use.needs.flag));
  }
  return warnings;
}
