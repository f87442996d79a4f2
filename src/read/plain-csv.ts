// A fast reader for the CSV that spreadsheets and scripts write: fields either bare or wholly quoted ("1,500,000",
// "a ""quoted"" word"), one delimiter, records on \n. csv-parse stays the judge of everything else: plainCsvShape
// says whether a text is of this form, and only then does csv-table read it here instead. On such text the two
// give the same records on the same lines (test/unit/plain-rows.test.ts holds them to each other). csv-parse reads
// about 250,000 records a second and keeps them all; this reads millions a second and keeps none, so a file of a
// million invoices is read in one pass with flat memory.

const QUOTE = 34; // "
const NEWLINE = 10; // \n

/** What the record pass must know before it starts: how many records hold any non-blank cell. */
export interface PlainCsvShape {
  readonly records: number;
}

/**
 * The shape of `text` (BOM removed, line ends already \n) when every field is bare or wholly quoted, or undefined
 * when some field is not (a quote inside a bare field, text after a closing quote, a quote left open): those
 * files go to csv-parse, which reads them leniently or explains what is wrong.
 */
export function plainCsvShape(text: string, delimiter: string): PlainCsvShape | undefined {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n') return undefined;
  const separator = delimiter.charCodeAt(0);
  const end = text.length;
  let records = 0;
  let at = 0;
  while (at < end) {
    let blank = true;
    // One record: fields until a newline outside quotes, or the end of the text.
    for (;;) {
      let code = at < end ? text.charCodeAt(at) : NEWLINE;
      if (code === QUOTE) {
        at += 1;
        for (;;) {
          if (at >= end) return undefined; // the quote is never closed
          code = text.charCodeAt(at);
          at += 1;
          if (code !== QUOTE) {
            if (!isTrimmedAway(code)) blank = false;
            continue;
          }
          if (at < end && text.charCodeAt(at) === QUOTE) {
            at += 1;
            blank = false;
            continue;
          }
          break;
        }
        code = at < end ? text.charCodeAt(at) : NEWLINE;
        if (code !== separator && code !== NEWLINE) return undefined; // text after the closing quote
      } else {
        while (code !== separator && code !== NEWLINE) {
          if (code === QUOTE) return undefined; // a quote inside a bare field
          if (!isTrimmedAway(code)) blank = false;
          at += 1;
          code = at < end ? text.charCodeAt(at) : NEWLINE;
        }
      }
      at += 1;
      if (code === NEWLINE) break;
    }
    if (!blank) records += 1;
  }
  return { records };
}

/** Whether String.prototype.trim removes this UTF-16 code unit: a blank record is one whose cells trim to ''. */
export function isTrimmedAway(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Calls `visit` with the cells and the first line of every record of a text that plainCsvShape accepted, empty
 * lines skipped. Blank records are visited too; the caller decides what a blank record means. `visit` may return false
 * to stop.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: visitors that return nothing are the common case; `false` stops the walk
export function forEachPlainRecord(text: string, delimiter: string, visit: (cells: string[], line: number) => boolean | void): void {
  const separator = delimiter.charCodeAt(0);
  const end = text.length;
  let line = 1;
  let at = 0;
  while (at < end) {
    if (text.charCodeAt(at) === NEWLINE) {
      // csv-parse skips empty lines; they still count
      at += 1;
      line += 1;
      continue;
    }
    const first = line;
    const cells: string[] = [];
    for (;;) {
      let code = at < end ? text.charCodeAt(at) : NEWLINE;
      if (code === QUOTE) {
        const start = at + 1;
        let close = text.indexOf('"', start);
        let cell = text.slice(start, close);
        // "" inside a quoted field is one quote; a newline inside it moves the line count on.
        while (text.charCodeAt(close + 1) === QUOTE) {
          const next = text.indexOf('"', close + 2);
          cell += `"${text.slice(close + 2, next)}`;
          close = next;
        }
        for (let index = cell.indexOf('\n'); index !== -1; index = cell.indexOf('\n', index + 1)) line += 1;
        cells.push(cell);
        at = close + 1;
        code = at < end ? text.charCodeAt(at) : NEWLINE;
      } else {
        const start = at;
        while (code !== separator && code !== NEWLINE) {
          at += 1;
          code = at < end ? text.charCodeAt(at) : NEWLINE;
        }
        cells.push(text.slice(start, at));
      }
      at += 1;
      if (code === NEWLINE) break;
    }
    line += 1;
    if (visit(cells, first) === false) return;
  }
}
