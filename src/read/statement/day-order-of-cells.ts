import type { DayOrder } from '../../domain/parse-day.js';

const YEAR_LAST = /^\[?\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*\d{4}\b/;

/**
 * Learns a file's day order from its own dates, fed one cell at a time: `13/11/2026` can only be day first and
 * `11/28/2026` only month first. Undefined while no cell has said, or when cells say both (the cells then read
 * as ambiguous and their errors say so).
 */
export function dayOrderDetector(): { see(text: string): void; order(): DayOrder | undefined } {
  let dayFirst = false;
  let monthFirst = false;
  return {
    see(text) {
      const match = YEAR_LAST.exec(text.trim());
      if (match === null) return;
      if (Number(match[1]) > 12) dayFirst = true;
      if (Number(match[2]) > 12) monthFirst = true;
    },
    order: () => (dayFirst === monthFirst ? undefined : dayFirst ? 'DMY' : 'MDY'),
  };
}
