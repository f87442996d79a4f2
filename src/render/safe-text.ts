// Characters a file can use to take over a terminal or to mislead whoever reads the output, while showing nothing
// themselves: control characters (C0 such as ESC, BEL, CR; DEL; C1 such as U+009B CSI and U+0085 NEL), the line and
// paragraph separators, and the invisible format characters (Unicode category Cf): bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069, the "Trojan Source" reordering), bidi marks, zero-width space, word
// joiner, soft hyphen, BOM, tag characters (hidden text); and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0),
// which Korean users know as the "invisible name". Zero-width joiner and non-joiner stay: emoji and several scripts
// need them, and they neither reorder nor hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115f\u1160\u3164\uffa0]/gu;
const KEPT = new Set(['\u200c', '\u200d']);
// INVISIBLE without C0 (U+0000–U+001F), which jsonSafeText keeps as they are: JSON.stringify escapes them inside
// strings, and outside them they are the document's own line breaks. Matching them only to put them back cost a
// callback per line, ~1.3 s for the JSON of a million invoices.
const JSON_INVISIBLE = /[\x7f-\x9f\p{Cf}\u2028\u2029\u115f\u1160\u3164\uffa0]/gu;

// Every character the pattern above matches is U+007F or beyond. A text without one skips the Unicode pattern,
// which reads every character (~0.8 ms a megabyte): TextEncoder's ASCII run copies bytes until the first code
// unit past U+007F, several times faster (~0.14 ms), and DEL is one indexOf.
// The bytes go to a scratch buffer kept between calls, grown to twice the longest text (the JSON writer's chunks
// are ~1 MB); a text past 4 MB takes the pattern rather than grow it for good.
const ascii = new TextEncoder();
const SCRATCH_BYTES = 1 << 22;
let scratch: Uint8Array | undefined;

/** Whether the text is all ASCII without DEL (U+0000–U+007E), and so has nothing for jsonSafeText to escape. */
function plainAscii(text: string): boolean {
  if (text.length > SCRATCH_BYTES) return false;
  if (scratch === undefined || scratch.length < text.length) scratch = new Uint8Array(Math.min(SCRATCH_BYTES, 2 * text.length));
  const { read, written } = ascii.encodeInto(text, scratch);
  // Equal counts mean one byte for every code unit, none past U+007F (the buffer holds the whole text).
  return read === text.length && written === text.length && !text.includes('\x7f');
}

function escapeOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Text from the user's files made safe to print on a terminal, on one line: every character above becomes a visible
 * escape (`\x1b`, `\x9b`, `\u202e`), so a cell cannot recolour or rewrite the screen, or show itself reordered.
 */
export function safeText(text: string): string {
  return text.replace(INVISIBLE, (char) => (KEPT.has(char) ? char : escapeOf(char)));
}

/** The same characters removed, for formats read by other programs (a ledger journal's accounts and payees). */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, (char) => (KEPT.has(char) ? char : ''));
}

/**
 * JSON text with the characters above that JSON.stringify leaves raw (C1, separators, format characters) written as
 * `\uXXXX` escapes: the parsed value is unchanged, and the text is safe on a terminal. JSON.stringify already escapes
 * C0 inside strings, and outside them JSON holds only ASCII, so the whole document can be passed through.
 */
export function jsonSafeText(json: string): string {
  if (plainAscii(json)) return json;
  return json.replace(JSON_INVISIBLE, (char) => {
    if (KEPT.has(char)) return char;
    let escaped = '';
    for (let index = 0; index < char.length; index += 1) escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}
