import type { ChalkInstance } from 'chalk';
import type { Currency } from '../domain/currency.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { formatMoney } from '../domain/money.js';
import type { TaxPair } from '../domain/tax-calendar.js';
import type { TaxEvent } from '../domain/types.js';
import { taxCalendarHintDue } from '../forecast/tax-calendar/hint.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { sourceText } from './source-text.js';

export const ESTIMATE_NOTE = 'estimate — compare with 홈택스 모의계산';

/**
 * Below the cash events: one line per estimated tax event, with its working; or, for a KRW book without a tax
 * profile whose horizon holds a May return or 중간예납, the one-line hint that the calendar exists.
 */
export function taxCalendarLines(report: CashflowReport, chalk: ChalkInstance): string[] {
  const estimates = report.events.filter((event): event is TaxEvent & { balance: Minor } => event.kind === 'tax' && event.taxKind !== undefined);
  if (estimates.length === 0 && report.taxCovered.length === 0) {
    if (!taxCalendarHintDue(report.options)) return [];
    return [
      '',
      chalk.dim(
        'Tax: a May 종합소득세 or November 중간예납 falls in the horizon; add "tax" to cashflow.config.json to estimate it (README, "Korean tax calendar").',
      ),
    ];
  }
  const { currency } = report.options;
  const lines = ['', chalk.bold('Tax estimates')];
  for (const event of estimates) {
    lines.push(` ${formatDay(event.date)} ${event.description}: ${workingText(event, currency)} — ${ESTIMATE_NOTE}`);
    const warnings = (event.working?.warnings as readonly string[] | undefined) ?? [];
    for (const warning of warnings) lines.push(`   ${chalk.yellow(`warning: ${warning}`)}`);
    if (event.unconfirmed !== undefined && event.unconfirmed.length > 0) lines.push(`   ${chalk.dim(`unconfirmed figures: ${event.unconfirmed.join(', ')}`)}`);
  }
  for (const entry of report.taxCovered) {
    lines.push(` ${formatDay(entry.date)} ${entry.description}: not estimated — ${sourceText(entry.row)} (${formatDay(entry.rowDate)}) already stands for it`);
  }
  return lines;
}

/** The working in one line: what was taxed, the tax, what was prepaid, when the return is due. */
export function workingText(event: TaxEvent, currency: Currency): string {
  const won = (amount: number) => formatMoney(amount as Minor, currency);
  const pair = (value: TaxPair) => `${won(value.national)} + ${won(value.local)} local`;
  const working = event.working ?? {};
  const parts: string[] = [];
  if (working.income !== undefined) {
    const rate = working.expenseRate === undefined ? '' : ` at ${(working.expenseRate * 100).toFixed(1)} % expenses`;
    parts.push(`income ${won(working.income)}${rate}`);
  }
  if (working.taxable !== undefined) parts.push(`taxable ${won(working.taxable)}`);
  if (working.tax !== undefined) parts.push(`tax ${pair(working.tax)}`);
  if (working.withheld !== undefined) parts.push(`withheld ${pair(working.withheld)}`);
  if (typeof working.deferred === 'number' && working.deferred > 0) parts.push(`분납 ${won(working.deferred)} deferred`);
  if (working.overridden === true) parts.push('amount from the profile’s override');
  if (event.dueDate !== undefined && event.dueDate !== event.date) parts.push(`return due ${formatDay(event.dueDate)}`);
  return parts.join(', ');
}
