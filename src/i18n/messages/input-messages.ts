import type { Catalogue } from '../catalogue.js';
import type { CliBankMessages } from './cli-bank.js';
import { CLI_BANK } from './cli-bank.js';
import type { CliFlagMessages } from './cli-flags.js';
import { CLI_FLAGS } from './cli-flags.js';
import type { CliOutputMessages } from './cli-output.js';
import { CLI_OUTPUT } from './cli-output.js';
import type { CliSetupMessages } from './cli-setup.js';
import { CLI_SETUP } from './cli-setup.js';
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
 * and the domain's refusals, whole files, workbooks, bank statements, the command line's usage errors and warnings,
 * and its flags', bank commands', --setup's and output files' usage errors (cli-*.ts).
 */
export interface InputMessages
  extends InputCellMessages,
    InputFileMessages,
    InputWorkbookMessages,
    InputStatementMessages,
    InputCliMessages,
    InputJsonMessages,
    InputRowMessages,
    InputExpenseMessages,
    CliFlagMessages,
    CliBankMessages,
    CliSetupMessages,
    CliOutputMessages {}

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
    ...CLI_FLAGS.en,
    ...CLI_BANK.en,
    ...CLI_SETUP.en,
    ...CLI_OUTPUT.en,
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
    ...CLI_FLAGS.ko,
    ...CLI_BANK.ko,
    ...CLI_SETUP.ko,
    ...CLI_OUTPUT.ko,
  },
} satisfies Catalogue<InputMessages>;
