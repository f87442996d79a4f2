import { ref } from '../read/issue-words.js';
import type { RenderStyle } from '../render/render-style.js';
import { BINARY_RENDERERS } from '../render/renderers.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import type { CliIo } from './io.js';
import { usageError } from './user-errors.js';
import { writeOutput } from './write-output.js';

/**
 * Refuses a workbook bound for a terminal, before any file is read: bytes there are noise, and can leave the
 * terminal in a strange state. `example` is the command as the user would retype it with --output.
 */
export function checkWorkbookDestination(io: CliIo, output: string | undefined, example: string): void {
  if (output === undefined && io.stdoutIsTty) throw usageError(ref('workbookToTerminal'), ref('workbookToTerminalHint', example));
}

/**
 * The most cash events a workbook is made for. SheetJS builds the whole file in memory (it does not stream xlsx):
 * 100,000 events took ~0.7 GB and 15-20 s on the 2-core test machine (a 20 MB file), about 6 KB per event, so the
 * million rows a sheet could hold would pass Node's heap limit. The CSV, a few dozen bytes an event, is the format for more.
 */
export const WORKBOOK_MAX_EVENTS = 100_000;

/** Renders the report as a workbook (sheet names and headings in `style.headingLang`) and writes it to `output` (atomically, never over an input), or pipes it on. */
export async function writeWorkbook(
  report: CashflowReport,
  output: string | undefined,
  io: CliIo,
  style: Pick<RenderStyle, 'headingLang'> = { headingLang: 'en' },
): Promise<void> {
  if (report.events.length > WORKBOOK_MAX_EVENTS)
    throw usageError(ref('workbookTooLarge', report.events.length, WORKBOOK_MAX_EVENTS), ref('workbookTooLargeHint'));
  const bytes = BINARY_RENDERERS.xlsx(report, style);
  if (output !== undefined) await writeOutput(output, bytes, io.inputs);
  else if (io.stdoutBytes !== undefined) await io.stdoutBytes(bytes);
  else throw new Error('this shell cannot write bytes to standard output');
}
