/** What a file's first bytes say it is: a zip (xlsx), an OLE container (xls, or an encrypted xlsx), HTML, or text. */
export type ContainerKind = 'zip' | 'ole' | 'html' | 'text';

/**
 * The container of an input file, from its first bytes. HTML is `<` after an optional byte-order mark and white
 * space (KB국민's "엑셀" download is an HTML table named .xls), in UTF-8, CP949 or UTF-16; everything else that is not
 * a zip or OLE signature is left to the text decoder.
 */
export function containerKind(bytes: Uint8Array): ContainerKind {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  return firstMark(bytes) === 0x3c ? 'html' : 'text';
}

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;

/** The first character that is not white space, for the three encodings an HTML page can start in (by its BOM). */
function firstMark(bytes: Uint8Array): number | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    // UTF-16: an ASCII character is its byte and a zero, in the order the mark names.
    for (let at = 2; at + 1 < Math.min(bytes.length, 4096); at += 2) {
      const [low, high] = le ? [bytes[at], bytes[at + 1]] : [bytes[at + 1], bytes[at]];
      if (high !== 0) return undefined;
      if (!isSpace(low)) return low;
    }
    return undefined;
  }
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const end = Math.min(bytes.length, at + 4096);
  while (at < end && isSpace(bytes[at])) at += 1;
  return bytes[at];
}
