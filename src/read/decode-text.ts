import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type IconvLite from 'iconv-lite';
import type { IssueWords } from './issue-words.js';
import { ref, said } from './issue-words.js';

// iconv-lite's code tables are large and only CP949 files need them, so it is loaded on first use (and left out
// of the CLI bundle: see scripts/build.mjs).
let iconv: typeof IconvLite | undefined;
function cp949Decode(bytes: Uint8Array): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
}

/** How the bytes of a file were (or must be) turned into text. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

export const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'cp949'];

/** Names people pass to --encoding, mapped to the decoder we use (EUC-KR is a subset of CP949). */
export function encodingOf(name: string): TextEncoding | undefined {
  const key = name.trim().toLowerCase().replace(/[_\s]/g, '-');
  const aliases: Record<string, TextEncoding> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    'utf-16le': 'utf-16le',
    'utf-16': 'utf-16le',
    'utf-16be': 'utf-16be',
    cp949: 'cp949',
    'euc-kr': 'cp949',
    euckr: 'cp949',
    ms949: 'cp949',
    uhc: 'cp949',
    'ks-c-5601-1987': 'cp949',
  };
  return aliases[key];
}

export type Decoded = { readonly text: string; readonly encoding: TextEncoding } | IssueWords;

/**
 * The text of a CSV file from its bytes. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8 or CP949
 * (Korean Excel's default, a superset of EUC-KR), whichever reads the bytes better (see likelierText). Bytes the
 * chosen encoding cannot read become U+FFFD, which the CSV readers report cell by cell. `forced` skips detection.
 * Files that are plainly not text (PDF, a zip such as .xlsx, binary) say so.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncoding): Decoded {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return said(ref('isPdf'), ref('isPdfHint'));
  if (starts(0x50, 0x4b, 0x03, 0x04)) return said(ref('isZip'), ref('saveAsCsvHint'));
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return said(ref('isOldExcel'), ref('saveAsCsvHint'));

  let encoding: TextEncoding;
  if (forced !== undefined) {
    encoding = forced;
  } else if (starts(0xef, 0xbb, 0xbf)) {
    encoding = 'utf-8';
  } else if (starts(0xff, 0xfe)) {
    encoding = 'utf-16le';
  } else if (starts(0xfe, 0xff)) {
    encoding = 'utf-16be';
  } else if (!isUtf8(bytes)) {
    return checkedText(likelierText(bytes), forced);
  } else {
    encoding = 'utf-8';
  }
  const body = (encoding === 'utf-16le' || encoding === 'utf-16be') && (starts(0xff, 0xfe) || starts(0xfe, 0xff)) ? bytes.subarray(2) : bytes;
  return checkedText({ text: decodeAs(body, encoding), encoding }, forced);
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  return encoding === 'cp949' ? cp949Decode(bytes) : new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Bytes that are not valid UTF-8 are either CP949 or UTF-8 with a few bad bytes (a character broken by a tool that
 * cut or edited the file). Decoding the other way garbles every non-ASCII character of the file, while the right
 * way leaves U+FFFD only where a byte is bad: so the encoding that leaves fewer wins, a tie going to UTF-8, the encoding
 * cashflow asks for. Real CP949 files read with no replacement at all, so UTF-8 is tried only when CP949 also fails.
 */
function likelierText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const cp949 = cp949Decode(bytes);
  const cp949Lost = replacements(cp949, Infinity);
  if (cp949Lost === 0) return { text: cp949, encoding: 'cp949' };
  const utf8 = decodeAs(bytes, 'utf-8');
  return replacements(utf8, cp949Lost + 1) > cp949Lost ? { text: cp949, encoding: 'cp949' } : { text: utf8, encoding: 'utf-8' };
}

/** How many U+FFFD the text holds, counting no further than `enough`. */
function replacements(text: string, enough: number): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1 && count < enough; at = text.indexOf('\uFFFD', at + 1)) count += 1;
  return count;
}

/**
 * ECMA-48 control sequences (ESC [ … final byte) and operating-system commands (ESC ] … BEL or ESC \\) whose text is
 * printable and at most 512 characters (a window title, a link): a run of other controls wrapped in ESC ] … BEL is
 * still counted, control by control.
 */
const TERMINAL_SEQUENCES = /\x1b\[[\x30-\x3f]{0,32}[\x20-\x2f]{0,8}[\x40-\x7e]|\x1b\][\x20-\x7e\u00a0-\uffff]{0,512}(?:\x07|\x1b\\)/g;

/** The decoded text, or the problem when it is plainly not text. */
function checkedText(decoded: { text: string; encoding: TextEncoding }, forced: TextEncoding | undefined): Decoded {
  // A NUL, or control characters (tab, CR, LF aside) or unreadable bytes in more than 1 % of the text, mean binary
  // data; a few stray controls or bad bytes are text, reported or neutralised when printed. Whole terminal escape
  // sequences (colour, clear screen, a window title: text copied from a terminal into a name) are not counted, as
  // binary data does not form them; a short file with a few of them in every name is still text.
  const sample = decoded.text.slice(0, 65_536);
  const controls = (sample.replace(TERMINAL_SEQUENCES, '').match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g) ?? []).length;
  const lost = replacements(sample, Infinity);
  const dense = (count: number) => count > 16 && count > sample.length / 100;
  if (sample.includes('\u0000') || dense(controls) || dense(lost)) {
    return said(ref('notText', forced), ref('notTextHint', ENCODINGS));
  }
  return decoded;
}
