import type { CsvTable } from '../csv-table.js';
import type { TextEncoding } from '../decode-text.js';
import type { InputIssue } from '../input-issue.js';
import { ref, said, saidFileIssue } from '../issue-words.js';
import type { TextSource } from '../load-text.js';
import { loadBytes, textOf } from '../load-text.js';
import { containerKind } from './container-kind.js';
import type { Workbook } from './read-workbook.js';
import { readWorkbook } from './read-workbook.js';
import { allSheetTables, chosenSheetTable } from './sheet-tables.js';

/** The password of an encrypted workbook, asked for only when one is met: undefined when there is none to give. */
export type PasswordSource = (file: string) => Promise<string | undefined>;

export interface DocumentOptions {
  readonly encoding?: TextEncoding | undefined;
  /** --sheet: the sheet of a workbook to read (default: the first). Ignored for text files. */
  readonly sheet?: string | undefined;
  /** Every sheet's table instead of one (a statement picks the sheet its profile recognises). */
  readonly allSheets?: boolean | undefined;
  readonly password?: PasswordSource | undefined;
}

/** A text file's text, a workbook's tables (with any warnings about them), or why the file cannot be read. */
export type LoadedDocument =
  | { readonly text: string }
  | { readonly tables: readonly CsvTable[]; readonly issues: readonly InputIssue[] }
  | { readonly issue: InputIssue };

/**
 * Reads an input that may be a workbook: a CSV or other text file gives its text (decoded as loadText does); an
 * .xlsx, a BIFF8 .xls, a password-protected .xlsx or an HTML table saved as .xls gives tables, whose cells locate
 * as `book.xlsx!B7`. The file system safety of loadText holds (regular files only, the size cap, the inputs
 * registry). SheetJS and the decrypter are loaded only when the bytes are a workbook.
 */
export async function loadDocument(path: string, source: TextSource, options: DocumentOptions = {}): Promise<LoadedDocument> {
  const loaded = await loadBytes(path, source);
  if ('issue' in loaded) return loaded;
  const kind = containerKind(loaded.bytes);
  if (kind === 'text') return textOf(path, loaded.bytes, options.encoding);
  const file = path === '-' ? '<stdin>' : path;
  let book: Workbook = readWorkbook(loaded.bytes, kind, file, { encoding: options.encoding });
  if ('needsPassword' in book) {
    const password = await options.password?.(file);
    if (password === undefined) {
      return {
        issue: saidFileIssue(path, said(ref('needsPassword'), ref('needsPasswordHint'))),
      };
    }
    book = readWorkbook(loaded.bytes, kind, file, { encoding: options.encoding, password });
  }
  if ('issue' in book) return book;
  if ('needsPassword' in book) throw new Error('a workbook asked for a password it was given');
  if (options.allSheets === true) {
    const all = allSheetTables(book.sheets, file);
    return all.tables.length === 0 ? { issue: all.issues[0]! } : all;
  }
  const chosen = chosenSheetTable(book.sheets, file, options.sheet);
  if (chosen.table === undefined) return { issue: chosen.issues[0]! };
  return { tables: [chosen.table], issues: chosen.issues };
}
