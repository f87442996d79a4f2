import type { ShortfallWindow } from '../forecast/shortfalls.js';
import type { SimulationResult } from '../forecast/simulation.js';
import type { Lang } from '../i18n/lang.js';
import { STRESS } from '../i18n/messages/stress.js';
import { safeText } from './safe-text.js';

/**
 * Why a window of the forecast happens in none of the runs, or undefined when some run has it: the forecast is every
 * invoice on its median day at once, so only an invoice a run can pay sooner, or one the forecast does not count,
 * makes the runs miss it.
 */
export function windowOddsNote(simulation: SimulationResult, index: number, window: Pick<ShortfallWindow, 'end'>, lang: Lang = 'en'): string | undefined {
  if ((simulation.windowFrequency[index] ?? 0) > 0) return undefined;
  const text = STRESS[lang];
  const odds = simulation.windowOdds[index];
  if (odds !== undefined && odds.doubtful.length > 0) {
    return text.whyDoubtful(odds.doubtful.map(safeText), text.percent(simulation.nonPaymentProbability));
  }
  if (odds !== undefined && odds.early.length > 0) return text.whyEarly(odds.early.map(safeText), window.end);
  return text.whyUnseen(simulation.runs);
}

/**
 * Words joined into lines of at most `width` (a longer word keeps a line of its own, never cut), measured in
 * characters unless told otherwise: Korean passes the display width, Hangul taking two cells.
 */
export function wrapWords(text: string, width: number, measure: (text: string) => number = (part) => part.length): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && measure(line) + 1 + measure(word) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
