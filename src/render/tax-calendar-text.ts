import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import type { TaxPair } from '../domain/tax-calendar.js';
import type { TaxEvent } from '../domain/types.js';
import { taxCalendarHintDue } from '../forecast/tax-calendar/hint.js';
import type { Lang } from '../i18n/lang.js';
import type { Working } from '../i18n/messages/tax-calendar.js';
import { ESTIMATE_NOTE_EN, TAX_CALENDAR } from '../i18n/messages/tax-calendar.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { sourceText } from './source-text.js';

export const ESTIMATE_NOTE = ESTIMATE_NOTE_EN;

/**
 * Below the cash events: one line per estimated tax event, with its working; or, for a KRW book without a tax
 * profile whose horizon holds a May return or 중간예납, the one-line hint that the calendar exists.
 */
export function taxCalendarLines(report: CashflowReport, chalk: ChalkInstance, lang: Lang = 'en'): string[] {
  const text = TAX_CALENDAR[lang];
  const estimates = report.events.filter((event): event is TaxEvent & { balance: Minor } => event.kind === 'tax' && event.taxKind !== undefined);
  if (estimates.length === 0 && report.taxCovered.length === 0) return taxCalendarHintDue(report.options) ? ['', chalk.dim(text.hint())] : [];
  const { currency, asOf } = report.options;
  const lines = ['', chalk.bold(text.title())];
  for (const event of estimates) {
    const working = workingOf(event);
    lines.push(text.estimateLine(event.date, taxWordText(lang, event.name, event.description), text.working(working, currency, asOf), working.note));
    for (const warning of warningsOf(event, lang)) lines.push(`   ${chalk.yellow(text.warning(warning))}`);
    if (event.unconfirmed !== undefined && event.unconfirmed.length > 0) lines.push(`   ${chalk.dim(text.unconfirmed(event.unconfirmed))}`);
  }
  for (const entry of report.taxCovered)
    lines.push(text.covered(entry.date, taxWordText(lang, entry.name, entry.description), sourceText(entry.row), entry.rowDate));
  return lines;
}

/** The working's warnings in `lang`: by id when the event has them, else the English it carries. */
function warningsOf(event: TaxEvent, lang: Lang): readonly string[] {
  if (event.warningWords !== undefined) return event.warningWords.map((word) => taxWordText(lang, word, ''));
  return (event.working?.warnings as readonly string[] | undefined) ?? [];
}

/** The working the event carries, as the messages take it. */
function workingOf(event: TaxEvent): Working {
  const working = event.working ?? {};
  return {
    income: working.income,
    expenseRate: working.expenseRate,
    taxable: working.taxable,
    tax: working.tax as TaxPair | undefined,
    withheld: working.withheld as TaxPair | undefined,
    interimPaid: working.interimPaid as TaxPair | undefined,
    deferred: typeof working.deferred === 'number' ? working.deferred : undefined,
    overridden: working.overridden === true,
    returnDue: event.dueDate !== undefined && event.dueDate !== event.date ? event.dueDate : undefined,
    vatBasis: event.taxKind === 'vat-preliminary' && typeof working.basis === 'number' ? working.basis : undefined,
    outputVat: event.taxKind === 'vat-final' && typeof working.outputVat === 'number' ? working.outputVat : undefined,
    monthlyIncome: typeof working.monthlyIncome === 'number' ? working.monthlyIncome : undefined,
    note: noteOf(event),
  };
}

/** The user's own figure (a 고지서 amount or an override) is not an estimate; insurance is checked on its 고지서. */
function noteOf(event: TaxEvent): Working['note'] {
  const working = event.working ?? {};
  if (working.estimate === false || working.overridden === true || working.override === true) return 'own';
  return event.taxKind === 'health-insurance' || event.taxKind === 'pension' ? 'insurance' : 'estimate';
}

/** The working in one line: what was taxed, the tax, what was prepaid, when the return is due. */
export function workingText(event: TaxEvent, currency: Currency, lang: Lang = 'en', asOf: Day = event.date): string {
  return TAX_CALENDAR[lang].working(workingOf(event), currency, asOf);
}
