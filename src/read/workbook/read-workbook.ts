import type * as SheetJs from '@e965/xlsx';
import type { TextEncoding } from '../decode-text.js';
import { excerpt } from '../excerpt.js';
import type { InputIssue } from '../input-issue.js';
import type { IssueWords } from '../issue-words.js';
import { ref, said, saidFileIssue } from '../issue-words.js';
import { sheetjs } from '../sheetjs.js';
import { decryptPackage } from './decrypt-package.js';
import { parseEncryptionInfo } from './encryption-info.js';
import { htmlRows } from './html-rows.js';
import { htmlText } from './html-text.js';
import type { SheetRows } from './sheet-rows.js';
import { MAX_COLUMNS, sheetRows } from './sheet-rows.js';
import { unzip } from './unzip.js';

/** A workbook as read: every sheet in order (an HTML page is one sheet, named ''). */
export type Workbook = { readonly sheets: readonly SheetRows[] } | { readonly issue: InputIssue } | { readonly needsPassword: true };

export interface WorkbookOptions {
  /** The password of an encrypted xlsx; without one such a file gives `needsPassword`. */
  readonly password?: string | undefined;
  /** --encoding, for an HTML table: it wins over the page's own charset. */
  readonly encoding?: TextEncoding | undefined;
}

// Nothing is evaluated or kept but values and number formats: no formulas, styles, HTML, VBA or formatted text.
const READ_OPTIONS: SheetJs.ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: true,
  cellStyles: false,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  WTF: false,
};

/** The parts of SheetJS's bundled CFB library used here (its types say `any`), and its reader of unpacked zips. */
interface Cfb {
  read(bytes: Uint8Array, options: { type: 'buffer' }): CfbContainer;
  find(container: CfbContainer, path: string): { content?: ArrayLike<number> } | null;
  utils: { cfb_new(): CfbContainer; cfb_add(container: CfbContainer, name: string, content: Uint8Array): void };
}
type CfbContainer = { readonly FullPaths: readonly string[] };
type ZipParser = { parse_zip(container: CfbContainer, options: SheetJs.ParsingOptions): SheetJs.WorkBook };

const AGAIN = ref('againHint');

/**
 * The sheets of a workbook file from its bytes: an xlsx (zip), a BIFF8 .xls or an encrypted xlsx (OLE), or an HTML
 * table saved as .xls. Pure apart from loading SheetJS: the caller has read the file. Every way the bytes can be
 * wrong is an issue at `file:1:1` (or at the cell), never an exception.
 */
export function readWorkbook(bytes: Uint8Array, kind: 'zip' | 'ole' | 'html', file: string, options: WorkbookOptions = {}): Workbook {
  const problem = (words: IssueWords) => ({ issue: saidFileIssue(file, words) });
  if (kind === 'html') {
    const decoded = htmlText(bytes, options.encoding);
    if ('problem' in decoded) return problem(decoded);
    const read = htmlRows(decoded.text);
    if ('noTable' in read) return problem(said(ref('htmlWithoutTable'), ref('htmlWithoutTableHint')));
    if ('tooIntricate' in read) return problem(said(ref('htmlTooIntricate'), ref('saveAsXlsxOrCsvHint')));
    return 'tooWide' in read ? tooWide(file, '', read.tooWide.line) : { sheets: [read] };
  }
  const XLSX = sheetjs();
  const CFB = XLSX.CFB as Cfb;
  let zip = bytes;
  if (kind === 'ole') {
    let container: CfbContainer;
    try {
      container = CFB.read(bytes, { type: 'buffer' });
    } catch {
      return problem(said(ref('damagedXls'), AGAIN));
    }
    const info = CFB.find(container, 'EncryptionInfo');
    const encrypted = CFB.find(container, 'EncryptedPackage');
    if (info === null || encrypted === null) return sheetsOf(() => XLSX.read(bytes, { ...READ_OPTIONS, type: 'buffer' }), file, problem);
    if (options.password === undefined) return { needsPassword: true };
    const parsed = parseEncryptionInfo(toBytes(info.content));
    const decrypted = 'unsupported' in parsed ? parsed : decryptPackage(parsed, toBytes(encrypted.content), options.password);
    if ('unsupported' in decrypted) return problem(said(ref('cannotDecrypt', decrypted.unsupported), SAVE_UNPROTECTED));
    if ('wrongPassword' in decrypted) return problem(said(ref('wrongPassword'), ref('wrongPasswordHint')));
    zip = decrypted.bytes;
  }
  const parts = unzip(zip);
  if ('problem' in parts) return problem(parts);
  const container = CFB.utils.cfb_new();
  for (const [name, content] of parts.entries) CFB.utils.cfb_add(container, name, content);
  return sheetsOf(() => (XLSX as unknown as ZipParser).parse_zip(container, { ...READ_OPTIONS }), file, problem);
}

const SAVE_UNPROTECTED = ref('saveUnprotectedHint');

type Problem = (words: IssueWords) => { issue: InputIssue };

/** The sheets SheetJS reads, or its failure as an issue of the file: whatever it throws, the file is to blame. */
function sheetsOf(parse: () => SheetJs.WorkBook, file: string, problem: Problem): Workbook {
  let book: SheetJs.WorkBook;
  try {
    book = parse();
  } catch (error) {
    return problem(whyNotAWorkbook(error instanceof Error ? error.message : String(error)));
  }
  const reading = { ssf: sheetjs().SSF, date1904: book.Workbook?.WBProps?.date1904 === true };
  const sheets: SheetRows[] = [];
  for (const [index, name] of book.SheetNames.entries()) {
    const sheet = book.Sheets[name];
    const rows = sheet === undefined ? { name, rows: [] } : sheetRows(name, sheet, reading);
    if ('tooWide' in rows) return tooWide(file, index === 0 ? '' : name, rows.tooWide.line);
    sheets.push(rows);
  }
  return { sheets };
}

/** SheetJS's messages, which speak of its internals, as what they mean to the user. */
function whyNotAWorkbook(message: string): IssueWords {
  if (/password/i.test(message)) return said(ref('protectedXls'), SAVE_UNPROTECTED);
  if (/Unsupported ZIP file|Cannot find file .* in zip/i.test(message)) return said(ref('zipNotWorkbook'), ref('zipNotWorkbookHint'));
  if (/Workbook stream|Cannot find .*stream/i.test(message)) return said(ref('officeNotWorkbook'), ref('officeNotWorkbookHint'));
  return said(ref('damagedWorkbook', excerpt(message, 120)), AGAIN);
}

function tooWide(file: string, sheet: string, line: number): { issue: InputIssue } {
  return {
    issue: {
      severity: 'error',
      file,
      sheet,
      line,
      column: MAX_COLUMNS + 1,
      ...said(ref('pastColumnXfd'), ref('pastColumnXfdHint')),
    },
  };
}

function toBytes(content: ArrayLike<number> | undefined): Uint8Array {
  if (content === undefined) return new Uint8Array();
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}
