/** A spreadsheet's column name for a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Where a cell is, as a person finds it: `nh.csv:11` (a text file's line) or `shinhan.xlsx!F7` (a sheet's cell;
 * `book.xlsx!'Sheet 2'!F7` when it is not the sheet read by default). See InputIssue.sheet.
 */
export function cellSource(place: { file: string; line: number; column: number; sheet?: string | undefined }): string {
  if (place.sheet === undefined) return `${place.file}:${place.line}`;
  return `${place.file}!${sheetPrefix(place.sheet)}${columnLetters(place.column)}${place.line}`;
}

/** `Sheet2!`, `'My sheet'!`, or nothing for the default sheet (''): how a formula names a sheet. */
export function sheetPrefix(sheet: string): string {
  if (sheet === '') return '';
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? `${sheet}!` : `'${sheet.replaceAll("'", "''")}'!`;
}
