import type { Catalogue } from '../catalogue.js';
import type { InputCellMessages } from './input-cells.js';
import { INPUT_CELLS } from './input-cells.js';
import type { InputCliMessages } from './input-cli.js';
import { INPUT_CLI } from './input-cli.js';
import type { InputExpenseMessages } from './input-expenses.js';
import { INPUT_EXPENSES } from './input-expenses.js';
import type { InputFileMessages } from './input-files.js';
import { INPUT_FILES } from './input-files.js';
import type { InputJsonMessages } from './input-json.js';
import { INPUT_JSON } from './input-json.js';
import type { InputRowMessages } from './input-rows.js';
import { INPUT_ROWS } from './input-rows.js';
import type { InputStatementMessages } from './input-statement.js';
import { INPUT_STATEMENT } from './input-statement.js';
import type { InputWorkbookMessages } from './input-workbook.js';
import { INPUT_WORKBOOK } from './input-workbook.js';

/**
 * Every message an input issue can carry (src/read/input-issue.ts), one catalogue made of an area file each: cells
 * and the domain's refusals, whole files, workbooks, bank statements, and the command line's usage errors and warnings.
 */
export interface InputMessages
  extends InputCellMessages,
    InputFileMessages,
    InputWorkbookMessages,
    InputStatementMessages,
    InputCliMessages,
    InputJsonMessages,
    InputRowMessages,
    InputExpenseMessages {}

export const INPUT_MESSAGES = {
  en: {
    ...INPUT_CELLS.en,
    ...INPUT_FILES.en,
    ...INPUT_WORKBOOK.en,
    ...INPUT_STATEMENT.en,
    ...INPUT_CLI.en,
    ...INPUT_JSON.en,
    ...INPUT_ROWS.en,
    ...INPUT_EXPENSES.en,
  },
  ko: {
    ...INPUT_CELLS.ko,
    ...INPUT_FILES.ko,
    ...INPUT_WORKBOOK.ko,
    ...INPUT_STATEMENT.ko,
    ...INPUT_CLI.ko,
    ...INPUT_JSON.ko,
    ...INPUT_ROWS.ko,
    ...INPUT_EXPENSES.ko,
  },
} satisfies Catalogue<InputMessages>;
