import type { CsvRecord } from '../csv-table.js';
import { decodeEntities } from './html-entities.js';
import type { SheetRows } from './sheet-rows.js';
import { MAX_COLUMNS } from './sheet-rows.js';

interface Span {
  readonly lastRow: number;
  readonly from: number;
  readonly to: number;
}
interface OpenRow {
  readonly cells: string[];
  column: number;
  readonly tableRow: number;
  hostsTable: boolean;
}
interface OpenTable {
  readonly base: number;
  nextRow: number;
  row: OpenRow | undefined;
  cell: { column: number; text: string } | undefined;
  spans: Span[];
}

// Elements whose content is not cell text; their end is searched for directly, never parsed.
const RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'head']);
// HTML's limits on spans, which also bound what a hostile page can make cashflow fill in.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;

/**
 * The rows of every table in an HTML page, as one sheet the way Excel opens it: each `<tr>` is a row, numbered down
 * the page, and cells are placed by their column with `colspan` and `rowspan` honoured (a spanned cell's text is
 * in its first cell, the cells it covers are ''). A table inside a cell starts at that cell's column; a row that
 * only holds such tables is not a row of its own (KB국민 wraps its tables in one). Text is HTML's: white space runs
 * are one space, `<br>` is a line break, character references are decoded, each cell trimmed. Linear in the page's
 * length, whatever it holds.
 */
export function htmlRows(html: string): SheetRows | { tooWide: CsvRecord } | { noTable: true } {
  const lower = html.toLowerCase();
  if (!lower.includes('<table')) return { noTable: true };
  const rows: CsvRecord[] = [];
  const tables: OpenTable[] = [];
  let line = 0;
  let tooWide: CsvRecord | undefined;

  const closeCell = (table: OpenTable) => {
    const { cell, row } = table;
    if (cell === undefined || row === undefined) return;
    const column = table.base + cell.column;
    const text = cell.text.replace(/ *\n */g, '\n').trim();
    if (column >= MAX_COLUMNS) tooWide ??= { line: line + 1, cells: [] };
    else if (text !== '') row.cells[column] = text;
    table.cell = undefined;
  };
  const closeRow = (table: OpenTable) => {
    closeCell(table);
    const { row } = table;
    if (row === undefined) return;
    table.row = undefined;
    const blank = row.cells.every((cell) => cell === undefined || cell === '');
    if (blank && row.hostsTable) return;
    line += 1;
    if (!blank) rows.push({ line, cells: Array.from(row.cells, (cell) => cell ?? '') });
  };
  const openRow = (table: OpenTable) => {
    closeRow(table);
    table.row = { cells: [], column: 0, tableRow: table.nextRow++, hostsTable: false };
    table.spans = table.spans.filter((span) => span.lastRow >= table.row!.tableRow);
  };
  const openCell = (table: OpenTable, attributes: string) => {
    if (table.row === undefined) openRow(table);
    closeCell(table);
    const row = table.row!;
    const colspan = spanOf(attributes, 'colspan', MAX_COLSPAN);
    const rowspan = spanOf(attributes, 'rowspan', MAX_ROWSPAN);
    // Columns still covered by a rowspan from a row above are skipped, as a browser lays them out.
    for (let moved = true; moved; ) {
      moved = false;
      for (const span of table.spans) {
        if (span.lastRow >= row.tableRow && span.from <= row.column && row.column <= span.to) {
          row.column = span.to + 1;
          moved = true;
        }
      }
    }
    table.cell = { column: row.column, text: '' };
    if (rowspan > 1) table.spans.push({ lastRow: row.tableRow + rowspan - 1, from: row.column, to: row.column + colspan - 1 });
    row.column += colspan;
  };

  let gt = -1;
  for (let at = 0; at < html.length && tooWide === undefined; ) {
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
        tables.push({ base, nextRow: 0, row: undefined, cell: undefined, spans: [] });
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

function spanOf(attributes: string, name: string, most: number): number {
  const found = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(attributes);
  const value = found === null ? 1 : Number(found[1]);
  return Math.min(Math.max(value, 1), most);
}
