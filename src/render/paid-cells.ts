// `reconcile --write` fills the empty paid cells of the user's own invoices file. Only those cells may change:
// the encoding, delimiter, quoting, line endings and every other byte stay as they were, because the file is the
// user's (often kept in Excel, in CP949, with CRLF) and a tool that re-writes it loses their formatting. So the
// edit is made on the bytes: in UTF-8 and CP949 the bytes of a delimiter, a quote and a line end never occur inside
// a multi-byte character (CP949's trail bytes are 0x41–0xFE), and a date is ASCII. UTF-16 files are edited as text
// and encoded back, which is lossless for UTF-16.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A cell to fill: the record's first line (1-based, as the reader reports it) and the column (0-based). */
export interface PaidCell {
  readonly line: number;
  readonly column: number;
  /** ASCII text: the date as the column writes dates. */
  readonly text: string;
}

/** `reason` says which problem it is, for the command line to word it in the run's language. */
export type Filled = { readonly bytes: Uint8Array } | { readonly problem: string; readonly line: number; readonly reason: 'lineGone' | 'taken' };

/**
 * The file's bytes with each cell filled, or the problem when a cell is not empty or a line is not there (the file
 * changed since it was read). `delimiter` is the file's (one ASCII character); `utf16` says the bytes are UTF-16
 * (`le` or `be`, with or without a BOM).
 */
export function fillPaidCells(bytes: Uint8Array, delimiter: string, cells: readonly PaidCell[], utf16?: 'le' | 'be'): Filled {
  if (utf16 !== undefined) return fillUtf16(bytes, delimiter, cells, utf16);
  const separator = delimiter.charCodeAt(0);
  const starts = lineStarts(bytes);
  const edits: { at: number; remove: number; insert: string; line: number }[] = [];
  for (const cell of cells) {
    const start = starts[cell.line - 1];
    // A line that starts at the very end is no record: the file is shorter than it was read.
    if (start === undefined || start >= bytes.length) return { problem: `has no line ${cell.line} any more`, line: cell.line, reason: 'lineGone' };
    const place = cellPlace(bytes, start, cell.column, separator);
    if ('problem' in place) return { problem: place.problem, line: cell.line, reason: 'taken' };
    edits.push({ at: place.at, remove: place.remove, insert: place.prefix + cell.text, line: cell.line });
  }
  edits.sort((a, b) => a.at - b.at);
  const inserted = edits.map((edit) => new TextEncoder().encode(edit.insert));
  const out = new Uint8Array(bytes.length + inserted.reduce((sum, part) => sum + part.length, 0) - edits.reduce((sum, edit) => sum + edit.remove, 0));
  let from = 0;
  let to = 0;
  edits.forEach((edit, index) => {
    out.set(bytes.subarray(from, edit.at), to);
    to += edit.at - from;
    out.set(inserted[index]!, to);
    to += inserted[index]!.length;
    from = edit.at + edit.remove;
  });
  out.set(bytes.subarray(from), to);
  return { bytes: out };
}

/**
 * The offset each line starts at, counted as the reader counts them: it makes CRLF and a lone CR into LF (anywhere,
 * inside quotes too) before numbering, so a CR followed by LF is one break and a lone CR is a break of its own.
 */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [bomLength(bytes)];
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at];
    if (byte === LF || (byte === CR && bytes[at + 1] !== LF)) starts.push(at + 1);
  }
  return starts;
}

function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * Where the text of a record's column goes: in place of an empty or blank cell (between its quotes when it is
 * quoted, the blanks replaced), or after the record's last cell with the delimiters that reach the column. A cell
 * that holds anything else is refused.
 */
function cellPlace(bytes: Uint8Array, start: number, column: number, separator: number): { at: number; remove: number; prefix: string } | { problem: string } {
  let at = start;
  const blank = (from: number, to: number) => bytes.subarray(from, to).every((byte) => byte === 0x20 || byte === 0x09);
  for (let index = 0; ; index += 1) {
    const fieldStart = at;
    if (bytes[at] === QUOTE) {
      at += 1;
      while (at < bytes.length && !(bytes[at] === QUOTE && bytes[at + 1] !== QUOTE)) at += bytes[at] === QUOTE ? 2 : 1;
      at += 1;
    }
    while (at < bytes.length && bytes[at] !== separator && bytes[at] !== LF && bytes[at] !== CR) at += 1;
    if (index === column) {
      const quoted = bytes[fieldStart] === QUOTE && at - fieldStart >= 2 && bytes[at - 1] === QUOTE;
      const [from, to] = quoted ? [fieldStart + 1, at - 1] : [fieldStart, at];
      if (!blank(from, to)) return { problem: 'already has a paid date in this cell' };
      return { at: from, remove: to - from, prefix: '' };
    }
    if (at >= bytes.length || bytes[at] !== separator) {
      // The record ends before the column: Excel leaves trailing empty cells out.
      return { at, remove: 0, prefix: String.fromCharCode(separator).repeat(column - index) };
    }
    at += 1;
  }
}

function fillUtf16(bytes: Uint8Array, delimiter: string, cells: readonly PaidCell[], order: 'le' | 'be'): Filled {
  const bom = order === 'le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
  const body = bom ? bytes.subarray(2) : bytes;
  const text = new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(body);
  // Edited as UTF-8 (every delimiter, quote and line end is ASCII there too), then encoded back.
  const filled = fillPaidCells(new TextEncoder().encode(text), delimiter, cells);
  if ('problem' in filled) return filled;
  const edited = new TextDecoder().decode(filled.bytes);
  const out = new Uint8Array((bom ? 2 : 0) + edited.length * 2);
  if (bom) out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < edited.length; index += 1) {
    const code = edited.charCodeAt(index);
    const at = (bom ? 2 : 0) + index * 2;
    out[order === 'le' ? at : at + 1] = code & 0xff;
    out[order === 'le' ? at + 1 : at] = code >> 8;
  }
  return { bytes: out };
}

/**
 * How the column writes dates, so a filled cell looks like its neighbours: the separator of the first Y-M-D date in
 * it (`2026.11.28`, `2026/11/28`), else ISO. Other forms (`11/28/2026`) get ISO, which every reader of the file
 * — cashflow included — reads without doubt.
 */
export function paidDateStyle(samples: readonly string[]): (iso: string) => string {
  for (const sample of samples) {
    const match = /^\s*\d{4}([./-])\d{2}\1\d{2}\s*$/.exec(sample);
    if (match !== null) return (iso) => iso.replaceAll('-', match[1]!);
  }
  return (iso) => iso;
}
