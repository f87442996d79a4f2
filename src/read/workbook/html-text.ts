import type { Decoded, TextEncoding } from '../decode-text.js';
import { decodeText, encodingOf } from '../decode-text.js';

/**
 * The text of an HTML page from its bytes: a byte-order mark decides, then the page's own `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` (KB국민's is EUC-KR, read as CP949, its superset), then
 * the detection CSV files get. `forced` (--encoding) wins over all. SheetJS handed the bytes ignores the meta and
 * garbles Korean, which is why the page is decoded here.
 */
export function htmlText(bytes: Uint8Array, forced?: TextEncoding): Decoded {
  const hasMark = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return decodeText(bytes, forced ?? (hasMark ? undefined : metaCharset(bytes)));
}

/** The encoding a page's meta names in its first 4 KiB (where the HTML standard looks), when cashflow reads it. */
export function metaCharset(bytes: Uint8Array): TextEncoding | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const named = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (named !== null) return encodingOf(named[1]!);
  }
  return undefined;
}
