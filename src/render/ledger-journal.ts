import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { addDays, formatDay, partsOf } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { negMinor } from '../domain/money.js';
import type { Expense } from '../domain/types.js';
import { horizonEnd } from '../forecast/options.js';
import type { Lang } from '../i18n/lang.js';
import { LEDGER } from '../i18n/messages/ledger.js';
import { taxWordText } from '../i18n/messages/tax-events.js';
import type { CashflowReport } from '../report/cashflow-report.js';
import { withoutInvisibles } from './safe-text.js';
import { sourceText } from './source-text.js';
import { workingText } from './tax-calendar-text.js';

/** An hledger amount: `1500000 KRW`, `1234.56 USD` (code after the number, decimals as the currency has). */
function amountText(minor: Minor, currency: Currency): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(currency.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - currency.decimals);
  const fraction = currency.decimals === 0 ? '' : `.${digits.slice(digits.length - currency.decimals)}`;
  return `${sign}${whole}${fraction} ${currency.code}`;
}

/**
 * An account name part: no colons (they separate levels), no double spaces (they end the account), and no control
 * or invisible characters (C1 such as U+009B and U+0085 too, and bidi overrides: see safe-text).
 */
function accountPart(text: string): string {
  // Spaces collapse after the invisibles go, so that removing one between two spaces cannot end the account early.
  return withoutInvisibles(text.replace(/\s/g, ' ')).replace(/[:;]/g, '-').replace(/ +/g, ' ').trim() || 'unnamed';
}

/** A description on one line, without characters hledger reads as comments, and without invisible ones. */
function description(text: string): string {
  return withoutInvisibles(text.replace(/[\r\n;]/g, ' ')).trim();
}

/**
 * The periodic rule hledger reads exactly like our recurrence, or undefined when there is none: monthly rules as
 * "every Nth day of month" (hledger clips the 29th–31st to short months, as we do); weekly and biweekly as "every
 * 7/14 days from the start". hledger 1.25 aligns quarterly and yearly rules to period starts, so those are written
 * as dated transactions instead.
 */
function periodicRule(expense: Expense): string | undefined {
  const until = expense.until === undefined ? '' : ` to ${formatDay(addDays(expense.until, 1))}`;
  const { dayOfMonth } = partsOf(expense.date);
  const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
  switch (expense.repeat) {
    case 'monthly':
      // From the first payment's own day: hledger 1.25 starts "every Nth day of month from" a month's 1st at the
      // Nth of the month before (a row first due next month was booked this month too), and "every 31st … from"
      // the 1st of December on the 30th.
      return `every ${ordinal(dayOfMonth)} day of month from ${formatDay(expense.date)}${until}`;
    case 'weekly':
      return `every 7 days from ${formatDay(expense.date)}${until}`;
    case 'biweekly':
      return `every 14 days from ${formatDay(expense.date)}${until}`;
    default:
      return undefined;
  }
}

/**
 * The forecast as an hledger/ledger journal: the opening balance on as-of, a dated transaction for every expected
 * invoice payment, one-off expense and tax payment, and periodic rules for recurring expenses. With
 * `hledger -f FILE balance assets:bank -D -H --forecast=START..END` (the command it prints in its header) hledger
 * computes the same daily balances as the forecast.
 */
export function renderLedger(report: CashflowReport, lang: Lang = 'en'): string {
  const { currency, asOf } = report.options;
  const end: Day = horizonEnd(report.options);
  const amount = (minor: Minor) => amountText(minor, currency);
  const words = LEDGER[lang];
  const after = formatDay(addDays(end, 1));
  const lines: string[] = [
    `; ${words.header(formatDay(asOf), formatDay(end), currency.code)}`,
    `; ${words.dailyBalance(`hledger -f FILE balance assets:bank -D -H --forecast=${formatDay(asOf)}..${after} -b ${formatDay(asOf)} -e ${after}`)}`,
    '',
    `${formatDay(asOf)} ${words.openingBalance()}`,
    `    assets:bank  ${amount(report.options.openingBalance)}`,
    '    equity:opening',
    '',
  ];
  // Rows hledger can repeat itself are written once as rules; their expanded events are then left out.
  const periodic = report.expenseRules.filter((expense) => periodicRule(expense) !== undefined);
  const fromRule = new Set(periodic.map((expense) => sourceText(expense.source)));
  for (const event of report.events) {
    if (event.kind === 'invoice') {
      lines.push(`${formatDay(event.date)} ${description(`${event.id} ${event.client}`)}`);
      lines.push(`    assets:bank  ${amount(event.amount)}`);
      if (event.withheld !== 0) lines.push(`    liabilities:tax:withheld  ${amount(event.withheld)}`);
      if (event.vat !== 0) lines.push(`    liabilities:tax:vat  ${amount(negMinor(event.vat))}`);
      lines.push(`    income:clients:${accountPart(event.client)}`, '');
    } else if (event.kind === 'tax' && event.taxKind !== undefined) {
      // An estimate of the tax calendar: the tax itself is the expense (a refund a negative one), its working a comment.
      lines.push(
        `${formatDay(event.date)} ${description(taxWordText(lang, event.name, event.description))}`,
        `    ; ${description(words.estimateComment(workingText(event, currency, lang, asOf)))}`,
        `    expenses:tax:${event.taxKind}  ${amount(negMinor(event.amount))}`,
        '    assets:bank',
        '',
      );
    } else if (event.kind === 'tax') {
      lines.push(
        `${formatDay(event.date)} ${description(taxWordText(lang, event.name, event.description))}`,
        `    liabilities:tax:vat  ${amount(negMinor(event.amount))}`,
        '    assets:bank',
        '',
      );
    } else if (!fromRule.has(sourceText(event.source))) {
      lines.push(`${formatDay(event.date)} ${description(event.description)}`);
      lines.push(`    expenses:${accountPart(event.category ?? 'other')}  ${amount(negMinor(event.amount))}`, '    assets:bank', '');
    }
  }
  for (const expense of periodic) {
    lines.push(`~ ${periodicRule(expense)!}  ${description(expense.description)}`);
    lines.push(`    expenses:${accountPart(expense.category ?? 'other')}  ${amount(expense.amount)}`, '    assets:bank', '');
  }
  return `${lines.join('\n')}\n`;
}
