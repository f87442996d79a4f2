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
