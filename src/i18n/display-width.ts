// The cells a terminal gives a string, measured exactly as cli-table3 measures (string-width 4), so a column we
// size and a column it pads agree: East Asian wide characters (Hangul, CJK, full-width forms) take two cells,
// escape codes, control characters and combining marks none. One measure for the whole program: i18n comes
// before render, so messages (the simulation's rows, --help) and tables (fit-columns) pad by the same cells.
const ANSI = /\u001b\[[0-9;]*m/g;
// string-width counts an emoji (with its variation selectors and joined parts) as two cells, whatever it holds.
const EMOJI = /\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

// Ranges from Unicode's EastAsianWidth (W and F), the ones is-fullwidth-code-point 3 lists.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3040, 0x3247],
  [0x3250, 0x4dbf],
  [0x4e00, 0xa4c6],
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b001],
  [0x1f200, 0x1f251],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  return WIDE.some(([from, to]) => code >= from && code <= to);
}

function codeWidth(code: number): number {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  return isWide(code) ? 2 : 1;
}

// Narrow symbols the renderers print in most cells (₩, −, →, ·, …, —, •, no-break space): none is an emoji, a
// combining mark or wide, so a cell made of them, printable ASCII and Hangul syllables is measured without the
// regexes — the Unicode-property one alone costs milliseconds to build, and a table measures every cell.
const NARROW = new Set([0xa0, 0xb7, 0x2014, 0x2022, 0x2026, 0x20a9, 0x2192, 0x2212]);

/** The width of `text` when every character is printable ASCII, a NARROW symbol or a Hangul syllable; else -1. */
function plainWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) width += 1;
    else if (code >= 0xac00 && code <= 0xd7a3) width += 2;
    else if (NARROW.has(code)) width += 1;
    else return -1;
  }
  return width;
}

/** Terminal cells of one line of text: `displayWidth('한빛출판')` is 8, `displayWidth('INV-1')` is 5. */
export function displayWidth(text: string): number {
  const plain = plainWidth(text);
  if (plain >= 0) return plain;
  let width = 0;
  for (const char of text.replace(ANSI, '').replace(EMOJI, '  ')) width += codeWidth(char.codePointAt(0)!);
  return width;
}

/** `text` padded with spaces to `cells` terminal cells (never cut): for labels set before a value. */
export function padToWidth(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - displayWidth(text)));
}
