import type { Day } from './day.js';
import { addDays, dayFromParts } from './day.js';

/** How a slash date with the year last is ordered, when the user says so: 12/01/2026. */
export type DayOrder = 'DMY' | 'MDY';

export type DayParse = { readonly ok: true; readonly day: Day } | { readonly ok: false; readonly problem: string; readonly hint: string };

const IMPOSSIBLE = { ok: false, problem: 'is not a day of the calendar', hint: 'check the month and the day, e.g. 2026-02-28' } as const;

// Excel counts days from 1900-01-01 as 1 and (wrongly) keeps 1900-02-29 as 60, so from 61 on, serial n is
// 1899-12-30 + n days. Accept serials from 1900-03-01 (61) to 9999-12-31.
const EXCEL_EPOCH = addDays(dayFromParts(1900, 1, 1)!, -2); // 1899-12-30

/**
 * Reads a date as people write it: 2026-12-01, 2026.12.01, 2026. 12. 1., 2026/12/01, 2026년 12월 1일, 20261201,
 * an Excel serial number (46357), and 12/01/2026 or 01/12/2026 only when `order` says which is the month —
 * without it that form is ambiguous and a problem, never a guess.
 */
export function parseDayText(text: string, order?: DayOrder): DayParse {
  const value = text.normalize('NFKC').trim();
  const ymd =
    /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$/.exec(value) ??
    /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (ymd !== null) return known(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));

  const yearLast = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})$/.exec(value);
  if (yearLast !== null) {
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
    if (order === 'DMY') return known(year, second, first);
    if (order === 'MDY') return known(year, first, second);
    return {
      ok: false,
      problem: 'could be day/month or month/day',
      hint: 'write it as YYYY-MM-DD, or say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY',
    };
  }
  if (/^\d{2,5}(\.0+)?$/.test(value)) {
    const serial = Number.parseInt(value, 10);
    if (serial >= 61 && serial <= 2_958_465) return { ok: true, day: addDays(EXCEL_EPOCH, serial) };
  }
  return { ok: false, problem: 'is not a date', hint: 'write dates as YYYY-MM-DD, e.g. 2026-12-01 (2026.12.01 and 2026년 12월 1일 work too)' };
}

function known(year: number, month: number, dayOfMonth: number): DayParse {
  const day = dayFromParts(year, month, dayOfMonth);
  return day === undefined ? IMPOSSIBLE : { ok: true, day };
}
