import type { Day } from './day.js';
import { addDays, dayFromParts } from './day.js';
import type { Refusal } from './refusal.js';
import { refusal } from './refusal.js';

/** How a slash date with the year last is ordered, when the user says so: 12/01/2026. */
export type DayOrder = 'DMY' | 'MDY';

/** What parseDayText says when it refuses, in English; the Korean of each id is in src/i18n/messages/input-cells.ts. */
export const DAY_WORDS = {
  notADay: () => 'is not a day of the calendar',
  notADayHint: () => 'check the month and the day, e.g. 2026-02-28',
  notADate: () => 'is not a date',
  notADateHint: () => 'write dates as YYYY-MM-DD, e.g. 2026-12-01 (2026.12.01, 2026년 12월 1일 and Dec 1, 2026 work too)',
  dayOrMonth: () => 'could be day/month or month/day',
  dayOrMonthHint: () => 'write it as YYYY-MM-DD, or say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY',
};

export type DayParse = { readonly ok: true; readonly day: Day } | Refusal<typeof DAY_WORDS>;

const IMPOSSIBLE = refusal(DAY_WORDS, { id: 'notADay', params: [] }, { id: 'notADayHint', params: [] });
const NOT_A_DATE = refusal(DAY_WORDS, { id: 'notADate', params: [] }, { id: 'notADateHint', params: [] });
const DAY_OR_MONTH = refusal(DAY_WORDS, { id: 'dayOrMonth', params: [] }, { id: 'dayOrMonthHint', params: [] });

// Excel counts days from 1900-01-01 as 1 and (wrongly) keeps 1900-02-29 as 60, so from 61 on, serial n is
// 1899-12-30 + n days. Accept serials from 1900-03-01 (61) to 9999-12-31.
const EXCEL_EPOCH = addDays(dayFromParts(1900, 1, 1)!, -2); // 1899-12-30

// A spreadsheet writes a date cell as `2026-11-03 00:00:00`, a bank as `2026.11.28 14:03:22`: the day is the date.
const TIME_OF_DAY = /^(.*\d\.?)(?:\s+|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[ap]m)?$/i;

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap((short, index): [string, number][] => {
    const long = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index]!;
    return [[short, index + 1], [long, index + 1], ...(short === 'sep' ? [['sept', 9] as [string, number]] : [])];
  }),
);

/**
 * Reads a date as people write it: 2026-12-01, 2026.12.01, 2026. 12. 1., 2026/12/01, 2026년 12월 1일, 20261201,
 * Nov 3, 2026, 3 Nov 2026, 03-Nov-2026, 15.03.2026 (a dotted date is day first), an Excel serial number (46357),
 * any of them with a time of day after it (2026-11-03 00:00:00); 12/01/2026 or 01/12/2026 when `order` says which is
 * the month or a part above 12 can only be the day (13/11/2026, 04/28/2026) — otherwise that form is ambiguous and
 * a problem, never a guess. Cells and the date flags (--as-of) read dates with this one function.
 */
export function parseDayText(text: string, order?: DayOrder): DayParse {
  let value = text.normalize('NFKC').trim();
  if (value.includes(':')) {
    // Bounded, so that a long cell with a colon costs no backtracking.
    const timed = value.length <= 40 ? TIME_OF_DAY.exec(value) : null;
    if (timed === null) return NOT_A_DATE;
    value = timed[1]!;
  }
  const ymd =
    /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$/.exec(value) ??
    /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (ymd !== null) return known(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));

  const yearLast = /^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*([-./])\s*(\d{4})$/.exec(value);
  if (yearLast !== null) {
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[3]), Number(yearLast[5])];
    const dotted = yearLast[2] === '.' && yearLast[4] === '.';
    const settled = order ?? dayOrderOf(first, second) ?? (dotted ? 'DMY' : undefined);
    if (settled === 'DMY') return known(year, second, first);
    if (settled === 'MDY') return known(year, first, second);
    return DAY_OR_MONTH;
  }
  const named = monthNamed(value);
  if (named !== undefined) return named;
  if (/^\d{2,5}(\.0+)?$/.test(value)) {
    const serial = Number.parseInt(value, 10);
    if (serial >= 61 && serial <= 2_958_465) return { ok: true, day: addDays(EXCEL_EPOCH, serial) };
  }
  return NOT_A_DATE;
}

/** The order the two leading parts of 13/11/2026 or 04/28/2026 can only have, or undefined when both can be months. */
export function dayOrderOf(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  return undefined;
}

/** Nov 3, 2026 · November 3 2026 · 3 Nov 2026 · 03-Nov-2026 · 3 September 2026; undefined for another form. */
function monthNamed(value: string): DayParse | undefined {
  const monthFirst = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  const dayFirst = /^(\d{1,2})(?:\s+|-)([a-z]{3,9})\.?,?(?:\s+|-)(\d{4})$/i.exec(value);
  const [name, dayOfMonth, year] =
    monthFirst !== null ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!] : dayFirst !== null ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!] : [];
  if (name === undefined) return undefined;
  const month = MONTHS.get(name.toLowerCase());
  return month === undefined ? NOT_A_DATE : known(Number(year), month, Number(dayOfMonth));
}

function known(year: number, month: number, dayOfMonth: number): DayParse {
  const day = dayFromParts(year, month, dayOfMonth);
  return day === undefined ? IMPOSSIBLE : { ok: true, day };
}
