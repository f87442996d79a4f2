import { deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';

export type BookType = 'xlsx' | 'biff8';

/** A cell as SheetJS writes it: a value, and for numbers the format that makes one a date. */
export type Cell = string | number | boolean | null | XLSX.CellObject;

/**
 * Bytes of a workbook made with SheetJS's writer: each sheet's rows from `origin` (default A1), cells given as
 * values or as SheetJS cell objects (`{ t: 'n', v: 46357, z: 'yyyy-mm-dd' }`, a formula with `f`).
 */
export function workbookBytes(sheets: Record<string, { rows: Cell[][]; origin?: string }>, bookType: BookType = 'xlsx'): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, { rows, origin }] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, rows, { origin: origin ?? 'A1' });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: 'buffer', bookType, compression: true }) as Buffer;
}

/** A workbook of one sheet made from CSV text, every cell kept as its text (as a bank's export holds it). */
export function workbookFromCsv(csv: string, bookType: BookType = 'xlsx'): Buffer {
  const book = XLSX.read(csv, { type: 'string', raw: true });
  return XLSX.write(book, { type: 'buffer', bookType, compression: true }) as Buffer;
}

/** A workbook written by SheetJS with one of its parts replaced (`xl/worksheets/sheet1.xml`), zipped again. */
export function workbookWithPart(bytes: Buffer, part: string, content: string): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  XLSX.CFB.utils.cfb_del(zip, part);
  XLSX.CFB.utils.cfb_add(zip, part, Buffer.from(content));
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}

/**
 * A zip archive written byte by byte, so that a test can make one lie: each part deflated (or stored), its sizes
 * in the headers `declared` when given instead of the true ones.
 */
export function zipOf(parts: ReadonlyArray<{ name: string; data: Uint8Array; stored?: boolean; declared?: number }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const packed = part.stored === true ? Buffer.from(part.data) : deflateRawSync(part.data);
    const name = Buffer.from(part.name);
    const size = part.declared ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.stored === true ? 0 : 8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.stored === true ? 0 : 8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
