import { formatDay } from '../domain/day.js';
import type { ShortfallWindow } from '../forecast/shortfalls.js';
import type { SimulationResult } from '../forecast/simulation.js';
import { safeText } from './safe-text.js';

const listed = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

/**
 * Why a window of the forecast happens in none of the runs, or undefined when some run has it: the forecast is every
 * invoice on its median day at once, so only an invoice a run can pay sooner, or one the forecast does not count,
 * makes the runs miss it.
 */
export function windowOddsNote(simulation: SimulationResult, index: number, window: Pick<ShortfallWindow, 'end'>): string | undefined {
  if ((simulation.windowFrequency[index] ?? 0) > 0) return undefined;
  const odds = simulation.windowOdds[index];
  if (odds !== undefined && odds.doubtful.length > 0) {
    const pct = `${(simulation.nonPaymentProbability * 100).toFixed(1)} %`;
    return `why 0 %: the forecast counts no cash from doubtful ${safeText(listed(odds.doubtful))}; the runs pay it unless it never pays (learned chance ${pct})`;
  }
  if (odds !== undefined && odds.early.length > 0) {
    return `why 0 %: the forecast has every invoice pay on its median day at once; the runs can pay ${safeText(listed(odds.early))} by ${formatDay(window.end)}, and one paid early closes it`;
  }
  return `why 0 %: none of the ${simulation.runs} runs fell short on these days; more runs (--simulate) may find it`;
}

/** Words joined into lines of at most `width` characters (a longer word keeps a line of its own, never cut). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
