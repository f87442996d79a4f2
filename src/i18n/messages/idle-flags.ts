import type { Catalogue } from '../catalogue.js';

/** Warnings for a flag typed on the command line that does nothing in this run. */
export interface IdleFlagMessages {
  wrongFormat(flag: string, format: string, formats: readonly string[]): string;
  needsFlag(flag: string, needs: string): string;
}

export const IDLE_FLAGS = {
  en: {
    wrongFormat: (flag, format, formats) => `${flag} does nothing with --format ${format}: it is for --format ${formats.join(' or ')}`,
    needsFlag: (flag, needs) => `${flag} does nothing without ${needs}`,
  },
  ko: {
    wrongFormat: (flag, format, formats) => `${flag}는 --format ${format}에서는 효과가 없습니다. --format ${formats.join(' 또는 ')}에서 씁니다`,
    needsFlag: (flag, needs) => `${flag}는 ${needs} 없이는 효과가 없습니다`,
  },
} satisfies Catalogue<IdleFlagMessages>;
