import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import officeCrypto from 'officecrypto-tool';
import type { CsvRecord, CsvTable } from '../../src/read/csv-table.js';
import { sheetjs } from '../../src/read/sheetjs.js';

/**
 * The sheets of a workbook (xlsx, BIFF8 .xls, an HTML table saved as .xls, an encrypted xlsx with `password`) as
 * tables, one per sheet, each row on its sheet row: a stand-in for the workbook reader another part of issue 13
 * builds, so that the statement reader's tests can read the workbook fixtures now. The first sheet is '' (the
 * sheet a cell location leaves out), the others go by name.
 */
export async function workbookTables(path: string, file: string, password?: string): Promise<CsvTable[]> {
  const XLSX = sheetjs();
  let bytes: Buffer = readFileSync(path);
  if (password !== undefined) bytes = await officeCrypto.decrypt(bytes, { password });
  const head = bytes.subarray(0, 1024).toString('latin1');
  const charset = /<meta[^>]*charset=["']?([\w-]+)/i.exec(head)?.[1];
  const book = head.trimStart().startsWith('<') ? XLSX.read(iconv.decode(bytes, charset ?? 'utf-8'), { type: 'string' }) : XLSX.read(bytes, { type: 'buffer' });
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name]!;
    const start = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').s.r;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
    const records: CsvRecord[] = rows
      .map((cells, at) => ({ line: start + at + 1, cells: cells.map(String) }))
      .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
    const [header, ...rest] = records;
    return { file, sheet: index === 0 ? '' : name, header: header?.cells ?? [], headerLine: header?.line, records: rest };
  });
}
