import type { CsvRecord } from '../csv-table.js';
import { decodeEntities } from './html-entities.js';
import type { SheetRows } from './sheet-rows.js';
import { MAX_COLUMNS } from './sheet-rows.js';

/** The columns a rowspan covers in the rows under its own, `firstRow` to `lastRow` of its table. */
interface Span {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly from: number;
  readonly to: number;
}
interface OpenRow {
  /** The row's non-blank cells by column (few, however far right they are). */
  readonly cells: Array<readonly [column: number, text: string]>;
  column: number;
  readonly tableRow: number;
  hostsTable: boolean;
  /** The spans from rows above that cover columns of this row, left to right, and how many lie left of `column`. */
  readonly covered: readonly Span[];
  passed: number;
}
interface OpenTable {
  readonly base: number;
  nextRow: number;
  row: OpenRow | undefined;
  cell: { column: number; text: string } | undefined;
  /** The rowspans that reach the next row, sorted by column; those the open row starts wait in `started`. */
  spans: Span[];
  started: Span[];
}

// Elements whose content is not cell text; their end is searched for directly, never parsed.
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'head']);
// HTML's limits on spans, which also bound what a hostile page can make cashflow fill in.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;
/** Steps of laying out spanned cells one page may take: a real statement takes thousands; a crafted page stops here. */
const MAX_LAYOUT_STEPS = 5_000_000;

/**
 * The rows of every table in an HTML page, as one sheet the way Excel opens it: each `<tr>` is a row, numbered down
 * the page, and cells are placed by their column with `colspan` and `rowspan` honoured (a spanned cell's text is
 * in its first cell, the cells it covers are ''). A table inside a cell starts at that cell's column; a row that
 * only holds such tables is not a row of its own (KB국민 wraps its tables in one). Text is HTML's: white space runs
 * are one space, `<br>` is a line break, character references are decoded, each cell trimmed. Linear in the page's
 * length, whatever it holds.
 */
export function htmlRows(html: string): SheetRows | { tooWide: CsvRecord } | { noTable: true } | { tooIntricate: true } {
  const lower = html.toLowerCase();
  if (!lower.includes('<table')) return { noTable: true };
  const rows: CsvRecord[] = [];
  const tables: OpenTable[] = [];
  let line = 0;
  let tooWide: CsvRecord | undefined;
  let steps = 0;

  const closeCell = (table: OpenTable) => {
    const { cell, row } = table;
    if (cell === undefined || row === undefined) return;
    const column = table.base + cell.column;
    const text = cell.text.replace(/ *\n */g, '\n').trim();
    if (column >= MAX_COLUMNS) tooWide ??= { line: line + 1, cells: [] };
    else if (text !== '') row.cells.push([column, text]);
    table.cell = undefined;
  };
  const closeRow = (table: OpenTable) => {
    closeCell(table);
    const { row } = table;
    if (row === undefined) return;
    table.row = undefined;
    const blank = row.cells.length === 0;
    if (blank && row.hostsTable) return;
    line += 1;
    if (blank) return;
    const cells = new Array<string>(Math.max(...row.cells.map(([column]) => column)) + 1).fill('');
    for (const [column, text] of row.cells) cells[column] = text;
    rows.push({ line, cells });
  };
  const openRow = (table: OpenTable) => {
    closeRow(table);
    const tableRow = table.nextRow++;
    table.spans = mergedByColumn(table.spans, table.started).filter((span) => span.lastRow >= tableRow);
    table.started = [];
    steps += table.spans.length;
    table.row = { cells: [], column: 0, tableRow, hostsTable: false, covered: table.spans, passed: 0 };
  };
  const openCell = (table: OpenTable, attributes: string) => {
    if (table.row === undefined) openRow(table);
    closeCell(table);
    const row = table.row!;
    const colspan = spanOf(attributes, 'colspan', MAX_COLSPAN);
    const rowspan = spanOf(attributes, 'rowspan', MAX_ROWSPAN);
    // Columns still covered by a rowspan from a row above are skipped, as a browser lays them out. The spans do not
    // overlap and are sorted, so one pass along them serves the whole row.
    for (; row.passed < row.covered.length && row.covered[row.passed]!.from <= row.column; row.passed += 1) {
      row.column = Math.max(row.column, row.covered[row.passed]!.to + 1);
      steps += 1;
    }
    table.cell = { column: row.column, text: '' };
    if (rowspan > 1) table.started.push({ firstRow: row.tableRow + 1, lastRow: row.tableRow + rowspan - 1, from: row.column, to: row.column + colspan - 1 });
    row.column += colspan;
  };

  let gt = -1;
  for (let at = 0; at < html.length && tooWide === undefined; ) {
    if (steps > MAX_LAYOUT_STEPS) return { tooIntricate: true };
    const lt = html.indexOf('<', at);
    const top = tables[tables.length - 1];
    const end = lt === -1 ? html.length : lt;
    if (end > at && top?.cell !== undefined) top.cell.text += decodeEntities(html.slice(at, end).replace(/[\t\n\f\r ]+/g, ' '));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt === -1) break;
    const tag = /^<(\/?)([a-zA-Z][\w:-]{0,30})/.exec(html.slice(lt, Math.min(gt, lt + 34)));
    if (tag === null) {
      if (top?.cell !== undefined) top.cell.text += '<';
      at = lt + 1;
      continue;
    }
    const [, slash, rawName] = tag as unknown as [string, string, string];
    const name = rawName.toLowerCase();
    const attributes = html.slice(lt + tag[0].length, gt);
    at = gt + 1;
    if (slash === '' && RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, at);
      at = close === -1 ? html.length : close;
      continue;
    }
    if (name === 'table') {
      if (slash === '') {
        const parent = tables[tables.length - 1];
        if (parent?.row !== undefined) parent.row.hostsTable = true;
        const base = parent?.cell === undefined ? (parent?.base ?? 0) : parent.base + parent.cell.column;
        tables.push({ base, nextRow: 0, row: undefined, cell: undefined, spans: [], started: [] });
      } else if (top !== undefined) {
        closeRow(top);
        tables.pop();
      }
    } else if (top === undefined) {
      // A cell or row outside any table is not part of one.
    } else if (name === 'tr') {
      if (slash === '') openRow(top);
      else closeRow(top);
    } else if (name === 'td' || name === 'th') {
      if (slash === '') openCell(top, attributes);
      else closeCell(top);
    } else if (name === 'br' && top.cell !== undefined) {
      top.cell.text += '\n';
    }
  }
  while (tables.length > 0) closeRow(tables.pop()!);
  return tooWide === undefined ? { name: '', rows } : { tooWide };
}

/** Two lists of spans sorted by column as one, in one pass (a row's spans never overlap those above it). */
function mergedByColumn(a: readonly Span[], b: readonly Span[]): Span[] {
  if (b.length === 0) return [...a];
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.from < b[j]!.from) ? a[i++]! : b[j++]!);
  return out;
}

const SPAN_PATTERNS = { colspan: /\bcolspan\s*=\s*["']?\s*(\d+)/i, rowspan: /\browspan\s*=\s*["']?\s*(\d+)/i };

function spanOf(attributes: string, name: keyof typeof SPAN_PATTERNS, most: number): number {
  const found = SPAN_PATTERNS[name].exec(attributes);
  const value = found === null ? 1 : Number(found[1]);
  return Math.min(Math.max(value, 1), most);
}
