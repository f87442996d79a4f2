import type { Catalogue } from '../catalogue.js';
import type { InputCellMessages } from './input-cells.js';
import { INPUT_CELLS } from './input-cells.js';
import type { InputFileMessages } from './input-files.js';
import { INPUT_FILES } from './input-files.js';

/**
 * Every message an input issue can carry (src/read/input-issue.ts), one catalogue made of an area file each: cells
 * and the domain's refusals, whole files.
 */
export interface InputMessages extends InputCellMessages, InputFileMessages {}

export const INPUT_MESSAGES = {
  en: { ...INPUT_CELLS.en, ...INPUT_FILES.en },
  ko: { ...INPUT_CELLS.ko, ...INPUT_FILES.ko },
} satisfies Catalogue<InputMessages>;
