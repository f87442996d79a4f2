import type { ChalkInstance } from 'chalk';
import type { Alternative } from '../bridge/bridge-forecast.js';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import { percentText } from './bridge-table.js';
import { plainTable, trimLineEnds } from './plain-table.js';
import { safeText } from './safe-text.js';

/** The `cashflow bridges` calculator as a table: one option a row, cheapest first, with why-nots in the note. */
export function renderWhatIf(priced: readonly Alternative[], amount: Minor, days: number, asOf: Day, currency: Currency, chalk: ChalkInstance): string {
  const table = plainTable(['Option', 'Money paid', 'APR', 'EAR', 'Note'], [26, 11, 9, 11, 18], ['left', 'right', 'right', 'right', 'left'], chalk);
  for (const { quote, notRecommendable } of priced) {
    const label = safeText(quote.option.name.ko ?? quote.option.name.en);
    if (!quote.feasible) {
      table.push([label, '—', '', '', safeText(quote.reason)]);
      continue;
    }
    const note = notRecommendable === undefined ? '' : chalk.red(safeText(notRecommendable)); // may be the catalogue's legal.note
    table.push([label, formatMoney(quote.cost, currency), percentText(quote.apr), percentText(quote.ear), note]);
  }
  const heading = `What ${formatMoney(amount, currency)} for ${days} days really costs (as of ${formatDay(asOf)})`;
  return `${chalk.bold(heading)}\n${trimLineEnds(table.toString())}\n`
    + ' Money paid is everything repaid minus the cash received; APR and EAR are on the\n'
    + ' cash actually received. Options marked in the note are never recommended.\n';
}
