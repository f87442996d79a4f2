import type { Day } from '../../domain/day.js';
import { dayFromParts } from '../../domain/day.js';
import type { DayOrder } from '../../domain/parse-day.js';
import { parseDayText } from '../../domain/parse-day.js';
import type { InputRef } from '../issue-words.js';
import { ref, said } from '../issue-words.js';

/** A cell's refusal: its English, and the same as message references (the domain's refusals are such too). */
export interface CellRefusal {
  readonly ok: false;
  readonly problem: string;
  readonly hint: string;
  readonly reason: InputRef;
  readonly hintReason: InputRef;
}

export type InstantParse = { readonly ok: true; readonly day: Day; readonly time: number | undefined } | CellRefusal;

export type TimeParse = { readonly ok: true; readonly time: number } | CellRefusal;

const NOT_A_TIME: CellRefusal = (() => {
  const words = said(ref('notATime'), ref('notATimeHint'));
  return { ok: false, problem: words.problem, hint: words.hint, reason: words.message, hintReason: words.hintMessage };
})();

const TIME = /^(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(AM|PM)?$/i;

/**
 * A time of day as banks write it — `14:03:22`, `14:03`, `140322`, `오후 2:03`, `2:03 PM` — in seconds after
 * midnight.
 */
export function parseTimeCell(text: string): TimeParse {
  const value = text.normalize('NFKC').trim();
  const digits = /^(\d{2})(\d{2})(\d{2})?$/.exec(value);
  const match = TIME.exec(value);
  let [hours, minutes, seconds] = [Number.NaN, Number.NaN, 0];
  let half: string | undefined;
  if (digits !== null) [hours, minutes, seconds] = [Number(digits[1]), Number(digits[2]), Number(digits[3] ?? 0)];
  else if (match !== null) {
    [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
    half = (match[1] ?? match[5])?.toUpperCase();
  }
  if (half !== undefined) {
    if (hours < 1 || hours > 12) hours = Number.NaN;
    else hours = (hours % 12) + (half === '오후' || half === 'PM' ? 12 : 0);
  }
  if (!(hours <= 23 && minutes <= 59 && seconds <= 59)) {
    return NOT_A_TIME;
  }
  return { ok: true, time: hours * 3600 + minutes * 60 + seconds };
}

// The forms nearly every row of a statement has (`2026.11.28 14:03:22`, `2026-11-28`), read without normalising.
const PLAIN = /^(\d{4})[-./](\d{2})[-./](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date with an optional time in one cell, as statements write it: `2026.11.28 14:03:22`, `2026-11-28 14:03`,
 * `[2026-11-28 14:03:22]`, `2026-11-28T14:03:22`, `2026/11/28`, `20261128`, `20261128140322` (신한's business
 * export), and every date form parseDayText reads.
 */
export function parseDateTimeCell(text: string, order?: DayOrder): InstantParse {
  const plain = PLAIN.exec(text);
  if (plain !== null) {
    const day = dayFromParts(Number(plain[1]), Number(plain[2]), Number(plain[3]));
    const [hours, minutes, seconds] = [Number(plain[4] ?? 0), Number(plain[5] ?? 0), Number(plain[6] ?? 0)];
    if (day !== undefined && hours <= 23 && minutes <= 59 && seconds <= 59) {
      return { ok: true, day, time: plain[4] === undefined ? undefined : hours * 3600 + minutes * 60 + seconds };
    }
  }
  const value = text
    .normalize('NFKC')
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .trim();
  const packed = /^(\d{8})(\d{4}|\d{6})$/.exec(value);
  const split = packed === null ? /^(.*?\d)(?:\s+|T)((?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:AM|PM))?)$/i.exec(value) : null;
  const [dayText, timeText] = packed !== null ? [packed[1]!, packed[2]!] : split !== null ? [split[1]!, split[2]!] : [value, undefined];
  const day = parseDayText(dayText, order);
  if (!day.ok) return day;
  if (timeText === undefined) return { ok: true, day: day.day, time: undefined };
  const time = parseTimeCell(timeText);
  return time.ok ? { ok: true, day: day.day, time: time.time } : time;
}
