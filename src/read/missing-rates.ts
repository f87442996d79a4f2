import type { Currency } from '../domain/currency.js';
import type { CsvRecord } from './csv-table.js';
import { excerptList } from './excerpt.js';
import type { InputIssue } from './input-issue.js';
import type { IssueWords } from './issue-words.js';
import { ref, said } from './issue-words.js';

/**
 * The errors for invoices in currencies without an exchange rate, `unknownRate` holding each currency's records.
 * When no invoice is in a currency that can be read and all are in one other currency, the user most likely
 * forecasts in the wrong currency: one error, at the first invoice, says which flag to give; otherwise each
 * invoice's currency cell is an error naming the invoices that need the rate.
 */
export function missingRateIssues(
  unknownRate: ReadonlyMap<string, readonly CsvRecord[]>,
  anyReadable: boolean,
  target: Currency,
  at: (record: CsvRecord, words: IssueWords) => InputIssue,
  idOf: (record: CsvRecord) => string,
): InputIssue[] {
  const [only] = unknownRate;
  if (!anyReadable && unknownRate.size === 1 && only !== undefined) {
    const [code, records] = only;
    return [at(records[0]!, said(ref('everyInvoiceIn', records.length, target.code, code), ref('everyInvoiceInHint', target.code, code)))];
  }
  const issues: InputIssue[] = [];
  for (const [code, records] of unknownRate) {
    const ids = excerptList(records.map(idOf));
    for (const record of records) issues.push(at(record, said(ref('noRateFor', target.code, code, ids), ref('noRateHint', target.code, code))));
  }
  return issues;
}

/** The currencies of parseAmount's refusal of an amount with another currency's sign or code (`$1,500.00` in KRW). */
function writtenIn(issue: InputIssue): readonly [written: string, forecast: string] | undefined {
  return issue.message?.id === 'amountOtherCurrency' ? issue.message.params : undefined;
}

/**
 * The errors of a file none of whose rows could be read, with the "written in USD" errors of its amount cells made
 * one when they are every error and name one currency: the file is in that currency, not each row wrong.
 */
export function oneForeignSignIssue(issues: readonly InputIssue[], amountHeading: string | undefined): readonly InputIssue[] {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  const currencies = first === undefined ? undefined : writtenIn(first);
  if (first === undefined || currencies === undefined || errors.length < 2) return issues;
  const [code, target] = currencies;
  if (!errors.every((issue) => issue.field === amountHeading && writtenIn(issue)?.[0] === code)) return issues;
  const one: InputIssue = { ...first, ...said(ref('everyAmountWrittenIn', code, errors.length, target), ref('everyAmountWrittenInHint', code)) };
  return [...issues.filter((issue) => issue.severity === 'warning'), one];
}
