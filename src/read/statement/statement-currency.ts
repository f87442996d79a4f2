import type { Currency } from '../../domain/currency.js';
import { currencyOf } from '../../domain/currency.js';
import type { CsvRecord, CsvTable } from '../csv-table.js';
import type { InputIssue } from '../input-issue.js';
import type { InputRef } from '../issue-words.js';
import { ref, said } from '../issue-words.js';
import { saidCellIssue } from '../row-reader.js';
import type { StatementColumns } from './statement-fields.js';

export interface CurrencySettings {
  /** The forecast currency. */
  readonly currency: Currency;
  /** Other currencies the caller can convert (it has their rates): a statement in one is read in its own currency. */
  readonly convertible?: ReadonlySet<string> | undefined;
}

/**
 * The statement's currency: its currency column's (Wise, Revolut, Monzo; one per file, as they export one file per
 * balance), else the profile's, else the forecast's. An error, and no currency, when a cell is not a currency, when
 * the rows mix currencies, or when it is not the forecast currency and the caller cannot convert it (the first
 * currency cell, or the amount column's heading when the profile decided, is what the error points at).
 */
export function statementCurrency(
  table: CsvTable,
  columns: StatementColumns,
  profileCurrency: string | undefined,
  profile: string,
  settings: CurrencySettings,
): { currency: Currency | undefined; issues: InputIssue[] } {
  const column = columns.get('currency')?.[0];
  let first: { record: CsvRecord; code: string } | undefined;
  let problem: InputIssue | undefined;
  if (column !== undefined) {
    table.records.forEach((record) => {
      const code = record.cells[column]?.trim().toUpperCase() ?? '';
      if (problem !== undefined || code === '') return;
      const at = (what: InputRef, hint: InputRef) => saidCellIssue(table, record, column, record.cells[column]?.trim(), what, hint);
      if (currencyOf(code) === undefined) problem = at(ref('statementNotACurrency'), ref('statementNotACurrencyHint'));
      else if (first === undefined) first = { record, code };
      else if (code !== first.code) problem = at(ref('anotherCurrency', first.record.line, first.code), ref('anotherCurrencyHint'));
    });
  }
  if (problem !== undefined) return { currency: undefined, issues: [{ ...problem, rowOnly: undefined }] };
  const code = first?.code ?? profileCurrency ?? settings.currency.code;
  if (code === settings.currency.code || settings.convertible?.has(code) === true) return { currency: currencyOf(code)!, issues: [] };
  const hint = ref('statementCurrencyHint', code, settings.currency.code);
  if (first !== undefined) {
    return {
      currency: undefined,
      issues: [{ ...saidCellIssue(table, first.record, column, first.code, ref('statementCurrency', settings.currency.code), hint), rowOnly: undefined }],
    };
  }
  const amountColumn = (columns.get('amount') ?? columns.get('in') ?? [0])[0]!;
  return {
    currency: undefined,
    issues: [
      {
        severity: 'error',
        file: table.file,
        sheet: table.sheet,
        line: table.headerLine ?? 1,
        column: amountColumn + 1,
        field: table.header[amountColumn],
        ...said(ref('profileCurrency', code, profile, settings.currency.code), hint),
      },
    ],
  };
}
