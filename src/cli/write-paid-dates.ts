import { constants } from 'node:fs';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { formatDay } from '../domain/day.js';
import type { Lang } from '../i18n/lang.js';
import { BANK_COMMANDS } from '../i18n/messages/bank-commands.js';
import { readTable } from '../read/columns.js';
import { csvLayout } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import { decodeText } from '../read/decode-text.js';
import type { InputIssue } from '../read/input-issue.js';
import { INVOICE_FIELDS, parseInvoices } from '../read/invoices.js';
import { ref } from '../read/issue-words.js';
import type { ReadSettings } from '../read/read-settings.js';
import type { PaidCell } from '../render/paid-cells.js';
import { fillPaidCells, paidDateStyle } from '../render/paid-cells.js';
import type { ReconcileReport } from '../report/reconcile-report.js';
import { InputError, usageError } from './user-errors.js';
import { replaceAtomically } from './write-output.js';

/**
 * `reconcile --write`: the paid dates the statement proves, written into the empty paid cells of the invoices CSV —
 * only those cells change (see render/paid-cells.ts) — after a backup beside it that is never overwritten
 * (`invoices.csv.bak`, then `.bak.1`, …), atomically. A workbook is not rewritten: the dates go to a CSV beside it
 * to merge. Returns what was done, for standard error, in `lang`.
 */
export async function writePaidDates(
  path: string,
  report: ReconcileReport,
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  lang: Lang = 'en',
): Promise<string> {
  const text = BANK_COMMANDS[lang];
  if (path === '-') throw usageError(ref('writeNeedsFile'), ref('writeNeedsFileHint'));
  const found = await stat(path, { bigint: true });
  if (!found.isFile()) throw usageError(ref('writeNotRegularFile', path), ref('writeNotRegularFileHint'));
  const bytes = new Uint8Array(await readFile(path));
  const decoded = decodeText(bytes, encoding);
  const paid = report.reconciliation.matched.filter((match) => !match.sheetPaid && !match.invoice.id.includes('@') && match.paidOn < report.asOf);
  if (paid.length === 0) return `cashflow: ${text.noPaidDates(path)}\n`;
  if ('problem' in decoded) {
    // A workbook (or anything not text) is the user's to edit: the dates go beside it.
    const beside = await freeName(`${path}.paid`, '.csv');
    await replaceAtomically(beside, `id,paid\n${paid.map((match) => `${csvCell(match.invoice.id)},${formatDay(match.paidOn)}`).join('\n')}\n`, undefined);
    return `cashflow: ${text.datesBeside(path, paid.length, beside)}\n`;
  }
  const issues: InputIssue[] = [];
  const table = readTable(decoded.text, path, INVOICE_FIELDS, issues, settings.invoiceColumns);
  const paidColumn = table?.columns.get('paid');
  if (table === undefined || paidColumn === undefined) {
    if (table === undefined) throw new InputError(issues);
    throw usageError(ref('writeNoPaidColumn', path), ref('writeNoPaidColumnHint'));
  }
  const samples: string[] = [];
  table.table.records.forEach((record) => {
    samples.push(record.cells[paidColumn] ?? '');
  });
  const style = paidDateStyle(samples.filter((cell) => cell.trim() !== ''));
  const lines = new Map(parseInvoices(decoded.text, path, settings).values.map((invoice) => [invoice.id, invoice.source.line]));
  const cells: PaidCell[] = [];
  const unplaced: string[] = [];
  for (const match of paid) {
    const line = lines.get(match.invoice.id);
    if (line === undefined) unplaced.push(match.invoice.id);
    else cells.push({ line, column: paidColumn, text: style(formatDay(match.paidOn)) });
  }
  // Never silent: a matched invoice whose row the file no longer reads the same way is named, not skipped.
  if (unplaced.length > 0) throw usageError(ref('writeCannotPlace', path, unplaced), ref('writeCannotPlaceHint'));
  const utf16 = decoded.encoding === 'utf-16le' ? 'le' : decoded.encoding === 'utf-16be' ? 'be' : undefined;
  const filled = fillPaidCells(bytes, csvLayout(decoded.text).delimiter, cells, utf16);
  if ('problem' in filled) throw usageError(ref(filled.reason === 'lineGone' ? 'paidCellLineGone' : 'paidCellTaken', path, filled.line), ref('paidCellsHint'));
  const backup = await freeName(`${path}.bak`, '');
  await copyFile(path, backup, constants.COPYFILE_EXCL);
  await replaceAtomically(path, filled.bytes, found);
  return `cashflow: ${text.wroteDates(path, cells.length, backup)}\n`;
}

/** `base + end`, or `base.1 + end`, … : the first name nothing has, so a backup is never written over. */
async function freeName(base: string, end: string): Promise<string> {
  for (let index = 0; ; index += 1) {
    const name = index === 0 ? `${base}${end}` : `${base}.${index}${end}`;
    const taken = await stat(name).then(
      () => true,
      () => false,
    );
    if (!taken) return name;
  }
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
