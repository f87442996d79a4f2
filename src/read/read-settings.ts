import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { DecimalStyle } from '../domain/money.js';
import type { DayOrder } from '../domain/parse-day.js';
import type { Ratio } from '../domain/ratio.js';
import type { ColumnChoices } from './columns.js';

/** How to read the user's files: what the flags (and later the config) say about them. */
export interface ReadSettings {
  /** The forecast currency: every amount ends up in it. */
  readonly currency: Currency;
  /** Paid dates after this day are impossible. */
  readonly asOf: Day;
  /** Read every amount with a decimal comma (`1.234,56`) instead of detecting it per column. */
  readonly decimalComma?: boolean | undefined;
  /** How to read 12/01/2026; without it such dates are ambiguous. */
  readonly dayOrder?: DayOrder | undefined;
  /** Explicit field → heading choices, per file kind. */
  readonly invoiceColumns?: ColumnChoices | undefined;
  readonly expenseColumns?: ColumnChoices | undefined;
  /** `--map bank.FIELD=heading`: a statement's columns (date, time, in, out, amount, direction, balance, counterparty, memo). */
  readonly bankColumns?: ColumnChoices | undefined;
  /** --sheet: the sheet an invoices or expenses workbook is read from (default: its first). */
  readonly sheet?: string | undefined;
  /** Headings of columns the user knows cashflow ignores (--ignore-column): not warned about. */
  readonly ignoreColumns?: readonly string[] | undefined;
  /** Withholding for invoices without a withholding cell (e.g. 3.3 %). */
  readonly withholding?: Ratio | undefined;
  /** Units of the forecast currency per unit of another currency: USD → 1390.5 for KRW. */
  readonly fx?: ReadonlyMap<string, Ratio> | undefined;
  /**
   * Only the dates of the invoices are wanted (`cashflow clients`): an invoice in a currency without an exchange
   * rate is read anyway, its amount left unconverted.
   */
  readonly datesOnly?: boolean | undefined;
}

/**
 * The decimal style of an amount column, fed one cell at a time as the column is read: a comma when some cell can
 * only mean a decimal comma (`1.234,56`, `12,5`) and none can only mean a decimal point (`1,234.56`, `12.5`);
 * otherwise the point.
 */
export function decimalStyleDetector(forced: boolean | undefined): { see(cell: string): void; style(): DecimalStyle } {
  let comma = false;
  let point = false;
  return {
    see(raw) {
      if (point || forced === true) return;
      // Plain digits and commas (most cells) decide only as `12,5`; no need to normalise them.
      if (/^[\d,]*$/.test(raw)) {
        if (/^\d+,\d{1,2}$/.test(raw)) comma = true;
        return;
      }
      const cell = raw.normalize('NFKC').replace(/[^\d.,]/g, '');
      if (/\.\d{3},\d+$/.test(cell) || /\d\.\d{3}\.\d{3}/.test(cell) || /(^|[^\d.,])\d+,\d{1,2}$/.test(cell) || /^\d+,\d{1,2}$/.test(cell)) comma = true;
      else if (/,\d{3}\.\d+$/.test(cell) || /^\d+\.\d{1,2}$/.test(cell)) point = true;
    },
    style: () => (forced === true || (comma && !point) ? 'comma' : 'point'),
  };
}
