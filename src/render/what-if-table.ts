import type { ChalkInstance } from 'chalk';
import { reasonText } from '../bridge/bridge-reason.js';
import { formatDay } from '../domain/day.js';
import { formatMoney } from '../domain/money.js';
import { displayWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import { localName } from '../i18n/messages/option-names.js';
import { WHAT_IF } from '../i18n/messages/what-if.js';
import type { WhatIfReport } from '../report/what-if-report.js';
import { alternativeJson } from './bridge-json.js';
import { percentText } from './bridge-table.js';
import { PIPED_WIDTH, plainTable, trimLineEnds } from './plain-table.js';
import { jsonSafeText, safeText } from './safe-text.js';
import { wrapProse } from './wrap-prose.js';

/** The `cashflow bridges` calculator as a table: one option a row, cheapest first, with why-nots in the note. */
export function renderWhatIf(report: WhatIfReport, chalk: ChalkInstance, width?: number, lang: Lang = 'en'): string {
  const { amount, days, asOf, currency } = report;
  const text = WHAT_IF[lang];
  // Options are held for different lengths (a minimum term, a card's billing cycle): the money is compared beside them.
  // Cost and rates never wrap: `22.8` over `%` reads as two figures.
  const table = plainTable([...text.headings()], [21, 9, 16, 9, 9, 11], ['left', 'right', 'right', 'right', 'right', 'left'], chalk, width, [
    false,
    true,
    false,
    true,
    true,
    false,
  ]);
  for (const { quote, notRecommendable } of report.options) {
    const label = safeText(localName(quote.option, lang) ?? quote.option.name.en);
    if (!quote.feasible) {
      table.push([label, '—', '', '', '', safeText(reasonText(quote.reason, lang))]);
      continue;
    }
    const note = notRecommendable === undefined ? '' : chalk.red(safeText(reasonText(notRecommendable, lang))); // may be the catalogue's legal.note
    const held = `${formatDay(quote.repayDate)} ${text.held(quote.repayDate - quote.drawDate)}`;
    table.push([label, formatMoney(quote.cost, currency), held, percentText(quote.apr, lang), percentText(quote.ear, lang), note]);
  }
  // The notes are one paragraph broken for 80 columns; a narrower terminal gets it broken again for its width.
  const room = width ?? PIPED_WIDTH;
  const broken = text.notes().map((note) => ` ${note}`);
  const notes = broken.every((line) => displayWidth(line) <= room) ? broken : wrapProse([` ${text.notes().join(' ')}`], room, 0);
  const title = wrapProse([chalk.bold(text.title(amount, days, asOf, currency))], room);
  return `${title.join('\n')}\n${trimLineEnds(table.toString())}\n${notes.map((line) => `${line}\n`).join('')}`;
}

/** `cashflow bridges --amount … --json`: `{ "options": [...] }`, each option as in a window's `alternatives`. */
export function renderWhatIfJson(report: WhatIfReport): string {
  return jsonSafeText(`${JSON.stringify({ options: report.options.map((option) => alternativeJson(option, report.currency)) }, null, 2)}\n`);
}
