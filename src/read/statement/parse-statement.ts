import type { Currency } from '../../domain/currency.js';
import type { DayOrder } from '../../domain/parse-day.js';
import type { BankStatement } from '../../domain/statement.js';
import { appendAll } from '../append-all.js';
import type { ColumnChoices } from '../columns.js';
import type { CsvRecord, CsvTable } from '../csv-table.js';
import { excerptList } from '../excerpt.js';
import { withHeaderFound } from '../header-row.js';
import type { InputIssue, Read } from '../input-issue.js';
import { hasErrors } from '../input-issue.js';
import { ref, said } from '../issue-words.js';
import { decimalStyleDetector } from '../read-settings.js';
import { continuityBreaks } from './balance-continuity.js';
import { GENERIC_HEADINGS } from './bank-profiles.js';
import { dayOrderDetector } from './day-order-of-cells.js';
import type { Recognised } from './detect-profile.js';
import { columnsFor, headerScore, recognise } from './detect-profile.js';
import { oldestFirst } from './oldest-first.js';
import { statementBalance } from './statement-balance.js';
import { statementCurrency } from './statement-currency.js';
import type { StatementField } from './statement-fields.js';
import { readStatementRows } from './statement-rows.js';

/** How to read a statement: what the flags and config say. */
export interface StatementSettings {
  /** The forecast currency: a statement in another is an error unless `convertible` names it. */
  readonly currency: Currency;
  /**
   * Hook for conversion: currencies the caller has a rate for. A statement in one of them is read in its own
   * currency (BankStatement.currency, amounts in its minor units) and the caller converts; any other is an error.
   */
  readonly convertible?: ReadonlySet<string> | undefined;
  /** `--map bank.FIELD=heading`, without the `bank.`: field → heading (date, time, in, out, amount, direction, balance, counterparty, memo). */
  readonly choices?: ColumnChoices | undefined;
  /** `--date-format`: for a file whose own dates and profile do not settle 01/02/2026. */
  readonly dayOrder?: DayOrder | undefined;
  readonly decimalComma?: boolean | undefined;
}

const MONEY_FIELDS: readonly StatementField[] = ['in', 'out', 'amount', 'balance', 'fee'];

/**
 * A statement's value from its tables (a CSV file's one table, or a workbook's sheets): the first whose header
 * (found under any title rows) a profile, the generic headings or the --map choices read. Rows come back oldest
 * first with the balance rule of BankStatement; cell problems are errors of their rows, balance breaks warnings.
 * Undefined, with an error at the header, when no table has a date and an amount column, or when the currency is
 * not the forecast's.
 * @example parseStatement([table], { currency: KRW }).values?.balance // { amount: 1275000, day, source: 'kb.csv:6' }
 */
export function parseStatement(tables: readonly CsvTable[], settings: StatementSettings): Read<BankStatement | undefined> {
  const choices = settings.choices ?? {};
  const score = headerScore(Object.values(choices));
  const found = tables.map((table) => withHeaderFound(table, score));
  for (const table of found) {
    const recognised = recognise(table.header, choices);
    if (recognised !== undefined && chosenMissing(table, choices).length === 0) return readTable(table, recognised, settings);
  }
  const first = found[0];
  if (first === undefined) return { values: undefined, issues: [{ severity: 'error', file: '', ...said(ref('noTable'), ref('exportStatementAgainHint')) }] };
  return { values: undefined, issues: [missingColumns(first, choices)] };
}

function readTable(found: CsvTable, recognised: Recognised, settings: StatementSettings): Read<BankStatement | undefined> {
  // Held once: the passes below would each read a plain file afresh and look for total rows again.
  const records: CsvRecord[] = [];
  found.records.forEach((record) => {
    records.push(record);
  });
  const table: CsvTable = { ...found, records };
  const issues: InputIssue[] = [];
  const { columns, profile } = recognised;
  const currency = statementCurrency(table, columns, recognised.currency, profile, settings);
  if (currency.currency === undefined) return { values: undefined, issues: currency.issues };

  // One pass learns the amounts' decimal style and the dates' order from the file itself.
  const style = decimalStyleDetector(settings.decimalComma);
  const order = dayOrderDetector();
  const moneyColumns = MONEY_FIELDS.flatMap((field) => columns.get(field) ?? []);
  const dateColumns = columns.get('date') ?? [];
  table.records.forEach((record) => {
    for (const column of moneyColumns) style.see(record.cells[column]?.trim() ?? '');
    for (const column of dateColumns) order.see(record.cells[column] ?? '');
  });
  const dayOrder = order.order() ?? recognised.dayOrder ?? settings.dayOrder;
  const read = readStatementRows(table, columns, { currency: currency.currency, style: style.style(), dayOrder }, issues);
  const { rows } = oldestFirst(read);
  if (rows.length === 0 && !hasErrors(issues)) {
    issues.push({
      severity: 'warning',
      file: table.file,
      sheet: table.sheet,
      line: table.headerLine ?? 1,
      column: 1,
      ...said(ref('noTransactions'), ref('noTransactionsHint')),
    });
  }
  // A row left out for an error would read as a missing page; the error says more.
  if (!hasErrors(issues)) appendAll(issues, continuityBreaks(table, rows, currency.currency));
  const transactions = rows.map((row) => row.transaction);
  return {
    values: {
      file: table.file,
      profile,
      currency: currency.currency.code,
      transactions,
      from: transactions[0]?.day,
      to: transactions.at(-1)?.day,
      balance: statementBalance(rows),
    },
    issues,
  };
}

/** The --map choices whose heading the table's header lacks. */
function chosenMissing(table: CsvTable, choices: ColumnChoices): Array<[field: string, heading: string]> {
  return Object.entries(choices).filter(([field, heading]) => {
    const headings: Partial<Record<StatementField, readonly string[]>> = { [field]: [heading] };
    return !columnsFor(table.header, headings).has(field as StatementField);
  });
}

/** The error for a statement no profile reads: what its header holds, what is missing, and the --map to give. */
function missingColumns(table: CsvTable, choices: ColumnChoices): InputIssue {
  const line = table.headerLine ?? 1;
  const base = { severity: 'error', file: table.file, sheet: table.sheet, line, column: 1 } as const;
  const header = excerptList(table.header.filter((cell) => cell !== ''));
  const missing = chosenMissing(table, choices)[0];
  if (missing !== undefined) {
    return { ...base, ...said(ref('mappedColumnMissing', missing[1], missing[0], header), ref('mappedColumnMissingHint')) };
  }
  const columns = columnsFor(table.header, GENERIC_HEADINGS);
  const known = [...columns].map(([field, indexes]) => `${field} "${table.header[indexes[0]!]}"`).join(', ');
  if (!columns.has('date')) return { ...base, ...said(ref('noDateColumn', known, header), ref('noDateColumnHint')) };
  return { ...base, ...said(ref('noAmountColumn', known, header), ref('noAmountColumnHint')) };
}
