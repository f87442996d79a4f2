import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import type { IssueWords } from '../issue-words.js';
import { ref, said } from '../issue-words.js';

/** 128 MiB unpacked: a 100,000-row statement's sheet is ~40 MB of XML; a zip bomb stops here, not at the memory's end. */
export const MAX_UNPACKED_BYTES = 128 * 2 ** 20;
/** A workbook has tens of parts; tens of thousands is a hostile archive. */
const MAX_ENTRIES = 10_000;

export type Unzipped = { readonly entries: ReadonlyMap<string, Uint8Array> } | IssueWords;

// Only a workbook needs zlib; a CSV run must not load it.
let zlib: typeof Zlib | undefined;
const inflate = (bytes: Uint8Array, most: number) => {
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib;
  return zlib.inflateRawSync(bytes, { maxOutputLength: most });
};

const BROKEN = said(ref('damagedZip'), ref('damagedZipHint'));

/**
 * The parts of a zip archive (an xlsx) by name, unpacked with zlib under a budget: MAX_UNPACKED_BYTES in all,
 * counted as they are inflated, so a part that lies about its size cannot get past it. SheetJS's own unzip trusts
 * the sizes the archive declares (and grows without bound when they are 0), so cashflow unpacks and hands it the parts.
 * Parts that are not XML, relationships or binary sheets (images, embedded files) are skipped: no sheet needs them.
 */
export function unzip(bytes: Uint8Array): Unzipped {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end === undefined) return BROKEN;
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) return said(ref('zipTooManyParts', count), ref('zipTooManyPartsHint'));
  const entries = new Map<string, Uint8Array>();
  let budget = MAX_UNPACKED_BYTES;
  for (; count > 0; count -= 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return BROKEN;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let packed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const zip64 = zip64Sizes(view, at + 46 + nameLength, extraLength, packed, view.getUint32(at + 24, true), local);
    packed = zip64.packed;
    local = zip64.local;
    at += 46 + nameLength + extraLength + commentLength;
    if ((flags & 0x41) !== 0) return said(ref('encryptedZip'), ref('encryptedZipHint'));
    if (name.endsWith('/') || !/\.(xml|rels|bin)$/i.test(name)) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return BROKEN;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > bytes.length) return BROKEN;
    const data = bytes.subarray(start, start + packed);
    let content: Uint8Array;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflate(data, Math.max(1, budget));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge();
        return BROKEN;
      }
    } else return said(ref('zipMethod', method), ref('zipMethodHint'));
    budget -= content.length;
    if (budget < 0) return tooLarge();
    entries.set(name, content);
  }
  return { entries };
}

function tooLarge(): Unzipped {
  return said(ref('unpacksTooLarge', MAX_UNPACKED_BYTES / 2 ** 20), ref('unpacksTooLargeHint'));
}

/** Where the end-of-central-directory record starts: within the last 64 KiB + 22 bytes (its comment can be that long). */
function endOfDirectory(view: DataView): number | undefined {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return undefined;
}

/** The 64-bit sizes and offset of a ZIP64 entry (its 32-bit fields say 0xFFFFFFFF and the extra field holds them). */
function zip64Sizes(view: DataView, extra: number, extraLength: number, packed: number, unpacked: number, local: number) {
  const out = { packed, local };
  for (let at = extra; at + 4 <= extra + extraLength && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= view.byteLength ? Number(view.getBigUint64(field, true)) : Number.MAX_SAFE_INTEGER;
        field += 8;
        return value;
      };
      if (unpacked === 0xffffffff) next();
      if (packed === 0xffffffff) out.packed = next();
      if (local === 0xffffffff) out.local = next();
    }
    at += 4 + size;
  }
  return out;
}
