import type { ChalkInstance } from 'chalk';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import type { WhatIfReport } from '../report/what-if-report.js';
import { alternativeJson } from './bridge-json.js';
import { percentText } from './bridge-table.js';
import { plainTable, trimLineEnds } from './plain-table.js';
import { jsonSafeText, safeText } from './safe-text.js';

/** The `cashflow bridges` calculator as a table: one option a row, cheapest first, with why-nots in the note. */
export function renderWhatIf(report: WhatIfReport, chalk: ChalkInstance, width?: number): string {
  const { amount, days, asOf, currency } = report;
  // Options are held for different lengths (a minimum term, a card's billing cycle): the money is compared beside them.
  const table = plainTable(
    ['Option', 'Cost', 'Repaid (held)', 'APR', 'EAR', 'Note'],
    [21, 9, 16, 9, 9, 11],
    ['left', 'right', 'right', 'right', 'right', 'left'],
    chalk,
    width,
  );
  for (const { quote, notRecommendable } of report.options) {
    const label = safeText(quote.option.name.ko ?? quote.option.name.en);
    if (!quote.feasible) {
      table.push([label, '—', '', '', '', safeText(quote.reason)]);
      continue;
    }
    const note = notRecommendable === undefined ? '' : chalk.red(safeText(notRecommendable)); // may be the catalogue's legal.note
    const held = `${formatDay(quote.repayDate)} ${quote.repayDate - quote.drawDate} d`;
    table.push([label, formatMoney(quote.cost, currency), held, percentText(quote.apr), percentText(quote.ear), note]);
  }
  const heading = `What ${formatMoney(amount, currency)} for ${days} days really costs (as of ${formatDay(asOf)})`;
  return (
    `${chalk.bold(heading)}\n${trimLineEnds(table.toString())}\n` +
    ' Cost is all repaid minus the cash received, up to the repayment day; d is the\n' +
    ' days the money is held. APR and EAR are on the cash actually received.\n' +
    ' Options marked in the note are never recommended.\n'
  );
}

/** `cashflow bridges --amount … --json`: `{ "options": [...] }`, each option as in a window's `alternatives`. */
export function renderWhatIfJson(report: WhatIfReport): string {
  return jsonSafeText(`${JSON.stringify({ options: report.options.map((option) => alternativeJson(option, report.currency)) }, null, 2)}\n`);
}
