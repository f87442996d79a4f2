import type * as SheetJs from '@e965/xlsx';
import { plainNumber } from './plain-number.js';

/** What turns a cell into text: SheetJS's date-code parser and the workbook's date system. */
export interface CellReading {
  readonly ssf: typeof SheetJs.SSF;
  /** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
  readonly date1904: boolean;
}

// Excel's error values by the code SheetJS gives them (it keeps no text when cellText is off).
const ERRORS: Readonly<Record<number, string>> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

/**
 * A cell's value as the text the readers take: numbers plain (see plainNumber), percentages as `3.3%`, date cells
 * as `2026-11-28`, `2026-11-28 14:03:22` when the format shows a time, `14:03:22` for a time of day alone (신한's
 * 거래시간 column), booleans as TRUE/FALSE, error values as Excel writes them, text as it is. A formula gives its
 * cached value: nothing is evaluated. Dates come from the serial number and the date code parser, so no time zone
 * can shift them.
 */
export function cellText(cell: SheetJs.CellObject | undefined, reading: CellReading): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  const { v: value } = cell;
  switch (cell.t) {
    case 'n': {
      const number = value as number;
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format !== '' && reading.ssf.is_date(format)) return dateText(number, format, reading);
      if (isPercent(format)) return `${plainNumber(number * 100)}%`;
      return plainNumber(number);
    }
    case 'b':
      return value === true ? 'TRUE' : 'FALSE';
    case 'e':
      return ERRORS[value as number] ?? '#VALUE!';
    case 'd':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    default:
      return String(value);
  }
}

/** A format with the parts that print literally taken out: quoted text, escaped characters, colours and locales. */
function bareFormat(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

function isPercent(format: string): boolean {
  return format !== '' && bareFormat(format).includes('%');
}

function dateText(serial: number, format: string, reading: CellReading): string {
  const bare = bareFormat(format).replace(/am\/pm|a\/p/gi, 'h');
  const time = /[hs]/i.test(bare);
  const date = /[yd]/i.test(bare) || (!time && /m/i.test(bare));
  const parts = reading.ssf.parse_date_code(serial, { date1904: reading.date1904 });
  const two = (part: number) => String(part).padStart(2, '0');
  const clock = `${two(parts.H)}:${two(parts.M)}:${two(parts.S)}`;
  if (!date && serial >= 0 && serial < 1) return clock;
  const day = `${String(parts.y).padStart(4, '0')}-${two(parts.m)}-${two(parts.d)}`;
  return time ? `${day} ${clock}` : day;
}
