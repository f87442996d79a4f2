import { CsvError, parse } from 'csv-parse/sync';
import { excerpt } from './excerpt.js';
import type { InputIssue } from './input-issue.js';
import { ref, said } from './issue-words.js';
import { forEachPlainRecord, plainCsvShape } from './plain-csv.js';

/** A CSV file as a header and records, each record knowing the line it starts on. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  /** The line (or sheet row) the header is on, when it is not the first: preamble rows above it (see header-row). */
  readonly headerLine?: number | undefined;
  /** Set for a table read from a workbook sheet or an HTML table: see InputIssue.sheet. */
  readonly sheet?: string | undefined;
  readonly records: CsvRecords;
  /** Whether the text holds U+FFFD, a character the decoder could not read: only then are cells checked for it. */
  readonly unreadable?: boolean;
}

/**
 * The data records of a table, in file order and without blank ones. An array for files csv-parse read; for plain
 * files, each pass reads the text afresh, so a large file's records are never all held at once.
 */
export interface CsvRecords {
  forEach(visit: (record: CsvRecord) => void): void;
  /** The first `count` records, without a pass over the rest (a plain file's pass can stop early). */
  head?(count: number): CsvRecord[];
}

/** The first `count` records of a table: an array's slice, a reader's own `head`, or a pass that keeps them. */
export function firstRecords(records: CsvRecords, count: number): CsvRecord[] {
  if (Array.isArray(records)) return (records as CsvRecord[]).slice(0, count);
  if (records.head !== undefined) return records.head(count);
  const first: CsvRecord[] = [];
  records.forEach((record) => {
    if (first.length < count) first.push(record);
  });
  return first;
}

export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Splits CSV text into a header and records. Pure: the caller has read the file.
 * Line endings are made uniform first, because csv-parse miscounts lines on CRLF input and
 * line numbers are what the user's error messages point at. Plain files (see plain-csv) are read by a faster reader
 * that gives the same records; `plainReader` false sends every file to csv-parse (tests compare the two).
 */
export function parseCsvTable(text: string, file: string, plainReader = true): { table: CsvTable | undefined; issues: InputIssue[] } {
  const { normalised, delimiter, skippedLines } = csvLayout(text);
  const shape = plainReader ? plainCsvShape(normalised, delimiter) : undefined;
  const unreadable = normalised.includes('\uFFFD');
  if (shape !== undefined) return plainCsvTable(normalised, delimiter, file, shape.records, skippedLines, unreadable);
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(normalised, {
      info: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = Number((error as CsvError & { lines?: number }).lines ?? 1) + skippedLines;
      return {
        table: undefined,
        issues: [
          {
            severity: 'error',
            file,
            line,
            column: 1,
            ...said(ref('notCsv', excerpt(error.message.replace(/^.*?:\s*/, ''), 200), error.code), ref('notCsvHint')),
          },
        ],
      };
    }
    throw error;
  }
  const records: CsvRecord[] = [];
  for (const { record, info } of rows) {
    if (record.every((cell) => cell.trim() === '')) continue;
    // csv-parse reports the line a record ends on; step back over newlines inside quoted fields.
    const embedded = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
    records.push({ line: info.lines - embedded + skippedLines, cells: record });
  }
  const [first, ...rest] = records;
  return tableOf(file, first, rest.length, rest, unreadable);
}

/**
 * A CSV text made uniform (no BOM, \n line ends, Excel's `sep=;` first line taken off) and its delimiter: what
 * parseCsvTable reads, and what a writer of the same file must use.
 */
export function csvLayout(text: string): { normalised: string; delimiter: string; skippedLines: number } {
  let normalised = text.replace(/^\uFEFF/, '');
  if (normalised.includes('\r')) normalised = normalised.replace(/\r\n?/g, '\n');
  // Excel writes `sep=;` as a first line to name the delimiter; it is not part of the data.
  const sep = /^"?sep=(.)"?\n/i.exec(normalised);
  let skippedLines = 0;
  if (sep !== null) {
    normalised = normalised.slice(sep[0].length);
    skippedLines = 1;
  }
  return { normalised, delimiter: sep?.[1] ?? sniffDelimiter(normalised), skippedLines };
}

/**
 * The table once the header is known, or the issue when there is no header. Every reader of rows (CSV text,
 * workbook sheets, HTML tables) ends here, so all treat an empty or header-only file alike: an empty file cannot be
 * read, a header-only one is a table without records and a warning (a monthly script may write one).
 */
export function tableOf(
  file: string,
  header: CsvRecord | undefined,
  dataRecords: number,
  records: CsvRecords,
  unreadable: boolean,
): { table: CsvTable | undefined; issues: InputIssue[] } {
  if (header === undefined) {
    return {
      table: undefined,
      issues: [{ severity: 'error', file, line: 1, column: 1, ...said(ref('fileEmpty'), ref('fileEmptyHint')) }],
    };
  }
  // Spreadsheets pad rows with empty trailing columns; a header cell that is blank names nothing.
  const table: CsvTable = { file, header: header.cells.map((name) => name.trim()), headerLine: header.line, records, unreadable };
  return { table, issues: dataRecords === 0 ? [headerOnlyWarning(table)] : [] };
}

/** The warning for a table with a header and nothing under it: read as no rows at all. */
export function headerOnlyWarning(table: CsvTable): InputIssue {
  return {
    severity: 'warning',
    file: table.file,
    sheet: table.sheet,
    line: table.headerLine ?? 1,
    column: 1,
    ...said(ref('headerOnly'), ref('headerOnlyHint')),
  };
}

/** A plain file's table: the header read now, the data records read on each pass over them. */
function plainCsvTable(
  text: string,
  delimiter: string,
  file: string,
  nonBlank: number,
  skippedLines: number,
  unreadable: boolean,
): { table: CsvTable | undefined; issues: InputIssue[] } {
  const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
  let header: CsvRecord | undefined;
  forEachPlainRecord(text, delimiter, (cells, line) => {
    if (isBlank(cells)) return true;
    header = { line: line + skippedLines, cells };
    return false;
  });
  /** Each record under the header, until `visit` returns false. */
  const pass = (visit: (record: CsvRecord) => boolean | undefined) => {
    let seenHeader = false;
    forEachPlainRecord(text, delimiter, (cells, line) => {
      if (isBlank(cells)) return true;
      if (!seenHeader) {
        seenHeader = true;
        return true;
      }
      return visit({ line: line + skippedLines, cells }) !== false;
    });
  };
  const records: CsvRecords = {
    forEach(visit) {
      pass((record) => {
        visit(record);
        return true;
      });
    },
    head(count) {
      const first: CsvRecord[] = [];
      if (count > 0)
        pass((record) => {
          first.push(record);
          return first.length < count;
        });
      return first;
    },
  };
  return tableOf(file, header, Math.max(0, nonBlank - 1), records, unreadable);
}

// The delimiters cashflow tells apart, in the order ties go: comma first, as before there was a choice.
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How many lines the delimiter is judged on: a bank's title and account rows, the header and a few records. */
const SNIFFED_LINES = 20;

/** The text up to the end of its `count`th line (all of it when it has fewer). */
function firstLines(text: string, count: number): string {
  let end = -1;
  for (let line = 0; line < count; line += 1) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

/**
 * The delimiter of a CSV text: of comma, semicolon, tab and vertical bar, the one that splits the most of the first
 * SNIFFED_LINES lines (outside quotes) into the same number of fields, more than one; of equals, the one that gives
 * more fields, then the earlier in that list. A title line above the header (`Invoices, November`) splits unlike
 * the records and so does not decide; `1,500,000` in a tab file varies from record to record.
 */
export function sniffDelimiter(text: string): string {
  // Quoted fields go first, across lines: a quoted cell may hold newlines, and delimiters, of its own.
  const unquoted = firstLines(text, SNIFFED_LINES).replace(/"[^"]*"/g, '');
  const lines = unquoted.split('\n').filter((line) => line.trim() !== '');
  let best: { delimiter: string; lines: number; fields: number } = { delimiter: ',', lines: 0, fields: 0 };
  for (const delimiter of DELIMITERS) {
    const alike = new Map<number, number>();
    for (const line of lines) {
      const splits = line.split(delimiter).length - 1;
      if (splits > 0) alike.set(splits, (alike.get(splits) ?? 0) + 1);
    }
    for (const [splits, count] of alike) {
      if (count > best.lines || (count === best.lines && splits > best.fields)) best = { delimiter, lines: count, fields: splits };
    }
  }
  return best.delimiter;
}
